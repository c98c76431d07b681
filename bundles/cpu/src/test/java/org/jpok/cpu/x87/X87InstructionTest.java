package org.jpok.cpu.x87;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jpok.cpu.x87.OracleEmulation.Host;
import org.jpok.cpu.x87.OracleEmulation.X87FaultForTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Instruction families through the decoder, with a host whose memory operand is a 512-byte buffer. */
class X87InstructionTest {

    private X87 fpu;
    private Host host;

    @BeforeEach
    void setUp() {
        fpu = new X87();
        host = new Host(new byte[512], 0x202);
    }

    private void run(int opcode, int modrm) {
        fpu.execute(opcode, modrm, host);
    }

    private void loadDouble(double d) {
        host.write(0, 8, Double.doubleToRawLongBits(d));
        run(0xDD, 0x00); // fld qword [mem]
    }

    private double storeDouble() {
        run(0xDD, 0x18); // fstp qword [mem]
        return Double.longBitsToDouble(host.read(0, 8));
    }

    @Test
    void initStateMatchesFninit() {
        run(0xDB, 0xE3);
        assertEquals(0x037F, fpu.controlWord());
        assertEquals(0, fpu.statusWord());
        assertEquals(0xFFFF, fpu.tagWord());
    }

    @Test
    void loadsArithmeticAndStores() {
        loadDouble(1.5);
        loadDouble(2.25);
        run(0xDE, 0xC1); // faddp st1, st0
        assertEquals(7, fpu.top());
        assertEquals(3.75, storeDouble());
        assertEquals(0, fpu.top());
        loadDouble(10);
        loadDouble(4);
        run(0xDE, 0xF9); // fdivp: st1 = st1 / st0
        assertEquals(2.5, storeDouble());
        loadDouble(10);
        loadDouble(4);
        run(0xDE, 0xE9); // fsubp: st1 = st1 - st0
        assertEquals(6, storeDouble());
    }

    @Test
    void integerAndExtendedForms() {
        host.write(0, 4, -7);
        run(0xDB, 0x00); // fild dword
        host.write(0, 2, 3);
        run(0xDE, 0x08); // fimul word
        run(0xDB, 0x18); // fistp dword
        assertEquals(-21, (int) host.read(0, 4));
        loadDouble(0.1);
        run(0xDB, 0x38); // fstp tbyte
        run(0xDB, 0x28); // fld tbyte
        assertEquals(0.1, storeDouble());
        host.write(0, 8, 0x1234L);
        host.write(8, 2, 0x8000);
        run(0xDF, 0x20); // fbld
        run(0xDF, 0x38); // fistp qword
        assertEquals(-1234, host.read(0, 8));
    }

    @Test
    void castRoundingFollowsControlWord() {
        // gcc sets RC to "toward zero" around fistp for C casts
        host.write(0, 2, 0x0C7F);
        run(0xD9, 0x28); // fldcw
        loadDouble(-2.7);
        run(0xDB, 0x18); // fistp dword
        assertEquals(-2, (int) host.read(0, 4));
        run(0xD9, 0x38); // fnstcw
        assertEquals(0x0C7F, (int) host.read(0, 2));
    }

    @Test
    void comparesSetConditionCodesAndEflags() {
        loadDouble(1);
        loadDouble(2);
        run(0xD8, 0xD1); // fcom st1: 2 > 1
        run(0xDF, 0xE0); // fnstsw ax
        assertEquals(0, host.eax & 0x4500);
        run(0xDB, 0xF1); // fcomi st1
        assertEquals(0, host.eflags & 0x45);
        run(0xD9, 0xC9); // fxch
        run(0xDF, 0xF1); // fcomip st1: 1 < 2, pops
        assertEquals(0x01, host.eflags & 0x45);
        assertEquals(7, fpu.top());
        loadDouble(Double.NaN);
        run(0xDB, 0xE9); // fucomi st1: unordered, quiet NaN raises nothing
        assertEquals(0x45, host.eflags & 0x45);
        assertEquals(0, fpu.statusWord() & X87Env.IE);
        run(0xDB, 0xF1); // fcomi st1 with a NaN: IE
        assertEquals(X87Env.IE, fpu.statusWord() & X87Env.IE);
    }

    @Test
    void fcmovAndFxam() {
        loadDouble(5);
        loadDouble(-0.0);
        run(0xD9, 0xE5); // fxam: zero, negative
        assertEquals(X87Env.C3 | X87Env.C1, fpu.statusWord() & (X87Env.C0 | X87Env.C1 | X87Env.C2 | X87Env.C3));
        host.eflags = 0x202 | 0x40; // ZF
        run(0xDA, 0xC9); // fcmove st0, st1
        assertEquals(5.0, storeDouble());
    }

    @Test
    void stackFaultsGiveIndefiniteWhenMasked() {
        run(0xD8, 0xC1); // fadd st0, st1 on an empty stack
        int sw = fpu.statusWord();
        assertEquals(X87Env.IE | X87Env.SF, sw & (X87Env.IE | X87Env.SF));
        assertEquals(0, sw & X87Env.C1, "underflow clears C1");
        for (int i = 0; i < 8; i++) {
            loadDouble(i);
        }
        run(0xDB, 0xE2); // fnclex
        loadDouble(9); // ninth push: overflow
        assertEquals(X87Env.IE | X87Env.SF | X87Env.C1, fpu.statusWord() & (X87Env.IE | X87Env.SF | X87Env.C1));
        assertTrue(Double.isNaN(storeDouble()));
    }

    @Test
    void deviceNotAvailableWhenEmOrTs() {
        host.cr0 |= X87Host.CR0_TS;
        X87FaultForTest f = assertThrows(X87FaultForTest.class, () -> run(0xD9, 0xE8));
        assertEquals(7, f.vector);
        host.cr0 &= ~X87Host.CR0_TS;
        host.cr0 |= X87Host.CR0_EM;
        assertEquals(7, assertThrows(X87FaultForTest.class, () -> run(0xD9, 0xE8)).vector);
        host.cr0 &= ~X87Host.CR0_EM;
        fpu.fwait(host); // EM alone does not stop fwait
    }

    @Test
    void unmaskedExceptionFaultsOnNextWaitingInstruction() {
        host.write(0, 2, 0x037B); // unmask ZE
        run(0xD9, 0x28);
        loadDouble(1);
        loadDouble(0);
        run(0xDE, 0xF9); // fdivp: 1/0 with ZE unmasked
        assertEquals(X87Env.ZE | X87Env.ES | X87Env.B, fpu.statusWord() & (X87Env.ZE | X87Env.ES | X87Env.B));
        assertEquals(6, fpu.top(), "no pop when the exception is unmasked");
        run(0xDF, 0xE0); // fnstsw ax does not wait
        assertEquals(16, assertThrows(X87FaultForTest.class, () -> fpu.fwait(host)).vector);
        assertEquals(16, assertThrows(X87FaultForTest.class, () -> run(0xD9, 0xE8)).vector);
        run(0xDB, 0xE2); // fnclex
        fpu.fwait(host);
        host.cr0 &= ~X87Host.CR0_NE;
        run(0xDE, 0xF9);
        fpu.fwait(host); // with NE clear the error goes to FERR#, not #MF
    }

    @Test
    void fxsaveRoundTripsThroughTheContextLayout() {
        loadDouble(Math.PI);
        loadDouble(-2);
        host.write(0, 2, 0x0A7F);
        run(0xD9, 0x28);
        byte[] image = new byte[512];
        fpu.saveFxImage(image);
        assertEquals(0x0A7F, X87Images.getShort(image, 0));
        assertEquals(6 << 11, X87Images.getShort(image, 2) & 0x3800);
        assertEquals(0xC0, image[4] & 0xFF, "abridged tag: physical registers 6 and 7 in use");
        assertEquals(0x1F80, X87Images.getInt(image, 24));
        X87 other = new X87();
        other.loadFxImage(image);
        byte[] again = new byte[512];
        other.saveFxImage(again);
        assertArrayEquals(image, again);
        fpu.fxsave(host);
        X87 third = new X87();
        third.fxrstor(host);
        assertEquals(fpu.tagWord(), third.tagWord());
        assertEquals(fpu.st(1), third.st(1));
    }

    @Test
    void fnsaveReinitialisesAndFrstorRestores() {
        loadDouble(42);
        run(0xDD, 0x30); // fnsave
        assertEquals(0xFFFF, fpu.tagWord());
        assertEquals(0x037F, (int) host.read(0, 2));
        run(0xDD, 0x20); // frstor
        assertEquals(42.0, storeDouble());
    }

    @Test
    void constantsAndUnaryOps() {
        run(0xD9, 0xEB); // fldpi
        run(0xD9, 0xE0); // fchs
        run(0xD9, 0xE1); // fabs
        assertEquals(Math.PI, storeDouble());
        run(0xD9, 0xE8); // fld1
        run(0xD9, 0xE8);
        run(0xD9, 0xC1); // fld st1
        run(0xDE, 0xC1); // faddp -> 2
        run(0xD9, 0xFA); // fsqrt
        run(0xD9, 0xFC); // frndint -> 1
        run(0xD9, 0xFD); // fscale: 1 * 2^1
        assertEquals(2.0, storeDouble());
    }

    @Test
    void undefinedEncodingsRaiseUd() {
        assertEquals(6, assertThrows(X87FaultForTest.class, () -> run(0xD9, 0xD1)).vector);
        assertEquals(6, assertThrows(X87FaultForTest.class, () -> run(0xD9, 0x08)).vector);
        assertEquals(6, assertThrows(X87FaultForTest.class, () -> run(0xDB, 0xE5)).vector);
    }
}
