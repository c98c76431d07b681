package org.jpok.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.jpok.api.cpu.RegisterContext;
import org.jpok.api.machine.MachineExit;
import org.jpok.cpu.I386Factory;
import org.jpok.devices.IsaDebugExit;
import org.junit.jupiter.api.Test;

/**
 * A clock event that loads a running context while the core halts (a kernel switching from its idle loop to
 * a thread) takes effect at once: the loop does not keep waiting for an interrupt that may never come.
 */
class HaltedContextSwitchTest {

    @Test
    void aContextLoadedByAnEventEndsTheHalt() throws Exception {
        MachineSettings settings = MachineSettings.deterministic(1 << 20, b -> { });
        try (Board board = new Board(settings, new I386Factory()::create)) {
            board.plug(new IsaDebugExit());
            int halt = 0x1000, exit = 0x2000;
            board.submit(() -> {
                board.writeMemory(halt, new byte[] {(byte) 0xF4, (byte) 0xEB, (byte) 0xFD}, 0, 3); // hlt; jmp
                board.writeMemory(exit, new byte[] {(byte) 0xB0, 0x05, (byte) 0xE6, (byte) 0xF4}, 0, 4); // out 0xF4, 5
                board.cpu().setEip(halt);
                board.clock().schedule(1_000_000, () -> {
                    RegisterContext c = new RegisterContext();
                    board.cpu().saveContext(c);
                    c.halted = false;
                    c.eip = exit;
                    board.cpu().loadContext(c);
                });
            }).get();
            board.start();
            MachineExit e = board.exit().get(30, TimeUnit.SECONDS);
            assertEquals(MachineExit.Reason.GUEST, e.reason(), e.toString());
            assertEquals(5 << 1 | 1, e.status());
            assertTrue(e.virtualNanos() >= 1_000_000 && e.virtualNanos() < 1_000_100, "at " + e.virtualNanos());
        }
    }
}
