package org.jpok.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jpok.api.cpu.CpuExit;
import org.junit.jupiter.api.Test;

class ArithTest {
    private static final int EAX = 0, ECX = 1, EDX = 2, EBX = 3;

    @Test
    void addSetsCarryOverflowAndAuxiliary() {
        Asm a = new Asm().set(EAX, 0x7FFFFFFF).set(EBX, 1).run("01 D8"); // add eax, ebx
        assertEquals(0x80000000, a.r(EAX));
        assertEquals("PAS" + "O", a.status());
        a.set(EAX, 0xFFFFFFFF).set(EBX, 1).run("01 D8");
        assertEquals(0, a.r(EAX));
        assertEquals("CPAZ", a.status());
    }

    @Test
    void byteAndWordFormsTouchOnlyTheirPart() {
        Asm a = new Asm().set(EAX, 0x123456FF).run("04 01"); // add al, 1
        assertEquals(0x12345600, a.r(EAX));
        assertEquals("CPAZ", a.status());
        a.set(EAX, 0x1234FFFF).run("66 05 01 00"); // add ax, 1
        assertEquals(0x12340000, a.r(EAX));
        a.set(EAX, 0x0000F000).set(EBX, 0x00001000).run("00 DC"); // add ah, bl (bl=0) ... ah=0xF0
        assertEquals(0x0000F000, a.r(EAX));
        a.set(EAX, 0x0000F000).set(EBX, 0x00000010).run("00 DC"); // add ah, bl -> ah=0x00 carry
        assertEquals(0, a.r(EAX));
        assertEquals("CPZ", a.status());
    }

    @Test
    void adcAndSbbUseCarry() {
        Asm a = new Asm().flags(Flags.CF).set(EAX, 0xFFFFFFFF).set(EBX, 0).run("11 D8"); // adc eax, ebx
        assertEquals(0, a.r(EAX));
        assertEquals("CPAZ", a.status());
        a.flags(Flags.CF).set(EAX, 0).set(EBX, 0).run("19 D8"); // sbb eax, ebx
        assertEquals(-1, a.r(EAX));
        assertEquals("CPAS", a.status());
        // 64-bit add via add/adc: 0x00000001_FFFFFFFF + 1
        a.set(EAX, 0xFFFFFFFF).set(EDX, 1).run("83 C0 01 83 D2 00");
        assertEquals(0, a.r(EAX));
        assertEquals(2, a.r(EDX));
    }

    @Test
    void subAndCmpFlags() {
        Asm a = new Asm().set(EAX, 1).set(EBX, 2).run("39 D8"); // cmp eax, ebx
        assertEquals(1, a.r(EAX));
        assertEquals("CPAS", a.status());
        a.set(EAX, 0x80000000).run("83 E8 01"); // sub eax, 1
        assertEquals(0x7FFFFFFF, a.r(EAX));
        assertEquals("PAO", a.status());
    }

    @Test
    void incDecKeepCarry() {
        Asm a = new Asm().flags(Flags.CF).set(EAX, 0xFFFFFFFF).run("40"); // inc eax
        assertEquals(0, a.r(EAX));
        assertEquals("CPAZ", a.status());
        a.set(EAX, 0x80000000).flags(0).run("48"); // dec eax
        assertEquals(0x7FFFFFFF, a.r(EAX));
        assertEquals("PAO", a.status());
        // add sets CF, then inc must keep it
        a.set(EAX, 0xFFFFFFFF).set(EBX, 5).run("01 D8 43"); // add eax, ebx; inc ebx
        assertEquals("CP", a.status());
    }

    @Test
    void negNotAndLogic() {
        Asm a = new Asm().set(EAX, 5).run("F7 D8"); // neg eax
        assertEquals(-5, a.r(EAX));
        assertEquals("CAS", a.status());
        a.set(EAX, 0).run("F7 D8");
        assertEquals("PZ", a.status());
        a.set(EAX, 0x0F0F).run("F7 D0"); // not eax
        assertEquals(~0x0F0F, a.r(EAX));
        a.flags(Flags.CF | Flags.OF).set(EAX, 0xF0).set(EBX, 0x0F).run("21 D8"); // and eax, ebx
        assertEquals("PZ", a.status());
        a.set(EAX, 0x80).run("A8 80"); // test al, 0x80
        assertEquals("S", a.status());
        a.set(EAX, 3).set(EBX, 5).run("31 D8 09 D9"); // xor eax, ebx; or ecx, ebx
        assertEquals(6, a.r(EAX));
    }

    @Test
    void mulAndImulForms() {
        Asm a = new Asm().set(EAX, 0x80000000).set(EBX, 4).run("F7 E3"); // mul ebx
        assertEquals(0, a.r(EAX));
        assertEquals(2, a.r(EDX));
        assertEquals(true, a.flag(Flags.CF) && a.flag(Flags.OF));
        a.set(EAX, -3).set(EBX, 4).run("F7 EB"); // imul ebx
        assertEquals(-12, a.r(EAX));
        assertEquals(-1, a.r(EDX));
        assertEquals(false, a.flag(Flags.CF));
        a.set(EAX, 0x10).run("F6 E0"); // mul al -> 0x100
        assertEquals(0x100, a.r(EAX) & 0xFFFF);
        assertEquals(true, a.flag(Flags.CF));
        a.set(EBX, 1000).run("69 C3 E8 03 00 00"); // imul eax, ebx, 1000
        assertEquals(1_000_000, a.r(EAX));
        a.set(EBX, 7).run("6B C3 FD"); // imul eax, ebx, -3
        assertEquals(-21, a.r(EAX));
        a.set(EAX, 0x10000).set(EBX, 0x10000).run("0F AF C3"); // imul eax, ebx -> overflow
        assertEquals(0, a.r(EAX));
        assertEquals(true, a.flag(Flags.OF) && a.flag(Flags.CF));
    }

    @Test
    void divAndIdiv() {
        Asm a = new Asm().set(EAX, 100).set(EDX, 0).set(EBX, 7).run("F7 F3"); // div ebx
        assertEquals(14, a.r(EAX));
        assertEquals(2, a.r(EDX));
        a.set(EAX, -100).set(EDX, -1).set(EBX, 7).run("F7 FB"); // idiv ebx
        assertEquals(-14, a.r(EAX));
        assertEquals(-2, a.r(EDX));
        a.set(EAX, 0x0123).set(EBX, 0x10).run("F6 F3"); // div bl: 0x123 / 0x10
        assertEquals(0x0312, a.r(EAX) & 0xFFFF);
    }

    @Test
    void divideErrorsRaiseDe() {
        Guest g = new Guest();
        g.put(Guest.CODE, 0xF7, 0xF3); // div ebx with ebx = 0
        g.cpu.setGpr(3, 0);
        g.cpu.setEip(Guest.CODE);
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(100));
        assertEquals(Guest.HANDLER_CALL_BASE + Vectors.DE, g.cpu.hostCallNumber());
        assertEquals(Guest.CODE, g.r32(g.cpu.gpr(4)), "#DE is a fault: EIP of the div");
        // INT_MIN / -1
        g.put(Guest.CODE, 0xF7, 0xFB);
        g.cpu.setGpr(0, 0x80000000);
        g.cpu.setGpr(2, -1);
        g.cpu.setGpr(3, -1);
        g.cpu.setEip(Guest.CODE);
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(100));
        assertEquals(Guest.HANDLER_CALL_BASE + Vectors.DE, g.cpu.hostCallNumber());
    }

    @Test
    void signExtensions() {
        Asm a = new Asm().set(EAX, 0xFF80).run("98"); // cwde
        assertEquals(0xFFFFFF80, a.r(EAX));
        a.set(EAX, 0x80).run("66 98"); // cbw
        assertEquals(0xFF80, a.r(EAX));
        a.set(EAX, 0x80000000).run("99"); // cdq
        assertEquals(-1, a.r(EDX));
        a.set(EAX, 0x8000).set(EDX, 0x12345678).run("66 99"); // cwd
        assertEquals(0x1234FFFF, a.r(EDX));
    }

    @Test
    void cmpxchgXaddCmpxchg8b() {
        Asm a = new Asm();
        a.g.w32(Guest.DATA, 5);
        a.set(EAX, 5).set(EBX, 9).run("0F B1 1D 00 00 02 00"); // cmpxchg [DATA], ebx
        assertEquals(9, a.g.r32(Guest.DATA));
        assertEquals(true, a.flag(Flags.ZF));
        a.set(EAX, 1).run("0F B1 1D 00 00 02 00");
        assertEquals(9, a.r(EAX));
        assertEquals(false, a.flag(Flags.ZF));
        a.set(EBX, 3).run("0F C1 1D 00 00 02 00"); // xadd [DATA], ebx
        assertEquals(12, a.g.r32(Guest.DATA));
        assertEquals(9, a.r(EBX));
        a.g.w32(Guest.DATA + 8, 0x11111111);
        a.g.w32(Guest.DATA + 12, 0x22222222);
        a.set(EAX, 0x11111111).set(EDX, 0x22222222).set(EBX, 0xAAAA).set(ECX, 0xBBBB)
                .run("0F C7 0D 08 00 02 00"); // cmpxchg8b [DATA+8]
        assertEquals(0xAAAA, a.g.r32(Guest.DATA + 8));
        assertEquals(0xBBBB, a.g.r32(Guest.DATA + 12));
        assertEquals(true, a.flag(Flags.ZF));
        a.set(EAX, 0).set(EDX, 0).run("0F C7 0D 08 00 02 00");
        assertEquals(0xAAAA, a.r(EAX));
        assertEquals(0xBBBB, a.r(EDX));
        assertEquals(false, a.flag(Flags.ZF));
    }

    @Test
    void salcCopiesCarryIntoAl() {
        Asm a = new Asm().set(EAX, 0x1234).run("F9 D6"); // stc; salc
        assertEquals(0x12FF, a.r(EAX));
        a.run("F8 D6"); // clc; salc
        assertEquals(0x1200, a.r(EAX));
    }

    @Test
    void bcdAdjust() {
        Asm a = new Asm().set(EAX, 0x19).set(EBX, 0x28).run("00 D8 27"); // add al, bl; daa
        assertEquals(0x47, a.r(EAX) & 0xFF);
        a.set(EAX, 0x0A).run("D4 0A"); // aam
        assertEquals(0x0100, a.r(EAX) & 0xFFFF);
        a.set(EAX, 0x0105).run("D5 0A"); // aad
        assertEquals(15, a.r(EAX) & 0xFFFF);
    }
}
