package org.jpok.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.RegisterContext;
import org.junit.jupiter.api.Test;

/**
 * Host calls served inside run() ({@link I386#setHostCallHandler}) must be indistinguishable from the
 * classic protocol (run returns HOST_CALL, the machine serves it, run again): same instants, same state.
 */
class InlineHostCallTest {
    /** Ring 3: l: inc eax; int 0x2a; jmp l. The ring-0 handler: hostcall 7; inc ebx; iret. */
    private static Guest loop() {
        Guest g = new Guest();
        int handler = Guest.HANDLERS + 0x800;
        g.put(handler, 0x0F, 0x04, 7, 0, 0, 0, 0x43, 0xCF);
        g.gate(0x2A, handler, 0xE, 3);
        g.put(Guest.CODE, 0x40, 0xCD, 0x2A, 0xEB, 0xFB);
        g.ring3(Guest.CODE);
        g.cpu.setGpr(0, 0);
        g.cpu.setGpr(3, 0);
        return g;
    }

    /** What a handler saw: the instant and the state at each call, and what it changed. */
    private static String serve(Guest g, List<String> seen) {
        String s = g.cpu.retired() + "@" + Integer.toHexString(g.cpu.eip()) + " eax=" + g.cpu.gpr(0)
                + " #" + g.cpu.hostCallNumber();
        seen.add(s);
        g.cpu.setGpr(6, g.cpu.gpr(6) + 3); // an effect the guest could see (ESI)
        return s;
    }

    private static String state(Guest g) {
        RegisterContext c = new RegisterContext();
        g.cpu.saveContext(c);
        return g.cpu.retired() + " " + c;
    }

    @Test
    void inlineCallsSeeTheSameInstantsAndLeaveTheSameStateAsReturningToTheMachine() {
        long budget = 10_007;
        Guest classic = loop();
        List<String> classicSeen = new ArrayList<>();
        long end = classic.cpu.retired() + budget;
        while (classic.cpu.retired() < end) {
            CpuExit e = classic.cpu.run(end - classic.cpu.retired());
            if (e == CpuExit.HOST_CALL) {
                serve(classic, classicSeen);
            } else {
                assertEquals(CpuExit.BUDGET, e);
            }
        }
        Guest inline = loop();
        List<String> inlineSeen = new ArrayList<>();
        inline.cpu.setHostCallHandler(n -> {
            serve(inline, inlineSeen);
            return true;
        });
        assertEquals(CpuExit.BUDGET, inline.cpu.run(budget), "one run: every call served inside it");
        assertEquals(classicSeen, inlineSeen);
        assertEquals(state(classic), state(inline));
        assertEquals(1668, inlineSeen.size(), "10007 instructions: 1667 rounds of 6, then 5 with a call");
    }

    @Test
    void anExitRequestedByTheHandlerStopsBeforeTheNextInstruction() {
        Guest g = loop();
        g.cpu.setHostCallHandler(n -> {
            g.cpu.requestExit();
            return true;
        });
        long before = g.cpu.retired();
        assertEquals(CpuExit.EXIT_REQUESTED, g.cpu.run(1000));
        assertEquals(3, g.cpu.retired() - before, "inc, int, hostcall");
        assertEquals(Guest.HANDLERS + 0x800 + 6, g.cpu.eip(), "stopped at the inc ebx after the host call");
        assertEquals(0, g.cpu.gpr(3));
    }

    @Test
    void aDeclinedCallReturnsHostCallOnce() {
        Guest g = loop();
        int[] calls = {0};
        g.cpu.setHostCallHandler(n -> {
            calls[0]++;
            return false;
        });
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(1000));
        assertEquals(1, calls[0]);
        assertEquals(7, g.cpu.hostCallNumber());
        assertEquals(Guest.HANDLERS + 0x800 + 6, g.cpu.eip());
    }

    @Test
    void theBudgetEndingAtTheHostCallEndsTheRunThere() {
        Guest g = loop();
        int[] calls = {0};
        g.cpu.setHostCallHandler(n -> {
            calls[0]++;
            return true;
        });
        assertEquals(CpuExit.BUDGET, g.cpu.run(3));
        assertEquals(1, calls[0]);
        assertEquals(Guest.HANDLERS + 0x800 + 6, g.cpu.eip());
    }

    @Test
    void underSingleStepTheHostCallReturnsAsBeforeItsTrap() {
        // ring 0 with TF: hostcall 9; nop. The classic protocol returns HOST_CALL before the step's #DB.
        Guest g = new Guest();
        g.put(Guest.CODE, 0x0F, 0x04, 9, 0, 0, 0, 0x90);
        g.cpu.setEip(Guest.CODE);
        g.cpu.setEflags(0x102);
        int[] calls = {0};
        g.cpu.setHostCallHandler(n -> {
            calls[0]++;
            return true;
        });
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(100));
        assertEquals(9, g.cpu.hostCallNumber());
        assertEquals(0, calls[0]);
        assertEquals(Guest.CODE + 6, g.cpu.eip());
    }

    @Test
    void anInterruptRaisedByTheHandlerIsTakenWhenIfAllowsIt() {
        // the ring-0 handler runs with IF=0 (interrupt gate): the interrupt waits for the iret, and is
        // then taken at the iret target, before the jmp, as in the classic protocol
        Guest g = loop();
        List<Long> at = new ArrayList<>();
        g.cpu.setHostCallHandler(n -> {
            at.add(g.cpu.retired());
            if (n == 7) {
                g.bus.pendingVector = 0x30;
            }
            return n == 7;
        });
        long before = g.cpu.retired();
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(1000), "the default handler of vector 0x30 is declined");
        assertEquals(Guest.HANDLER_CALL_BASE + 0x30, g.cpu.hostCallNumber());
        assertEquals(Guest.CODE + 3, g.r32(Guest.KSTACK - 20), "pushed return EIP: the iret target");
        assertEquals(1, g.cpu.gpr(3), "inc ebx ran before the iret");
        assertEquals(2, at.size());
        assertEquals(before + 3, at.get(0));
    }
}
