package org.jpok.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jpok.api.cpu.CpuExit;
import org.junit.jupiter.api.Test;

/** Operand-size, address-size, segment-override and lock prefixes. */
class PrefixTest {
    private static final int EAX = 0, ECX = 1, EBX = 3, ESI = 6, EDI = 7;

    @Test
    void operandSizePrefixKeepsTheHighWord() {
        Asm a = new Asm().set(EAX, 0x1234FFFF).set(EBX, 0x00010001).run("66 01 D8"); // add ax, bx
        assertEquals(0x12340000, a.r(EAX));
        assertEquals(true, a.flag(Flags.CF));
        a.set(EAX, 0xAAAA0000).run("66 B8 34 12"); // mov ax, 0x1234
        assertEquals(0xAAAA1234, a.r(EAX));
        a.set(ECX, 0xFFFF0001).run("66 49"); // dec cx
        assertEquals(0xFFFF0000, a.r(ECX));
        assertEquals(true, a.flag(Flags.ZF));
    }

    @Test
    void addressSizePrefixUses16BitModrm() {
        Asm a = new Asm();
        a.g.w32(0x1234 + 0x10, 0xDEADBEEF);
        // mov eax, [bx+si+0x10] with bx=0x1000, si=0x0234 and junk in the high words
        a.set(EBX, 0xFFFF1000).set(ESI, 0x77770234).run("67 8B 40 10");
        assertEquals(0xDEADBEEF, a.r(EAX));
    }

    @Test
    void segmentOverrideUsesTheOtherBase() {
        Guest g = new Guest();
        g.setFlat(6, Guest.DATA, 0xFFFF, 0x92, 0x4); // ring-0 data at DATA
        g.w32(Guest.DATA + 8, 0x600DF00D);
        // mov ax, 0x30; mov fs, ax; mov eax, fs:[8]; hlt
        g.put(Guest.CODE, 0x66, 0xB8, 0x30, 0x00, 0x8E, 0xE0, 0x64, 0xA1, 0x08, 0, 0, 0, 0xF4);
        g.cpu.setEip(Guest.CODE);
        assertEquals(CpuExit.HALT, g.cpu.run(100));
        assertEquals(0x600DF00D, g.cpu.gpr(EAX));
    }

    @Test
    void lockIsAcceptedOnMemoryAndRejectedOnRegisters() {
        Asm a = new Asm();
        a.g.w32(Guest.DATA, 1);
        a.run("F0 FF 05 00 00 02 00"); // lock inc dword [DATA]
        assertEquals(2, a.g.r32(Guest.DATA));
        a.g.put(Guest.CODE, 0xF0, 0x40); // lock inc eax -> #UD
        a.g.cpu.setEip(Guest.CODE);
        assertEquals(CpuExit.HOST_CALL, a.g.cpu.run(10));
        assertEquals(Guest.HANDLER_CALL_BASE + Vectors.UD, a.g.cpu.hostCallNumber());
    }

    @Test
    void multiByteNopsAndRepStringWith16BitAddresses() {
        Asm a = new Asm().set(EAX, 7).run("0F 1F 00 0F 1F 44 00 00 66 0F 1F 84 00 00 00 00 00 90 66 90");
        assertEquals(7, a.r(EAX));
        a.g.bus.ram[0x100] = 0x55;
        a.set(ESI, 0xABCD0100).set(EDI, 0xABCD0200).set(ECX, 0xFFFF0001).run("67 F3 A4"); // rep movsb (cx, si, di)
        assertEquals(0x55, a.g.bus.ram[0x200]);
        assertEquals(0xABCD0101, a.r(ESI));
        assertEquals(0xFFFF0000, a.r(ECX));
    }
}
