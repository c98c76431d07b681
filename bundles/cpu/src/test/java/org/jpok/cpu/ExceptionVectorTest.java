package org.jpok.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.RegisterContext;
import org.junit.jupiter.api.Test;

/** Vectors and error codes of the exceptions not covered elsewhere: #BR #OF #AC #SS #NP #TS. */
class ExceptionVectorTest {
    private final Guest g = new Guest();

    private int top(int i) {
        return g.r32(g.cpu.gpr(4) + 4 * i);
    }

    private void expectHandler(int vector) {
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(10_000), g.cpu.toString());
        assertEquals(Guest.HANDLER_CALL_BASE + vector, g.cpu.hostCallNumber(), g.cpu.toString());
    }

    @Test
    void boundRaisesBrAsAFault() {
        g.w32(Guest.DATA, 0);
        g.w32(Guest.DATA + 4, 5);
        g.put(Guest.CODE, 0xB8, 10, 0, 0, 0, 0x62, 0x05, 0x00, 0x00, 0x02, 0x00); // mov eax,10; bound eax,[DATA]
        g.cpu.setEip(Guest.CODE);
        expectHandler(Vectors.BR);
        assertEquals(Guest.CODE + 5, top(0));
    }

    @Test
    void intoRaisesOfAsATrapThroughADpl3Gate() {
        g.gate(Vectors.OF, Guest.HANDLERS + Vectors.OF * 8, 0xE, 3);
        g.put(Guest.CODE, 0xB8, 0xFF, 0xFF, 0xFF, 0x7F, 0x40, 0xCE); // mov eax, INT_MAX; inc eax; into
        g.ring3(Guest.CODE);
        expectHandler(Vectors.OF);
        assertEquals(Guest.CODE + 7, top(0));
    }

    @Test
    void misalignedAccessAtCpl3WithAmAndAcRaisesAc() {
        RegisterContext c = new RegisterContext();
        g.cpu.saveContext(c);
        c.cr0 |= 1 << 18;
        g.cpu.loadContext(c);
        g.put(Guest.CODE, 0xA1, 0x01, 0x00, 0x02, 0x00); // mov eax, [DATA+1]
        g.ring3(Guest.CODE);
        g.cpu.setEflags(g.cpu.eflags() | Flags.AC);
        expectHandler(Vectors.AC);
        assertEquals(0, top(0));
        assertEquals(Guest.CODE, top(1));
    }

    @Test
    void pushBelowTheStackLimitRaisesSs() {
        g.setFlat(6, Guest.DATA, 0xFFF, 0xF2, 0x4); // ring-3 stack segment, 4 KiB
        RegisterContext c = new RegisterContext();
        g.ring3(Guest.CODE);
        g.cpu.saveContext(c);
        c.selector[I386.SS] = 0x33;
        c.segBase[I386.SS] = Guest.DATA;
        c.segLimit[I386.SS] = 0xFFF;
        c.segAccess[I386.SS] = 0x4F3;
        c.gpr[4] = 0x1002; // a dword push lands at 0xFFE..0x1001: past the limit
        g.cpu.loadContext(c);
        g.put(Guest.CODE, 0x50); // push eax
        expectHandler(Vectors.SS);
        assertEquals(0, top(0));
        assertEquals(Guest.CODE, top(1));
    }

    @Test
    void loadingANotPresentSegmentRaisesNp() {
        g.setFlat(6, Guest.DATA, 0xFFF, 0x72, 0x4); // DPL 3 data, present bit clear
        g.put(Guest.CODE, 0x66, 0xB8, 0x33, 0x00, 0x8E, 0xD8); // mov ax, 0x33; mov ds, ax
        g.ring3(Guest.CODE);
        expectHandler(Vectors.NP);
        assertEquals(0x30, top(0));
    }

    @Test
    void badTssStackIsTsAndWithoutAWayOutAShutdown() {
        g.w16(Guest.TSS + 8, Guest.KCODE_SEL); // SS0 = a code segment: #TS(0x08) on every ring change
        g.gate(0x30, Guest.HANDLERS + 0x30 * 8, 0xE, 3);
        g.put(Guest.CODE, 0xCD, 0x30);
        g.ring3(Guest.CODE);
        // #TS from ring 3 needs the same broken stack switch: #TS, then #DF, then shutdown
        assertEquals(CpuExit.SHUTDOWN, g.cpu.run(100));
        // with a valid SS0 the same int works
        g.w16(Guest.TSS + 8, Guest.KDATA_SEL);
        g.ring3(Guest.CODE);
        expectHandler(0x30);
    }
}
