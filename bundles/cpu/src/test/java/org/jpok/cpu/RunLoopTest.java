package org.jpok.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.RegisterContext;
import org.junit.jupiter.api.Test;

/** The run loop's contract: budgets, exits, context save/restore and code invalidation. */
class RunLoopTest {
    private final Guest g = new Guest();

    @Test
    void budgetIsExact() {
        g.put(Guest.CODE, 0x40, 0xEB, 0xFD); // l: inc eax; jmp l
        g.cpu.setEip(Guest.CODE);
        g.cpu.setGpr(0, 0);
        long before = g.cpu.retired();
        assertEquals(CpuExit.BUDGET, g.cpu.run(1001));
        assertEquals(1001, g.cpu.retired() - before);
        assertEquals(501, g.cpu.gpr(0));
        assertEquals(CpuExit.BUDGET, g.cpu.run(1));
        assertEquals(501, g.cpu.gpr(0), "the jmp ran");
    }

    @Test
    void requestExitFromAnotherThreadStopsTheRun() throws Exception {
        g.put(Guest.CODE, 0xEB, 0xFE); // jmp $
        g.cpu.setEip(Guest.CODE);
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            g.cpu.requestExit();
        });
        t.start();
        assertEquals(CpuExit.EXIT_REQUESTED, g.cpu.run(Long.MAX_VALUE / 2));
        t.join();
    }

    @Test
    void intAndIretStayInTheBlockLoopButKeepTheBudgetAndInterruptsExact() {
        // ring 3: l: inc eax; int 0x2a; jmp l — the ring-0 handler: inc ebx; iret
        g.put(Guest.HANDLERS, 0x43, 0xCF);
        g.gate(0x2A, Guest.HANDLERS, 0xE, 3);
        g.put(Guest.CODE, 0x40, 0xCD, 0x2A, 0xEB, 0xFB);
        g.ring3(Guest.CODE);
        g.cpu.setGpr(0, 0);
        g.cpu.setGpr(3, 0);
        long before = g.cpu.retired();
        assertEquals(CpuExit.BUDGET, g.cpu.run(1001)); // 200 rounds of 5, then inc eax
        assertEquals(1001, g.cpu.retired() - before);
        assertEquals(201, g.cpu.gpr(0));
        assertEquals(200, g.cpu.gpr(3));
        assertEquals(CpuExit.BUDGET, g.cpu.run(2)); // int 0x2a; inc ebx: stops inside the handler
        assertEquals(Guest.HANDLERS + 1, g.cpu.eip());
        assertEquals(201, g.cpu.gpr(3));
        // an interrupt pending when iret sets IF again is taken at the iret target, at ring 3
        g.bus.pendingVector = 0x30;
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(100));
        assertEquals(Guest.HANDLER_CALL_BASE + 0x30, g.cpu.hostCallNumber());
        assertEquals(Guest.CODE + 3, g.r32(Guest.KSTACK - 20), "pushed return EIP: the iret target, the jmp after int");
        assertEquals(Guest.UCODE_SEL, g.r32(Guest.KSTACK - 16) & 0xFFFF);
    }

    @Test
    void iretThatSetsIfLetsThePendingInterruptIn() {
        // ring 0, IF=0: push flags image with IF, push cs, push target; iret; target: nop
        g.put(Guest.CODE, 0x68, 0x02, 0x02, 0, 0, 0x6A, 0x08, 0x68, 0x0F, 0x00, 0x01, 0x00, 0xCF, 0x90, 0x90,
                0x90, 0xF4);
        g.cpu.setEip(Guest.CODE);
        g.cpu.setEflags(0x2);
        g.bus.pendingVector = 0x30;
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(100));
        assertEquals(Guest.HANDLER_CALL_BASE + 0x30, g.cpu.hostCallNumber());
        assertEquals(Guest.CODE + 0x0F, g.r32(g.cpu.gpr(4)), "taken before the first instruction at the iret target");
    }

    @Test
    void contextRoundTripsExactly() {
        g.put(Guest.CODE, 0xCD, 0x30);
        g.gate(0x30, Guest.HANDLERS + 0x30 * 8, 0xE, 3);
        g.ring3(Guest.CODE);
        RegisterContext saved = new RegisterContext();
        g.cpu.saveContext(saved);
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(100));
        g.cpu.loadContext(saved);
        RegisterContext again = new RegisterContext();
        g.cpu.saveContext(again);
        assertEquals(saved.toString(), again.toString());
        assertEquals(3, again.cpl);
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(100), "the restored context runs the same again");
        assertEquals(Guest.HANDLER_CALL_BASE + 0x30, g.cpu.hostCallNumber());
    }

    @Test
    void invalidateCodeDropsDecodedBlocks() {
        g.put(Guest.CODE, 0xB8, 1, 0, 0, 0, 0xF4); // mov eax, 1; hlt
        g.cpu.setEip(Guest.CODE);
        assertEquals(CpuExit.HALT, g.cpu.run(10));
        assertEquals(1, g.cpu.gpr(0));
        g.bus.ram[Guest.CODE + 1] = 2; // written behind the core's back
        g.cpu.invalidateCode(Guest.CODE + 1, 1);
        g.cpu.setEip(Guest.CODE);
        assertEquals(CpuExit.HALT, g.cpu.run(10));
        assertEquals(2, g.cpu.gpr(0));
    }

    @Test
    void executingOutsideRamFaults() {
        g.cpu.setEip(0x7FFF0000); // reads as 0xFF bytes: FF FF is an invalid group-5 form -> #UD
        CpuExit e = g.cpu.run(100);
        assertEquals(CpuExit.HOST_CALL, e);
        assertTrue(g.cpu.hostCallNumber() == Guest.HANDLER_CALL_BASE + Vectors.UD, Integer.toHexString(g.cpu.hostCallNumber()));
    }
}
