package org.jpok.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ControlTest {
    private static final int EAX = 0, ECX = 1, EDX = 2, EBX = 3, ESP = 4, EBP = 5;

    @Test
    void callRetAndJumps() {
        // call +5; jmp +6 (to hlt); [sub] mov eax, 42; ret
        Asm a = new Asm().run("E8 02 00 00 00 EB 06 B8 2A 00 00 00 C3");
        assertEquals(42, a.r(EAX));
        assertEquals(Guest.KSTACK, a.r(ESP));
    }

    @Test
    void loopCountsDown() {
        // mov ecx, 5; xor eax, eax; l: add eax, ecx; loop l
        Asm a = new Asm().run("B9 05 00 00 00 31 C0 01 C8 E2 FC");
        assertEquals(15, a.r(EAX));
        assertEquals(0, a.r(ECX));
    }

    @Test
    void jecxzAndConditionalBranches() {
        // xor ecx,ecx; jecxz +5; mov eax,1; (skipped) ; cmp ebx, 3; jne rel32 +5; mov edx, 9
        Asm a = new Asm().set(EAX, 0).set(EBX, 3).set(EDX, 0)
                .run("31 C9 E3 05 B8 01 00 00 00 83 FB 03 0F 85 05 00 00 00 BA 09 00 00 00");
        assertEquals(0, a.r(EAX));
        assertEquals(9, a.r(EDX));
    }

    @Test
    void enterLeavePushPop() {
        Asm a = new Asm().set(EBP, 0x1234).run("C8 10 00 00"); // enter 16, 0
        assertEquals(Guest.KSTACK - 4, a.r(EBP));
        assertEquals(Guest.KSTACK - 20, a.r(ESP));
        a.run("C9"); // leave
        assertEquals(0x1234, a.r(EBP));
        assertEquals(Guest.KSTACK, a.r(ESP));
        a.set(EAX, 1).set(ECX, 2).set(EDX, 3).set(EBX, 4).run("60 31 C0 31 C9 61"); // pusha; clear; popa
        assertEquals(1, a.r(EAX));
        assertEquals(2, a.r(ECX));
        assertEquals(Guest.KSTACK, a.r(ESP));
        a.run("6A FF 58 66 6A 05 66 5B"); // push -1; pop eax; push word 5; pop bx
        assertEquals(-1, a.r(EAX));
        assertEquals(5, a.r(EBX) & 0xFFFF);
        assertEquals(Guest.KSTACK, a.r(ESP));
    }

    @Test
    void pushfPopfAndFlagOps() {
        Asm a = new Asm().run("F9 9C 58 F8 F5"); // stc; pushf; pop eax; clc; cmc
        assertEquals(Flags.CF, a.r(EAX) & Flags.CF);
        assertEquals(true, a.flag(Flags.CF));
        a.set(EAX, 0x8D5).run("50 9D"); // push eax; popf
        assertEquals("CPAZSO", a.status());
        a.set(EAX, 0).run("9F"); // lahf
        assertEquals(0xD7, (a.r(EAX) >>> 8) & 0xFF);
    }

    @Test
    void indirectCallThroughMemory() {
        Asm a = new Asm();
        a.g.w32(Guest.DATA, Guest.CODE + 8);
        // call [DATA]; hlt-path: the target at CODE+8: mov eax, 3; ret   (CODE+6: jmp to end)
        a.run("FF 15 00 00 02 00 EB 06 B8 03 00 00 00 C3");
        assertEquals(3, a.r(EAX));
    }

    @Test
    void cpuidAndRdtsc() {
        Asm a = new Asm().set(EAX, 0).run("0F A2");
        byte[] v = new byte[12];
        int[] regs = {a.r(EBX), a.r(EDX), a.r(ECX)};
        for (int i = 0; i < 12; i++) {
            v[i] = (byte) (regs[i / 4] >>> (8 * (i % 4)));
        }
        assertEquals(SystemOps.VENDOR, new String(v, java.nio.charset.StandardCharsets.US_ASCII));
        a.run("0F 31 89 C3 90 90 0F 31");
        assertEquals(4, a.r(EAX) - a.r(EBX), "rdtsc counts retired instructions");
    }
}
