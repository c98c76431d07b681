package org.jpok.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShiftTest {
    private static final int EAX = 0, ECX = 1, EDX = 2;

    @Test
    void shlShrSar() {
        Asm a = new Asm().set(EAX, 0x80000001).run("D1 E0"); // shl eax, 1
        assertEquals(2, a.r(EAX));
        assertEquals("CO", a.status());
        a.set(EAX, 0x80000001).run("D1 E8"); // shr eax, 1
        assertEquals(0x40000000, a.r(EAX));
        assertEquals("CPO", a.status());
        a.set(EAX, 0x80000000).run("C1 F8 04"); // sar eax, 4
        assertEquals(0xF8000000, a.r(EAX));
        assertEquals("PS", a.status());
        a.set(EAX, 0x1).set(ECX, 33).run("D3 E0"); // shl eax, cl (masked to 1)
        assertEquals(2, a.r(EAX));
    }

    @Test
    void zeroCountLeavesFlags() {
        Asm a = new Asm().flags(Flags.CF | Flags.ZF).set(EAX, 5).set(ECX, 0).run("D3 E0");
        assertEquals(5, a.r(EAX));
        assertEquals("CZ", a.status());
    }

    @Test
    void byteShiftCarryOut() {
        Asm a = new Asm().set(EAX, 0x1C0).run("C0 E0 02"); // shl al, 2: 0xC0 -> 0x00, CF=1
        assertEquals(0x100, a.r(EAX));
        assertEquals("CPZ", a.status().replace("O", ""), "OF is undefined for counts above one");
    }

    @Test
    void rotates() {
        Asm a = new Asm().set(EAX, 0x80000001).run("D1 C0"); // rol eax, 1
        assertEquals(3, a.r(EAX));
        assertEquals(true, a.flag(Flags.CF));
        a.set(EAX, 0x1).run("D1 C8"); // ror eax, 1
        assertEquals(0x80000000, a.r(EAX));
        assertEquals(true, a.flag(Flags.CF) && a.flag(Flags.OF));
        a.flags(Flags.CF).set(EAX, 0x80).run("D0 D0"); // rcl al, 1
        assertEquals(0x01, a.r(EAX) & 0xFF);
        assertEquals(true, a.flag(Flags.CF));
        a.flags(0).set(EAX, 0x01).run("D0 D8"); // rcr al, 1
        assertEquals(0x00, a.r(EAX) & 0xFF);
        assertEquals(true, a.flag(Flags.CF));
        a.flags(Flags.CF).set(EAX, 0).set(ECX, 9).run("D2 D0"); // rcl al, 9: full 9-bit turn
        assertEquals(0, a.r(EAX) & 0xFF);
        assertEquals(true, a.flag(Flags.CF));
        a.set(EAX, 0x12345678).run("66 C1 C0 08"); // rol ax, 8
        assertEquals(0x12347856, a.r(EAX));
    }

    @Test
    void doubleShifts() {
        Asm a = new Asm().set(EAX, 0x12345678).set(EDX, 0x9ABCDEF0).run("0F A4 D0 08"); // shld eax, edx, 8
        assertEquals(0x3456789A, a.r(EAX));
        a.set(EAX, 0x12345678).set(EDX, 0x9ABCDEF0).set(ECX, 4).run("0F AD D0"); // shrd eax, edx, cl
        assertEquals(0x01234567, a.r(EAX));
        assertEquals(true, a.flag(Flags.CF));
    }
}
