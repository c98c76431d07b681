package org.jpok.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BitsAndMovesTest {
    private static final int EAX = 0, ECX = 1, EDX = 2, EBX = 3, ESI = 6, EDI = 7;

    @Test
    void bitTests() {
        Asm a = new Asm().set(EAX, 0b1010).set(ECX, 1).run("0F A3 C8"); // bt eax, ecx
        assertEquals(true, a.flag(Flags.CF));
        a.run("0F BA F0 03"); // btr eax, 3
        assertEquals(0b0010, a.r(EAX));
        assertEquals(true, a.flag(Flags.CF));
        a.run("0F BA E8 00"); // bts eax, 0
        assertEquals(0b0011, a.r(EAX));
        a.run("0F BA F8 01"); // btc eax, 1
        assertEquals(0b0001, a.r(EAX));
        // memory bit string with a register offset beyond the dword
        a.g.w32(Guest.DATA + 4, 0);
        a.set(ECX, 37).run("0F AB 0D 00 00 02 00"); // bts [DATA], ecx
        assertEquals(1 << 5, a.g.r32(Guest.DATA + 4));
    }

    @Test
    void bitScans() {
        Asm a = new Asm().set(EBX, 0x00F0_0000).run("0F BC C3 0F BD CB"); // bsf eax, ebx; bsr ecx, ebx
        assertEquals(20, a.r(EAX));
        assertEquals(23, a.r(ECX));
        assertEquals(false, a.flag(Flags.ZF));
        a.set(EAX, 77).set(EBX, 0).run("0F BC C3");
        assertEquals(77, a.r(EAX), "zero source leaves the destination");
        assertEquals(true, a.flag(Flags.ZF));
        a.set(EAX, 0x11223344).run("0F C8"); // bswap eax
        assertEquals(0x44332211, a.r(EAX));
    }

    @Test
    void movForms() {
        Asm a = new Asm().set(EBX, 0xFFFFFF80).run("0F B6 C3 0F BE CB 0F B7 D3"); // movzx, movsx, movzx word
        assertEquals(0x80, a.r(EAX));
        assertEquals(0xFFFFFF80, a.r(ECX));
        assertEquals(0xFF80, a.r(EDX));
        a.set(EBX, 0x1000).set(ESI, 3).run("8D 44 B3 10"); // lea eax, [ebx+esi*4+0x10]
        assertEquals(0x101C, a.r(EAX));
        a.set(EAX, 1).set(EBX, 2).run("87 D8"); // xchg eax, ebx
        assertEquals(2, a.r(EAX));
        assertEquals(1, a.r(EBX));
        a.set(EAX, 0x1234).run("88 C4"); // mov ah, al
        assertEquals(0x3434, a.r(EAX));
        // mov [DATA+ebx*2], ax through SIB with no base
        a.set(EBX, 2).set(EAX, 0xBEEF).run("66 89 04 5D 00 00 02 00");
        assertEquals(0xBEEF, a.g.r32(Guest.DATA + 4) & 0xFFFF);
        a.run("A1 04 00 02 00"); // mov eax, [DATA+4]
        assertEquals(0xBEEF, a.r(EAX) & 0xFFFF);
    }

    @Test
    void cmovAndSetcc() {
        Asm a = new Asm().set(EAX, 1).set(EBX, 2).set(ECX, 0).run("39 D8 0F 4C CB 0F 9F C2"); // cmp; cmovl ecx,ebx; setg dl
        assertEquals(2, a.r(ECX));
        assertEquals(0, a.r(EDX) & 0xFF);
        a.set(EAX, -1).set(EBX, 1).set(EDX, 0).run("39 D8 0F 97 C2 0F 9C C6"); // cmp; seta dl; setl dh
        assertEquals(0x0101, a.r(EDX) & 0xFFFF);
    }

    @Test
    void stringOps() {
        Asm a = new Asm();
        for (int i = 0; i < 16; i++) {
            a.g.bus.ram[Guest.DATA + i] = (byte) (i + 1);
        }
        a.set(ESI, Guest.DATA).set(EDI, Guest.DATA + 0x100).set(ECX, 16).run("FC F3 A4"); // cld; rep movsb
        assertEquals(0, a.r(ECX));
        assertEquals(Guest.DATA + 16, a.r(ESI));
        assertEquals(0x04030201, a.g.r32(Guest.DATA + 0x100));
        assertEquals(0x100F0E0D, a.g.r32(Guest.DATA + 0x10C));
        a.set(EDI, Guest.DATA).set(ECX, 16).set(EAX, 5).run("F2 AE"); // repne scasb
        assertEquals(Guest.DATA + 5, a.r(EDI));
        assertEquals(11, a.r(ECX));
        assertEquals(true, a.flag(Flags.ZF));
        a.g.bus.ram[Guest.DATA + 0x103] = 0;
        a.set(ESI, Guest.DATA).set(EDI, Guest.DATA + 0x100).set(ECX, 16).run("F3 A6"); // repe cmpsb
        assertEquals(Guest.DATA + 4, a.r(ESI));
        assertEquals(12, a.r(ECX));
        assertEquals(false, a.flag(Flags.ZF));
        a.set(EDI, Guest.DATA + 0x20C).set(ECX, 4).set(EAX, 0xA5A5A5A5).run("FD F3 AB FC"); // std; rep stosd; cld
        assertEquals(Guest.DATA + 0x1FC, a.r(EDI));
        assertEquals(0xA5A5A5A5, a.g.r32(Guest.DATA + 0x200));
        assertEquals(0xA5A5A5A5, a.g.r32(Guest.DATA + 0x20C));
        a.set(ESI, Guest.DATA).run("AD"); // lodsd
        assertEquals(0x04030201, a.r(EAX));
    }

    @Test
    void bulkRepCopiesMatchTheElementWiseRules() {
        Asm a = new Asm();
        for (int i = 0; i < 400; i++) {
            a.g.bus.ram[Guest.DATA + i] = (byte) i;
        }
        a.set(ESI, Guest.DATA).set(EDI, Guest.DATA + 0x1000).set(ECX, 100).run("FC F3 A5"); // rep movsd
        assertEquals(0x03020100, a.g.r32(Guest.DATA + 0x1000));
        assertEquals(Guest.DATA + 400, a.r(ESI));
        assertEquals(Guest.DATA + 0x1000 + 400, a.r(EDI));
        assertEquals(0, a.r(ECX));
        // overlapping forward copy by one byte smears the first byte, as element-wise movsb does
        a.set(ESI, Guest.DATA).set(EDI, Guest.DATA + 1).set(ECX, 64).run("F3 A4");
        assertEquals(0, a.g.bus.ram[Guest.DATA + 64]);
        a.set(EDI, Guest.DATA + 0x2000).set(ECX, 50).set(EAX, 0x11223344).run("66 F3 AB"); // rep stosw
        assertEquals(0x33443344, a.g.r32(Guest.DATA + 0x2000 + 96));
        assertEquals(0, a.g.r32(Guest.DATA + 0x2000 + 100));
    }

    @Test
    void longRepResumesAcrossBudgets() {
        Guest g = new Guest();
        g.put(Guest.CODE, 0xF3, 0xAA, 0xF4); // rep stosb; hlt
        g.cpu.setGpr(EDI, Guest.DATA);
        g.cpu.setGpr(ECX, 10_000);
        g.cpu.setGpr(EAX, 0x77);
        g.cpu.setEip(Guest.CODE);
        assertEquals(org.jpok.api.cpu.CpuExit.BUDGET, g.cpu.run(1000));
        assertEquals(Guest.CODE, g.cpu.eip());
        assertEquals(org.jpok.api.cpu.CpuExit.HALT, g.cpu.run(1_000_000));
        assertEquals(0, g.cpu.gpr(ECX));
        assertEquals(0x77, g.bus.ram[Guest.DATA + 9_999]);
        assertEquals(0, g.bus.ram[Guest.DATA + 10_000]);
    }
}
