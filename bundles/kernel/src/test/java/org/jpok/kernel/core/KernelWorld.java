package org.jpok.kernel.core;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.jpok.api.device.ConsoleSink;
import org.jpok.api.kernel.BootException;
import org.jpok.api.kernel.RunOutcome;
import org.jpok.bsp.x86qemu.X86QemuBsp;
import org.jpok.cpu.I386Factory;
import org.jpok.devices.AcpiPowerOff;
import org.jpok.devices.IsaDebugExit;
import org.jpok.devices.PicPair;
import org.jpok.devices.Pit8254;
import org.jpok.devices.Uart16550;
import org.jpok.machine.Board;
import org.jpok.machine.MachineSettings;
import org.jpok.machine.Pacing;

/** A PC board with the real core, the PC devices, the x86-qemu BSP and the kernel component: a whole system. */
final class KernelWorld implements AutoCloseable {

    final StringBuffer console = new StringBuffer();
    /** The health monitor's log lines. */
    final java.util.List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    final Board board;
    final KernelComponent kernel;

    KernelWorld() {
        ConsoleSink sink = b -> console.append((char) b);
        board = new Board(new MachineSettings(16 << 20, 100, Pacing.DETERMINISTIC, sink, new byte[0]),
                new I386Factory()::create);
        PicPair pic = new PicPair();
        board.plug(pic);
        board.useInterruptController(pic);
        board.plug(new Pit8254());
        board.plug(new Uart16550());
        board.plug(new IsaDebugExit());
        board.plug(new AcpiPowerOff());
        kernel = new KernelComponent(board);
        kernel.bindBsp(new X86QemuBsp(), java.util.Map.of());
        kernel.setLogSink(log::add);
    }

    RunOutcome run(Path config, long maxNanos) throws Exception {
        kernel.boot(config, null);
        return kernel.run(maxNanos).get(60, TimeUnit.SECONDS);
    }

    String bootError(Path config) {
        try {
            kernel.boot(config, null);
            return null;
        } catch (BootException e) {
            return e.getMessage();
        }
    }

    @Override
    public void close() {
        board.close();
    }
}
