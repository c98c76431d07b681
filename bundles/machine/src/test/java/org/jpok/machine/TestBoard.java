package org.jpok.machine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.jpok.api.device.ConsoleSink;
import org.jpok.api.machine.MachineExit;
import org.jpok.devices.DebugConsole;
import org.jpok.devices.IsaDebugExit;
import org.jpok.devices.PicPair;
import org.jpok.devices.Pit8254;
import org.jpok.devices.Uart16550;

/** A board with a fake CPU and the real PC devices plugged in, as the DS wiring would do it. */
final class TestBoard implements AutoCloseable {

    final ByteArrayOutputStream console = new ByteArrayOutputStream();
    final Board board;
    final PicPair pic = new PicPair();
    final Uart16550 uart = new Uart16550();
    final Pit8254 pit = new Pit8254();
    FakeCpu cpu;

    TestBoard(FakeCpu.Guest guest) {
        this(guest, MachineSettings.deterministic(1 << 16, ConsoleSink.DISCARD));
    }

    TestBoard(FakeCpu.Guest guest, MachineSettings settings) {
        MachineSettings s = new MachineSettings(settings.memoryBytes(), settings.instructionsPerMicrosecond(),
                settings.pacing(), console::write, settings.input());
        board = new Board(s, bus -> cpu = new FakeCpu(bus, guest));
        board.plug(pic);
        board.useInterruptController(pic);
        board.plug(pit);
        board.plug(uart);
        board.plug(new IsaDebugExit());
        board.plug(new DebugConsole());
    }

    /** Starts the machine and waits (bounded) for it to exit. */
    MachineExit runToExit() throws Exception {
        board.start();
        return board.exit().get(30, TimeUnit.SECONDS);
    }

    /** The machine's port space as a CpuBus, for GuestOps in submitted tasks (vCPU thread only). */
    org.jpok.api.cpu.CpuBus busView() {
        return new org.jpok.api.cpu.CpuBus() {
            @Override
            public byte[] ram() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int in(int port, int size) {
                return board.in(port, size);
            }

            @Override
            public void out(int port, int size, int value) {
                board.out(port, size, value);
            }

            @Override
            public boolean intr() {
                return false;
            }

            @Override
            public int acknowledge() {
                throw new UnsupportedOperationException();
            }
        };
    }

    String output() {
        return console.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        board.close();
    }
}
