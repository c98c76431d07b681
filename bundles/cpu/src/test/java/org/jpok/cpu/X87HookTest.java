package org.jpok.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.RegisterContext;
import org.junit.jupiter.api.Test;

/** The x87 escape hook's behaviour until the x87 unit plugs in. */
class X87HookTest {
    private final Guest g = new Guest();

    private int runAndVector(int cr0Set, int... code) {
        RegisterContext c = new RegisterContext();
        g.cpu.saveContext(c);
        c.cr0 = (c.cr0 & ~(X87Escape.CR0_MP | X87Escape.CR0_EM | X87Escape.CR0_TS)) | cr0Set;
        g.cpu.loadContext(c);
        g.put(Guest.CODE, code);
        g.cpu.setEip(Guest.CODE);
        CpuExit e = g.cpu.run(10);
        return e == CpuExit.HOST_CALL ? g.cpu.hostCallNumber() - Guest.HANDLER_CALL_BASE : -1;
    }

    @Test
    void escapeRaisesNmWithTsAndUdWithout() {
        assertEquals(Vectors.NM, runAndVector(X87Escape.CR0_TS, 0xD9, 0xE8)); // fld1
        assertEquals(Vectors.NM, runAndVector(X87Escape.CR0_EM, 0xDD, 0x05, 0, 0, 2, 0)); // fld qword [DATA]
    }

    @Test
    void escapeWithoutFpuStateIsUndefined() {
        assertEquals(Vectors.UD, runAndVector(0, 0xD9, 0xE8));
    }

    @Test
    void fwaitFaultsOnlyWithMpAndTs() {
        assertEquals(Vectors.NM, runAndVector(X87Escape.CR0_MP | X87Escape.CR0_TS, 0x9B));
        assertEquals(-1, runAndVector(0, 0x9B, 0xF4), "plain fwait runs on to hlt");
    }
}
