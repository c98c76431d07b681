package org.jpok.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jpok.api.cpu.CpuExit;
import org.junit.jupiter.api.Test;

class CoreSmokeTest {
    @Test
    void movAddHalts() {
        Guest g = new Guest();
        // mov eax, 5; add eax, 7; hlt
        assertEquals(CpuExit.HALT, g.run0(0xB8, 5, 0, 0, 0, 0x83, 0xC0, 7));
        assertEquals(12, g.cpu.gpr(0));
    }

    @Test
    void hostCallCarriesNumber() {
        Guest g = new Guest();
        g.put(Guest.CODE, 0x0F, 0x04, 0x78, 0x56, 0x34, 0x12);
        g.cpu.setEip(Guest.CODE);
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(100));
        assertEquals(0x12345678, g.cpu.hostCallNumber());
        assertEquals(Guest.CODE + 6, g.cpu.eip());
    }
}
