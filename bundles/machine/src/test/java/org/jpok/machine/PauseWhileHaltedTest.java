package org.jpok.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jpok.api.machine.MachineState;
import org.jpok.cpu.I386Factory;
import org.junit.jupiter.api.Test;

/**
 * A pause that a clock event asks for while the core halts stops the machine at that event's time: the loop serves
 * the queued command before it jumps to the next event (a kernel's run time limit relies on it).
 */
class PauseWhileHaltedTest {

    @Test
    void aPauseQueuedByAnEventStopsBeforeTheNextJump() throws Exception {
        MachineSettings settings = MachineSettings.deterministic(1 << 20, b -> { });
        try (Board board = new Board(settings, new I386Factory()::create)) {
            int halt = 0x1000;
            CompletableFuture<Long> pausedAt = new CompletableFuture<>();
            board.submit(() -> {
                board.writeMemory(halt, new byte[] {(byte) 0xF4, (byte) 0xEB, (byte) 0xFD}, 0, 3); // hlt; jmp
                board.cpu().setEip(halt);
                board.clock().schedule(1_000_000, () -> {
                    board.pause();
                    board.submit(() -> pausedAt.complete(board.clock().nanos()));
                });
                board.clock().schedule(10_000_000, () -> { }); // the next event a halted core would jump to
            }).get();
            board.start();
            assertEquals(1_000_000L, pausedAt.get(30, TimeUnit.SECONDS));
            assertEquals(MachineState.PAUSED, board.state());
        }
    }
}
