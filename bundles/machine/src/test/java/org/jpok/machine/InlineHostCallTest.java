package org.jpok.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jpok.cpu.I386Factory;
import org.junit.jupiter.api.Test;

/**
 * The board serves host calls inside the core's run (no return to the run loop per call), yet a command queued by
 * the handler (a kernel pausing at a breakpoint and submitting its next step) still runs before the guest's next
 * instruction, as when every host call returned to the loop.
 */
class InlineHostCallTest {

    @Test
    void aCommandQueuedByAHostCallRunsRightAfterIt() throws Exception {
        MachineSettings settings = MachineSettings.deterministic(1 << 20, b -> { });
        try (Board board = new Board(settings, new I386Factory()::create)) {
            int loop = 0x1000;
            // l: inc eax; hostcall 1; jmp l
            byte[] code = {0x40, 0x0F, 0x04, 1, 0, 0, 0, (byte) 0xEB, (byte) 0xF7};
            int[] calls = {0};
            CompletableFuture<String> seen = new CompletableFuture<>();
            board.setHostCallHandler((cpu, number) -> {
                calls[0]++;
                if (calls[0] == 3) {
                    board.submit(() -> seen.complete("eax=" + board.cpu().gpr(0) + " eip=0x"
                            + Integer.toHexString(board.cpu().eip()) + " calls=" + calls[0]));
                }
            });
            board.submit(() -> {
                board.writeMemory(loop, code, 0, code.length);
                board.cpu().setEip(loop);
                board.cpu().setGpr(0, 0);
            }).get();
            board.start();
            assertEquals("eax=3 eip=0x1007 calls=3", seen.get(30, TimeUnit.SECONDS));
        }
    }
}
