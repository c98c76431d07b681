package org.jpok.cpu.conformance;

import static org.jpok.cpu.conformance.CaseBuilder.AF;
import static org.jpok.cpu.conformance.CaseBuilder.CF;
import static org.jpok.cpu.conformance.CaseBuilder.DF;
import static org.jpok.cpu.conformance.CaseBuilder.EAX;
import static org.jpok.cpu.conformance.CaseBuilder.EBP;
import static org.jpok.cpu.conformance.CaseBuilder.EBX;
import static org.jpok.cpu.conformance.CaseBuilder.ECX;
import static org.jpok.cpu.conformance.CaseBuilder.EDI;
import static org.jpok.cpu.conformance.CaseBuilder.EDX;
import static org.jpok.cpu.conformance.CaseBuilder.ESI;
import static org.jpok.cpu.conformance.CaseBuilder.ESP;
import static org.jpok.cpu.conformance.CaseBuilder.OF;
import static org.jpok.cpu.conformance.CaseBuilder.PF;
import static org.jpok.cpu.conformance.CaseBuilder.SF;
import static org.jpok.cpu.conformance.CaseBuilder.STATUS;
import static org.jpok.cpu.conformance.CaseBuilder.ZF;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Table-driven random cases over the ring-3 integer instruction families, from a fixed seed.
 *
 * <p>Undefined-flag mask table (SDM vol. 2; these bits are never compared):
 * <pre>
 *  and or xor test              AF
 *  shl shr sar (count&31 != 0)  AF; OF if count&31 > 1; CF too for shl/shr when count >= width (8/16-bit)
 *  rol ror rcl rcr              OF if count&31 > 1
 *  shld shrd (count&31 != 0)    AF; OF if count&31 > 1   (16-bit counts above 16 are not generated)
 *  mul imul (all forms)         SF ZF AF PF
 *  div idiv                     CF OF SF ZF AF PF (also when they fault)
 *  bt bts btr btc               OF SF AF PF
 *  bsf bsr                      CF OF SF AF PF, and the destination register when the source is 0
 *  daa das                      OF
 *  aaa aas                      OF SF ZF PF
 *  aam aad                      OF AF CF
 *  every other family           none
 * </pre>
 */
final class CaseGenerator {
    private record Family(String name, int weight, Consumer<CaseBuilder> gen) {
    }

    private final Random rnd;
    private final List<Family> families = List.of(
            new Family("alu", 10, CaseGenerator::alu),
            new Family("logic", 6, CaseGenerator::logic),
            new Family("incdec", 4, CaseGenerator::incDec),
            new Family("negnot", 3, CaseGenerator::negNot),
            new Family("shift", 8, CaseGenerator::shift),
            new Family("rotate", 8, CaseGenerator::rotate),
            new Family("shxd", 6, CaseGenerator::shxd),
            new Family("mul", 6, CaseGenerator::mul),
            new Family("div", 6, CaseGenerator::div),
            new Family("bit", 5, CaseGenerator::bit),
            new Family("bsf", 3, CaseGenerator::bsf),
            new Family("setcc", 3, CaseGenerator::setcc),
            new Family("cmovcc", 3, CaseGenerator::cmovcc),
            new Family("bswap", 1, CaseGenerator::bswap),
            new Family("xadd", 2, CaseGenerator::xadd),
            new Family("cmpxchg", 3, CaseGenerator::cmpxchg),
            new Family("cmpxchg8b", 2, CaseGenerator::cmpxchg8b),
            new Family("string", 10, CaseGenerator::string),
            new Family("movx", 3, CaseGenerator::movx),
            new Family("lea", 3, CaseGenerator::lea),
            new Family("mov", 3, CaseGenerator::mov),
            new Family("xchg", 2, CaseGenerator::xchg),
            new Family("stack", 6, CaseGenerator::stack),
            new Family("conv", 1, CaseGenerator::conv),
            new Family("flagop", 2, CaseGenerator::flagop),
            new Family("control", 5, CaseGenerator::control),
            new Family("segment", 3, CaseGenerator::segment),
            new Family("ldt", 4, CaseGenerator::ldt),
            new Family("fault", 4, CaseGenerator::fault),
            new Family("sequence", 5, CaseGenerator::sequence),
            new Family("smc", 3, CaseGenerator::selfModifying),
            new Family("far", 3, CaseGenerator::far),
            new Family("bcd", 2, CaseGenerator::bcd),
            new Family("misc", 3, CaseGenerator::misc),
            new Family("prefixes", 3, CaseGenerator::prefixes),
            new Family("trap", 1, CaseGenerator::trapFlag),
            new Family("descriptor", 2, CaseGenerator::descriptor),
            new Family("addr16", 3, CaseGenerator::addr16));
    private final int totalWeight = families.stream().mapToInt(Family::weight).sum();

    CaseGenerator(long seed) {
        rnd = new Random(seed);
    }

    ConformanceCase next() {
        int w = rnd.nextInt(totalWeight);
        for (Family f : families) {
            w -= f.weight();
            if (w < 0) {
                CaseBuilder b = new CaseBuilder(rnd, f.name());
                f.gen().accept(b);
                return b.build();
            }
        }
        throw new AssertionError();
    }

    private static int size(CaseBuilder b) {
        return b.pick(8, 16, 32);
    }

    // --- arithmetic and logic -----------------------------------------------------------------

    /** op: 0 add, 1 or, 2 adc, 3 sbb, 4 and, 5 sub, 6 xor, 7 cmp. */
    private static void aluOp(CaseBuilder b, int op, boolean allowMem) {
        int size = size(b);
        boolean writes = op != 7;
        int form = b.u(5);
        int mem = allowMem ? 40 : 0;
        boolean lock = writes && b.chance(10);
        if (lock) {
            b.b(0xF0);
        }
        b.maybeSegment();
        b.opsize(size);
        int w = size == 8 ? 0 : 1;
        switch (form) {
            case 0 -> {
                b.b(op * 8 + w);
                b.rm(b.u(8), size, lock ? 100 : mem);
            }
            case 1 -> {
                b.b(op * 8 + 2 + w);
                b.rm(b.u(8), size, mem);
            }
            case 2 -> {
                b.b(op * 8 + 4 + w);
                b.imm(b.value32(), size == 8 ? 8 : size);
            }
            case 3 -> {
                b.b(0x80 + w);
                b.rm(op, size, lock ? 100 : mem);
                b.imm(b.value32(), size == 8 ? 8 : size);
            }
            default -> {
                b.b(size == 8 ? 0x80 : 0x83);
                b.rm(op, size, lock ? 100 : mem);
                b.imm(b.value32(), 8);
            }
        }
    }

    static void alu(CaseBuilder b) {
        aluOp(b, b.pick(0, 2, 3, 5, 7), true);
    }

    static void logic(CaseBuilder b) {
        b.undefined |= AF;
        if (b.chance(25)) { // test
            int size = size(b);
            b.maybeSegment();
            b.opsize(size);
            int w = size == 8 ? 0 : 1;
            switch (b.u(3)) {
                case 0 -> {
                    b.b(0x84 + w);
                    b.rm(b.u(8), size, 40);
                }
                case 1 -> {
                    b.b(0xA8 + w);
                    b.imm(b.value32(), size);
                }
                default -> {
                    b.b(0xF6 + w);
                    b.rm(0, size, 40);
                    b.imm(b.value32(), size);
                }
            }
            return;
        }
        aluOp(b, b.pick(1, 4, 6), true);
    }

    static void incDec(CaseBuilder b) {
        int size = size(b);
        if (size != 8 && b.chance(30)) {
            b.opsize(size);
            b.b(b.pick(0x40, 0x48) + b.u(8));
            return;
        }
        if (b.chance(10)) {
            b.b(0xF0);
            b.opsize(size);
            b.b(size == 8 ? 0xFE : 0xFF);
            b.rm(b.u(2), size, 100);
            return;
        }
        b.maybeSegment();
        b.opsize(size);
        b.b(size == 8 ? 0xFE : 0xFF);
        b.rm(b.u(2), size, 40);
    }

    static void negNot(CaseBuilder b) {
        int size = size(b);
        b.maybeSegment();
        b.opsize(size);
        b.b(size == 8 ? 0xF6 : 0xF7);
        b.rm(b.pick(2, 3), size, 40);
    }

    // --- shifts and rotates -------------------------------------------------------------------

    private static int shiftCount(CaseBuilder b, int size) {
        return b.chance(60) ? b.pick(0, 1, 2, size - 1, size, size + 1, 31, 32, 33, 63, 0xFF) : b.u(256);
    }

    /** Emits a group-2 shift or rotate with sub-opcode {@code sub}; returns the count (or -1 for "by 1"). */
    private static int group2(CaseBuilder b, int sub, int size) {
        int form = b.u(3);
        int count = form == 0 ? 1 : shiftCount(b, size);
        if (form == 2) {
            b.fix(ECX);
            b.gpr[ECX] = b.gpr[ECX] & ~0xFF | count;
        }
        b.maybeSegment();
        b.opsize(size);
        int w = size == 8 ? 0 : 1;
        b.b((form == 0 ? 0xD0 : form == 1 ? 0xC0 : 0xD2) + w);
        b.rm(sub, size, 40);
        if (form == 1) {
            b.b(count);
        }
        return count;
    }

    static void shift(CaseBuilder b) {
        int size = size(b);
        int sub = b.pick(4, 5, 7);
        int count = group2(b, sub, size) & 31;
        if (count != 0) {
            b.undefined |= AF;
            if (count > 1) {
                b.undefined |= OF;
            }
            if (sub != 7 && count >= size) {
                b.undefined |= CF;
            }
        }
    }

    static void rotate(CaseBuilder b) {
        int size = size(b);
        int count = group2(b, b.u(4), size) & 31;
        if (count > 1) {
            b.undefined |= OF;
        }
    }

    static void shxd(CaseBuilder b) {
        int size = b.pick(16, 32);
        boolean byCl = b.chance(50);
        int count = b.chance(50) ? b.pick(0, 1, 2, 8, 15, 16, 31, 32, 33) : b.u(256);
        if (size == 16 && (count & 31) > 16) {
            count &= ~16; // above 16 the result is undefined
        }
        if (byCl) {
            b.fix(ECX);
            b.gpr[ECX] = b.gpr[ECX] & ~0xFF | count;
        }
        b.maybeSegment();
        b.opsize(size);
        b.b(0x0F, b.pick(0xA4, 0xAC) + (byCl ? 1 : 0));
        b.rm(b.u(8), size, 40);
        if (!byCl) {
            b.b(count);
        }
        int masked = count & 31;
        if (masked != 0) {
            b.undefined |= AF | (masked > 1 ? OF : 0);
        }
    }

    // --- multiply and divide ------------------------------------------------------------------

    static void mul(CaseBuilder b) {
        b.undefined |= SF | ZF | AF | PF;
        int form = b.u(4);
        int size = form == 0 ? size(b) : b.pick(16, 32);
        b.maybeSegment();
        b.opsize(size);
        switch (form) {
            case 0 -> {
                b.fix(EAX, EDX);
                b.b(size == 8 ? 0xF6 : 0xF7);
                b.rm(b.pick(4, 5), size, 40);
            }
            case 1 -> {
                b.b(0x0F, 0xAF);
                b.rm(b.u(8), size, 40);
            }
            case 2 -> {
                b.b(0x69);
                b.rm(b.u(8), size, 40);
                b.imm(b.value32(), size);
            }
            default -> {
                b.b(0x6B);
                b.rm(b.u(8), size, 40);
                b.imm(b.value32(), 8);
            }
        }
    }

    static void div(CaseBuilder b) {
        b.undefined |= STATUS;
        int size = size(b);
        boolean signed = b.chance(50);
        b.fix(EAX, EDX);
        long m = size == 32 ? 0xFFFFFFFFL : (1L << size) - 1;
        long divisor;
        long dividend;
        int mode = b.u(10);
        if (mode == 0) {
            divisor = 0;
            dividend = b.rnd.nextLong();
        } else if (mode == 1) { // quotient overflow
            divisor = signed ? -1 : 1 + b.u(3);
            dividend = signed ? -(1L << (size - 1)) * (b.chance(50) ? 1 : 2) : (m + 1) * divisor + b.u(5);
        } else {
            divisor = b.value32() & m;
            if (divisor == 0) {
                divisor = 1 + b.u(7);
            }
            if (signed) {
                divisor = divisor << (64 - size) >> (64 - size);
            }
            long q = b.value32() & m;
            if (signed) {
                q = q << (64 - size) >> (64 - size);
            } else if (b.chance(50)) {
                q = q & (m >>> b.u(size)); // smaller quotients
            }
            long r = Math.abs(divisor) <= 1 ? 0 : Math.floorMod(b.rnd.nextLong(), Math.abs(divisor));
            if (signed) {
                long p = q * divisor;
                if (p < 0 || p == 0 && b.chance(50)) {
                    r = -r; // the remainder takes the dividend's sign
                }
                dividend = p + r;
            } else {
                dividend = q * divisor + r;
            }
        }
        // place the dividend: AX for 8-bit, DX:AX for 16, EDX:EAX for 32
        if (size == 8) {
            b.gpr[EAX] = b.gpr[EAX] & ~0xFFFF | (int) (dividend & 0xFFFF);
        } else if (size == 16) {
            b.gpr[EAX] = b.gpr[EAX] & ~0xFFFF | (int) (dividend & 0xFFFF);
            b.gpr[EDX] = b.gpr[EDX] & ~0xFFFF | (int) (dividend >>> 16 & 0xFFFF);
        } else {
            b.gpr[EAX] = (int) dividend;
            b.gpr[EDX] = (int) (dividend >>> 32);
        }
        b.maybeSegment();
        b.opsize(size);
        b.b(size == 8 ? 0xF6 : 0xF7);
        int sub = signed ? 7 : 6;
        if (b.chance(40)) {
            int off = b.dataOffset(size / 8);
            b.poke(off, (int) divisor);
            b.address(sub, Layout.DATA + off, true);
        } else {
            int r = b.freeReg(size);
            if (size == 8 && (r & 3) == EDX) {
                r = b.pick(1, 3, 5, 7); // DL/DH are free for 8-bit division, but keep it simple
            }
            b.modrmReg(sub, r);
            b.setReg(size, r, (int) divisor);
        }
    }

    // --- bits ---------------------------------------------------------------------------------

    static void bit(CaseBuilder b) {
        b.undefined |= OF | SF | AF | PF;
        int size = b.pick(16, 32);
        int op = b.u(4); // bt bts btr btc
        boolean imm = b.chance(40);
        boolean lock = op != 0 && b.chance(10);
        if (lock) {
            b.b(0xF0);
        }
        b.opsize(size);
        if (imm) {
            b.b(0x0F, 0xBA);
            b.rm(4 + op, size, lock ? 100 : 40);
            b.b(b.chance(50) ? b.u(size) : b.u(256));
            return;
        }
        b.b(0x0F, 0xA3 + 8 * op);
        int reg = b.freeReg(size);
        if (lock || b.chance(40)) {
            // a register bit offset reaches other words of memory: keep it within the page
            b.fix(reg);
            b.setReg(size, reg, b.u(0x1000) - 0x800);
            int off = 0x600 + b.u(0x200);
            b.poke(off & ~3, b.value32());
            b.address(reg, Layout.DATA + off, true);
        } else {
            b.modrmReg(reg, b.u(8));
        }
    }

    static void bsf(CaseBuilder b) {
        b.undefined |= CF | OF | SF | AF | PF;
        int size = b.pick(16, 32);
        b.maybeSegment();
        b.opsize(size);
        b.b(0x0F, b.pick(0xBC, 0xBD));
        int dest = b.u(8);
        int source = b.chance(20) ? 0 : b.chance(30) ? 1 << b.u(size) : b.value32();
        if (b.chance(40)) {
            int off = b.dataOffset(size / 8);
            b.poke(off, source);
            b.address(dest, Layout.DATA + off, true);
        } else {
            int src = b.u(8);
            b.modrmReg(dest, src);
            if (src != dest || b.chance(50)) {
                b.setReg(size, src, source);
            }
            source = b.getReg(size, src);
        }
        if ((source & CaseBuilder.mask(size)) == 0) {
            b.ignored |= 1 << dest;
        }
    }

    static void setcc(CaseBuilder b) {
        b.maybeSegment();
        b.b(0x0F, 0x90 + b.u(16));
        b.rm(0, 8, 30);
    }

    static void cmovcc(CaseBuilder b) {
        int size = b.pick(16, 32);
        b.maybeSegment();
        b.opsize(size);
        b.b(0x0F, 0x40 + b.u(16));
        b.rm(b.u(8), size, 30);
    }

    static void bswap(CaseBuilder b) {
        b.b(0x0F, 0xC8 + b.u(8));
    }

    // --- exchange and compare -----------------------------------------------------------------

    static void xadd(CaseBuilder b) {
        int size = size(b);
        boolean lock = b.chance(15);
        if (lock) {
            b.b(0xF0);
        }
        b.opsize(size);
        b.b(0x0F, size == 8 ? 0xC0 : 0xC1);
        b.rm(b.u(8), size, lock ? 100 : 40);
    }

    static void cmpxchg(CaseBuilder b) {
        int size = size(b);
        boolean lock = b.chance(15);
        if (lock) {
            b.b(0xF0);
        }
        b.fix(EAX);
        b.opsize(size);
        b.b(0x0F, size == 8 ? 0xB0 : 0xB1);
        int reg = b.u(8);
        if (lock || b.chance(50)) {
            int off = b.dataOffset(size / 8);
            int v = b.value32();
            b.poke(off, v);
            if (b.chance(50)) {
                b.setReg(size, EAX, v);
            }
            b.address(reg, Layout.DATA + off, true);
        } else {
            int rm = b.u(8);
            b.modrmReg(reg, rm);
            if (b.chance(50)) {
                b.setReg(size, EAX, b.getReg(size, rm));
            }
        }
    }

    static void cmpxchg8b(CaseBuilder b) {
        b.fix(EAX, EDX, EBX, ECX);
        if (b.chance(5)) {
            b.b(0x0F, 0xC7, 0xC8 + b.u(8)); // register operand: #UD
            return;
        }
        if (b.chance(20)) {
            b.b(0xF0);
        }
        b.b(0x0F, 0xC7);
        int off = b.dataOffset(8);
        int lo = b.value32();
        int hi = b.value32();
        b.poke(off, lo);
        b.poke(off + 4, hi);
        if (b.chance(50)) {
            b.gpr[EAX] = lo;
            b.gpr[EDX] = hi;
        } else if (b.chance(50)) {
            b.gpr[EAX] = lo; // only the high half differs
        }
        b.address(1, Layout.DATA + off, true);
    }

    // --- strings ------------------------------------------------------------------------------

    static void string(CaseBuilder b) {
        int size = size(b);
        int op = b.pick(0xA4, 0xAA, 0xAC, 0xA6, 0xAE); // movs stos lods cmps scas
        boolean compares = op == 0xA6 || op == 0xAE;
        int rep = b.u(3); // none, rep/repe, repne (compares only)
        boolean down = b.chance(30);
        b.eflags = down ? b.eflags | DF : b.eflags & ~DF;
        int width = size / 8;
        int count = rep == 0 ? 1 : b.chance(10) ? 0 : 1 + b.u(24);
        if (rep != 0) {
            b.gpr[ECX] = count;
        }
        int span = Math.max(count, 1) * width;
        int src = down ? 0x100 + span + b.u(0x500) : 0x100 + b.u(0x500);
        int dst = down ? 0x800 + span + b.u(0x500) : 0x800 + b.u(0x500);
        if (compares && b.chance(40)) {
            dst = src + (b.chance(50) ? 0 : b.u(3) * width); // equal runs make repe go on
        }
        b.gpr[ESI] = Layout.DATA + src;
        b.gpr[EDI] = Layout.DATA + dst;
        if (op == 0xAE && b.chance(50)) { // scas over a run of the accumulator's value
            int first = down ? dst - 12 : dst;
            for (int k = 0; k < 4; k++) {
                b.poke(first + 4 * k, repeat(b.gpr[EAX], size));
            }
        }
        if (rep == 1) {
            b.b(0xF3);
        } else if (rep == 2) {
            b.b(compares ? 0xF2 : 0xF3);
        }
        if (op != 0xAA && op != 0xAE && b.chance(15)) {
            b.maybeSegment(); // source override
        }
        b.opsize(size);
        b.b(op + (size == 8 ? 0 : 1));
    }

    private static int repeat(int v, int size) {
        return size == 8 ? (v & 0xFF) * 0x01010101 : size == 16 ? (v & 0xFFFF) * 0x00010001 : v;
    }

    // --- moves --------------------------------------------------------------------------------

    static void movx(CaseBuilder b) {
        int size = b.pick(16, 32);
        b.maybeSegment();
        b.opsize(size);
        int op = b.pick(0xB6, 0xB7, 0xBE, 0xBF);
        b.b(0x0F, op);
        b.rm(b.u(8), (op & 1) == 0 ? 8 : 16, 40);
    }

    static void lea(CaseBuilder b) {
        int size = b.pick(16, 32, 32);
        b.opsize(size);
        b.b(0x8D);
        b.address(b.u(8), 0, false);
    }

    static void mov(CaseBuilder b) {
        int size = size(b);
        int w = size == 8 ? 0 : 1;
        b.maybeSegment();
        b.opsize(size);
        switch (b.u(5)) {
            case 0 -> {
                b.b(0x88 + w);
                b.rm(b.u(8), size, 50);
            }
            case 1 -> {
                b.b(0x8A + w);
                b.rm(b.u(8), size, 50);
            }
            case 2 -> {
                b.b(0xC6 + w);
                b.rm(0, size, 50);
                b.imm(b.value32(), size);
            }
            case 3 -> {
                b.b((size == 8 ? 0xB0 : 0xB8) + b.u(8));
                b.imm(b.value32(), size);
            }
            default -> { // moffs forms
                int off = b.dataOffset(4);
                b.poke(off, b.value32());
                b.b(0xA0 + w + 2 * b.u(2));
                b.imm(Layout.DATA + off, 32);
            }
        }
    }

    static void xchg(CaseBuilder b) {
        int size = size(b);
        if (size != 8 && b.chance(30)) {
            b.opsize(size);
            b.b(0x90 + 1 + b.u(7));
            return;
        }
        b.opsize(size);
        b.b(size == 8 ? 0x86 : 0x87);
        b.rm(b.u(8), size, 50);
    }

    static void conv(CaseBuilder b) {
        b.opsize(b.pick(16, 32));
        b.b(b.pick(0x98, 0x99));
    }

    static void flagop(CaseBuilder b) {
        if (b.chance(30)) {
            b.eflags |= DF;
        }
        b.b(b.pick(0xF5, 0xF8, 0xF9, 0xFC, 0xFD, 0x9E, 0x9F));
    }

    // --- stack --------------------------------------------------------------------------------

    static void stack(CaseBuilder b) {
        int size = b.pick(16, 32, 32);
        int sp = b.gpr[ESP];
        b.opsize(size);
        switch (b.u(10)) {
            case 0 -> b.b(0x50 + b.u(8));
            case 1 -> b.b(0x58 + b.u(8));
            case 2 -> {
                b.b(0x68);
                b.imm(b.value32(), size);
            }
            case 3 -> {
                b.b(0x6A, b.u(256));
            }
            case 4 -> {
                b.b(0xFF);
                b.rm(6, size, 100);
            }
            case 5 -> {
                b.b(0x8F);
                b.rm(0, size, 70);
            }
            case 6 -> {
                if (b.chance(50)) {
                    b.b(0x9C);
                } else {
                    // popf: status flags, DF, and IF/IOPL, which CPL 3 cannot change
                    b.poke(sp - Layout.DATA, b.rnd.nextInt() & 0x3ED5);
                    b.b(0x9D);
                }
            }
            case 7 -> b.b(b.pick(0x60, 0x61));
            case 8 -> {
                b.gpr[EBP] = Layout.DATA + 0xC00 + b.u(0x100);
                b.b(0xC8);
                b.imm(b.u(0x80), 16);
                b.b(b.pick(0, 1, 2, 3, 4, 7, 31, 32, 33));
            }
            default -> {
                b.gpr[EBP] = Layout.DATA + Layout.STACK_LOW + 0x80 + b.u(0x100);
                b.b(0xC9);
            }
        }
    }

    // --- control transfer ---------------------------------------------------------------------

    static void control(CaseBuilder b) {
        b.fix(ECX);
        b.gpr[ECX] = b.pick(0, 1, 2, 0x10000, -1, b.rnd.nextInt());
        switch (b.u(8)) {
            case 0 -> b.b(0x70 + b.u(16), 1, 0x40); // jcc over inc eax
            case 1 -> {
                b.b(0x0F, 0x80 + b.u(16));
                b.imm(1, 32);
                b.b(0x40);
            }
            case 2 -> {
                if (b.chance(30)) {
                    b.b(0x67); // CX instead of ECX
                }
                b.b(0xE0 + b.u(4), 1, 0x40); // loopne loope loop jecxz
            }
            case 3 -> b.b(0xEB, 1, 0x40);
            case 4 -> {
                b.b(0xE8);
                b.imm(1, 32);
                b.b(0x40);
            }
            case 5 -> { // call/jmp through a register or memory
                int sub = b.pick(2, 4);
                b.b(0xFF);
                if (b.chance(50)) {
                    int r = b.freeReg(32);
                    b.modrmReg(sub, r);
                    b.b(0x40);
                    b.gpr[r] = Layout.CODE + b.here();
                } else {
                    int off = b.dataOffset(4);
                    b.address(sub, Layout.DATA + off, true);
                    b.b(0x40);
                    b.poke(off, Layout.CODE + b.here());
                }
            }
            case 6 -> {
                boolean imm = b.chance(40);
                b.b(imm ? 0xC2 : 0xC3);
                if (imm) {
                    b.imm(b.pick(0, 4, 8, 0x10), 16);
                }
                b.b(0x40);
                b.poke(b.gpr[ESP] - Layout.DATA, Layout.CODE + b.here());
            }
            default -> {
                b.eflags = b.chance(50) ? b.eflags | OF : b.eflags & ~OF;
                b.b(0xCE); // into
            }
        }
    }

    // --- segments and faults ------------------------------------------------------------------

    private static final int[] SELECTORS = {0x2B, 0x28, 0x2A, 0x23, 0x20, 0, 3, 0x08, 0x0B, 0x10, 0x13, 0x18, 0x1B,
        0x80, 0x83, 0x1234, 0x07, 0x0F, 0x2F, 0xFFFF};

    /** Loads of segment registers, checked through a following access that uses the segment. */
    static void segment(CaseBuilder b) {
        int sreg = b.pick(0, 2, 3, 4, 5); // ES SS DS FS GS
        int sel = b.pick(SELECTORS);
        if ((sel & 4) != 0) {
            b.ldt = ConformanceCase.EMPTY_LDT;
        }
        int form = b.u(3);
        if (form == 2 && sreg != 4 && sreg != 5) { // pop es/ss/ds
            b.poke(b.gpr[ESP] - Layout.DATA, sel | b.rnd.nextInt() & 0xFFFF0000);
            b.b(sreg == 0 ? 0x07 : sreg == 2 ? 0x17 : 0x1F);
        } else {
            b.b(0x8E);
            if (form == 1) {
                int off = b.dataOffset(2);
                b.poke(off, sel | b.rnd.nextInt() & 0xFFFF0000);
                b.address(sreg, Layout.DATA + off, true);
            } else {
                int r = b.freeReg(32);
                b.fix(r);
                b.gpr[r] = b.gpr[r] & 0xFFFF0000 | sel;
                b.modrmReg(sreg, r);
            }
        }
        // use the segment: a read through it
        b.b(new int[] {0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65}[sreg == 0 ? 0 : sreg == 2 ? 2 : sreg == 3 ? 3 : sreg]);
        b.b(0x8B);
        int off = b.dataOffset(4);
        b.address(b.freeReg(32), Layout.DATA + off, true);
    }

    /**
     * An LDT data or code segment (installed natively through modify_ldt) loaded into FS, then
     * accessed near its limit: limit, type (read-only, expand-down, execute-only) and presence
     * checks, and rep string instructions that fault partway.
     */
    static void ldt(CaseBuilder b) {
        int variant = b.u(10);
        if (variant < 2) {
            ldtStack(b);
            return;
        }
        if (variant < 4) {
            ldtDestination(b);
            return;
        }
        int limit = ldtEntry(b);
        boolean expandDown = (b.ldt >>> 24 & 1) != 0;
        boolean string = b.chance(35);
        if (string) {
            b.fix(ESI, EDI, ECX);
        }
        loadLdtSelector(b, 4); // fs
        int size = b.pick(1, 2, 4);
        int off = expandDown ? limit + 1 + b.u(6) - 2
                : b.chance(60) ? limit - size + 1 + b.u(5) - 2 : b.u(limit + 1);
        off = Math.max(off, 0);
        if (!string) {
            b.b(0x64);
            if (size == 2) {
                b.b(0x66);
            }
            int w = size == 1 ? 0 : 1;
            switch (b.u(4)) {
                case 0 -> {
                    b.b(0x8A + w);
                    b.address(b.freeReg(32), off, true);
                }
                case 1 -> {
                    b.b(0x88 + w);
                    b.address(b.u(8), off, true);
                }
                case 2 -> {
                    b.b(0xFE + w);
                    b.address(0, off, true); // inc: read-modify-write
                }
                default -> {
                    b.b(0xC6 + w);
                    b.address(0, off, true);
                    b.imm(b.value32(), size * 8);
                }
            }
            return;
        }
        boolean rep = b.chance(60);
        boolean down = b.chance(25);
        b.eflags = down ? b.eflags | DF : b.eflags & ~DF;
        b.gpr[ESI] = down ? off + size * b.u(4) : Math.max(0, off - size * b.u(4));
        b.gpr[EDI] = Layout.DATA + 0xA00 + b.u(0x200);
        b.gpr[ECX] = 1 + b.u(12);
        if (rep) {
            b.b(0xF3);
        }
        b.b(0x64);
        if (size == 2) {
            b.b(0x66);
        }
        b.b(b.pick(0xA4, 0xAC) + (size == 1 ? 0 : 1)); // movs or lods from fs:esi
    }

    /** Installs a random LDT entry 0 (mostly read/write data) and returns its limit. */
    private static int ldtEntry(CaseBuilder b) {
        int kind = b.u(20);
        int flags = kind >= 12 && kind <= 13 ? 1 << 25 // read-only data
                : kind >= 14 && kind <= 16 ? 1 << 24 // expand-down
                : kind == 17 ? 1 << 26 // not present
                : kind == 18 ? 1 << 27 // readable code
                : kind == 19 ? 1 << 27 | 1 << 25 // execute-only code
                : 0;
        int limit = b.pick(0, 1, 3, 7, 0xFF, b.u(0x100), b.u(0x400));
        int base = b.u(0x400);
        b.ldt = 1 << 31 | flags | base << 12 | limit;
        return limit;
    }

    /** mov sreg, r with an LDT selector (RPL 0-3) in a fixed register. */
    private static void loadLdtSelector(CaseBuilder b, int sreg) {
        int r = b.freeReg(32);
        b.fix(r);
        b.gpr[r] = b.pick(0x07, 0x07, 0x04, 0x06, 0x05) | b.rnd.nextInt() & 0xFFFF0000;
        b.b(0x8E);
        b.modrmReg(sreg, r);
    }

    /** SS from the LDT (load checks, #SS on load of a not-present one), then stack accesses near its limit. */
    static void ldtStack(CaseBuilder b) {
        int limit = ldtEntry(b);
        boolean expandDown = (b.ldt >>> 24 & 1) != 0;
        b.fix(ESP);
        loadLdtSelector(b, 2);
        int sp = expandDown ? limit + 1 + b.u(12) : b.chance(30) ? b.u(9) : Math.max(0, limit - 6 + b.u(12));
        b.gpr[ESP] = sp;
        switch (b.u(6)) {
            case 0 -> b.b(0x50 + b.u(8));
            case 1 -> b.b(0x58 + b.pick(0, 1, 2, 3, 5, 6, 7));
            case 2 -> {
                b.b(0x6A, b.u(256));
            }
            case 3 -> {
                b.b(0xE8);
                b.imm(0, 32);
            }
            case 4 -> b.b(0x9C);
            default -> {
                b.opsize(16);
                b.b(0x50 + b.u(8));
            }
        }
    }

    /** ES from the LDT as the destination of stos/movs, near its limit (also partway through rep). */
    static void ldtDestination(CaseBuilder b) {
        int limit = ldtEntry(b);
        boolean expandDown = (b.ldt >>> 24 & 1) != 0;
        b.fix(ESI, EDI, ECX);
        loadLdtSelector(b, 0);
        int size = b.pick(1, 2, 4);
        boolean down = b.chance(25);
        b.eflags = down ? b.eflags | DF : b.eflags & ~DF;
        int off = expandDown ? limit + 1 + b.u(6) - 2 : Math.max(0, limit - size + 1 + b.u(5) - 2);
        b.gpr[EDI] = down ? off + size * b.u(4) : Math.max(0, off - size * b.u(4));
        b.gpr[ESI] = Layout.DATA + 0x100 + b.u(0x200);
        b.gpr[ECX] = 1 + b.u(10);
        if (b.chance(60)) {
            b.b(0xF3);
        }
        if (size == 2) {
            b.b(0x66);
        }
        b.b(b.pick(0xAA, 0xA4) + (size == 1 ? 0 : 1));
    }

    /**
     * arpl, lar, lsl, verr, verw on selectors whose descriptors agree between Linux's GDT and the
     * harness's (indexes 0-5) or lie beyond both limits, and on the LDT entry.
     */
    static void descriptor(CaseBuilder b) {
        int sel = b.pick(0x23, 0x2B, 0x20, 0x28, 0x2A, 0x08, 0x10, 0x18, 0x1B, 0, 3, 0x07, 0x04, 0x0F, 0x1234, 0xFFFF);
        if ((sel & 4) != 0) {
            if (b.chance(70)) {
                ldtEntry(b);
            } else {
                b.ldt = ConformanceCase.EMPTY_LDT;
            }
        }
        int op = b.u(5);
        if (op == 0) { // arpl r/m16, r16
            b.b(0x63);
            int reg = b.freeReg(16);
            b.setReg(16, reg, b.value32());
            if (b.chance(40)) {
                b.modrmMem(reg, b.dataOffset(2), true);
            } else {
                int rm = b.u(8);
                b.modrmReg(reg, rm);
                b.setReg(16, rm, sel);
            }
            return;
        }
        int size = b.pick(16, 32);
        if (op <= 2) {
            b.opsize(size);
            b.b(0x0F, op == 1 ? 0x02 : 0x03); // lar, lsl
        } else {
            b.b(0x0F, 0x00); // verr /4, verw /5
        }
        int reg = op <= 2 ? b.u(8) : op == 3 ? 4 : 5;
        if (b.chance(30)) {
            int off = b.dataOffset(2);
            b.poke(off, sel | b.rnd.nextInt() & 0xFFFF0000);
            b.address(reg, Layout.DATA + off, true);
        } else {
            int rm = b.freeReg(32);
            b.fix(rm);
            b.gpr[rm] = sel | b.rnd.nextInt() & 0xFFFF0000;
            b.modrmReg(reg, rm);
        }
    }

    /** The 16-bit ModRM bases and indexes: bx+si, bx+di, bp+si, bp+di, si, di, bp, bx. */
    private static final int[][] RM16 = {{EBX, ESI}, {EBX, EDI}, {EBP, ESI}, {EBP, EDI}, {ESI, -1}, {EDI, -1}, {EBP, -1}, {EBX, -1}};

    /**
     * The address-size prefix: 16-bit ModRM forms (offsets wrap at 64 KiB, the upper register
     * halves are ignored) reaching the low page, string instructions on SI/DI/CX, and lea.
     */
    static void addr16(CaseBuilder b) {
        int size = size(b);
        int target = 0x40 + b.u(Layout.PAGE - 0x80); // in the low page
        if (b.chance(25)) {
            int op = b.pick(0xA4, 0xAA, 0xAC, 0xA6, 0xAE);
            b.eflags = b.chance(30) ? b.eflags | DF : b.eflags & ~DF;
            int span = 24 * 4;
            int src = 0x100 + b.u(0x600) + ((b.eflags & DF) != 0 ? span : 0);
            int dst = 0x900 + b.u(0x600) + ((b.eflags & DF) != 0 ? span : 0);
            b.gpr[ESI] = b.rnd.nextInt() & 0xFFFF0000 | Layout.LOW + src;
            b.gpr[EDI] = b.rnd.nextInt() & 0xFFFF0000 | Layout.LOW + dst;
            boolean rep = b.chance(60);
            b.gpr[ECX] = rep ? b.rnd.nextInt() & 0xFFFF0000 | b.u(20) : b.gpr[ECX];
            if (rep) {
                b.b(op == 0xA6 || op == 0xAE ? b.pick(0xF3, 0xF2) : 0xF3);
            }
            b.b(0x67);
            b.opsize(size);
            b.b(op + (size == 8 ? 0 : 1));
            return;
        }
        boolean lea = b.chance(15);
        int[] form = RM16[b.u(8)];
        int mod = b.u(3);
        if (form[0] == EBP && form[1] == -1 && mod == 0) {
            mod = 1; // [bp] needs a displacement
        }
        boolean absolute = !lea && b.chance(10);
        int disp = absolute ? Layout.LOW + target : mod == 1 ? (byte) b.rnd.nextInt() : mod == 2 ? b.rnd.nextInt() & 0xFFFF : 0;
        if (!absolute) {
            int index = form[1] < 0 ? 0 : b.rnd.nextInt();
            if (form[1] >= 0) {
                b.gpr[form[1]] = index;
            }
            // the base takes what is left of the 16-bit sum; its upper half is noise
            b.gpr[form[0]] = b.rnd.nextInt() & 0xFFFF0000 | (Layout.LOW + target - index - disp) & 0xFFFF;
            b.fix(form[0]);
            if (form[1] >= 0) {
                b.fix(form[1]);
            }
        }
        if (!lea) {
            b.maybeSegment();
            b.poke(Layout.PAGE + Math.min(target, Layout.PAGE - 4), b.value32());
        }
        b.b(0x67);
        b.opsize(lea ? b.pick(16, 32) : size);
        int reg = b.u(8);
        int w = size == 8 ? 0 : 1;
        int op = b.u(8);
        if (lea) {
            b.b(0x8D);
        } else {
            switch (b.u(3)) {
                case 0 -> b.b(op * 8 + w);
                case 1 -> b.b(op * 8 + 2 + w);
                default -> b.b(0x88 + 2 * b.u(2) + w);
            }
            if (op == 1 || op == 4 || op == 6) {
                b.undefined |= AF;
            }
        }
        int rm = absolute ? 6 : b.indexOf(RM16, form);
        b.b((absolute ? 0 : mod) << 6 | reg << 3 | rm);
        if (absolute || mod == 2) {
            b.imm(disp, 16);
        } else if (mod == 1) {
            b.b(disp & 0xFF);
        }
    }

    static void fault(CaseBuilder b) {
        switch (b.u(10)) {
            case 0 -> b.b(b.pick(0xFA, 0xFB, 0xF4)); // cli sti hlt: #GP(0)
            case 1 -> {
                int op = b.pick(0xE4, 0xE5, 0xE6, 0xE7, 0xEC, 0xED, 0xEE, 0xEF, 0x6C, 0x6D, 0x6E, 0x6F);
                b.b(op);
                if (op < 0xE8) {
                    b.b(b.u(256));
                }
            }
            case 2 -> {
                int n;
                do {
                    n = b.u(256);
                } while (n == 0x80);
                b.b(0xCD, n); // int n: #GP((n<<3)|2) except 3 and 4
            }
            case 3 -> b.b(0x0F, 0x0B); // ud2
            case 4 -> {
                b.b(0xF0, b.pick(0x01, 0x09, 0x29, 0x31, 0x87, 0xFF, 0xF7)); // lock on a register form: #UD
                b.modrmReg(b.pick(0, 2, 3), b.u(8));
            }
            case 5 -> {
                b.b(0xF0, 0x89); // lock mov: #UD
                b.modrmMem(b.u(8), b.dataOffset(4), true);
            }
            case 6 -> {
                b.b(0x8D); // lea with a register operand: #UD
                b.modrmReg(b.u(8), b.u(8));
            }
            case 7 -> {
                b.b(0x8E); // mov cs: #UD
                b.modrmReg(1, b.u(8));
            }
            case 8 -> { // system instructions at CPL 3: #GP(0)
                switch (b.u(8)) {
                    case 0 -> b.b(0x0F, b.pick(0x20, 0x22), 0xC0 | b.pick(0, 2, 3, 4) << 3 | b.u(8)); // mov crN
                    case 1 -> b.b(0x0F, b.pick(0x21, 0x23), 0xC0 | b.pick(0, 1, 2, 3, 6, 7) << 3 | b.u(8)); // mov drN
                    case 2 -> {
                        b.b(0x0F, 0x01); // lgdt, lidt, lmsw
                        int sub = b.pick(2, 3, 6);
                        b.modrmMem(sub, b.dataOffset(6), true);
                    }
                    case 3 -> {
                        b.b(0x0F, 0x00); // lldt, ltr
                        b.modrmReg(b.pick(2, 3), b.u(8));
                    }
                    // clts invd wbinvd; not wrmsr/rdmsr: the host gives #GP(0), the core models no MSRs (#UD)
                    default -> b.b(0x0F, b.pick(0x06, 0x08, 0x09));
                }
            }
            default -> {
                b.b(b.pick(0x64, 0x65), 0x8B); // through a null FS/GS: #GP(0)
                b.modrmMem(b.u(8), b.dataOffset(4), true);
            }
        }
    }

    // --- self-modifying code, far transfers, BCD and the rest ---------------------------------

    /**
     * A store into the code that follows it: the next instruction must run as modified, which
     * tests the core's decoded-code invalidation (P6 and later CPUs detect such stores).
     */
    static void selfModifying(CaseBuilder b) {
        int kind = b.u(3);
        if (kind == 2) { // rep stosb over the following incs
            b.fix(EDI, ECX, EAX);
            b.eflags &= ~DF;
            b.gpr[ECX] = b.u(5);
            b.gpr[EAX] = b.gpr[EAX] & ~0xFF | b.pick(0x90, 0x48, 0xCC, 0x41);
            b.b(0xF3, 0xAA);
            b.gpr[EDI] = Layout.CODE + b.here() + b.u(2);
            b.b(0x40, 0x40, 0x40, 0x40, 0x40);
            return;
        }
        // a store with an absolute disp32 address, then the instruction it rewrites:
        // kind 0 rewrites bytes of a following mov eax, imm32; kind 1 the opcode of an inc eax
        int w = kind == 0 ? b.pick(1, 2, 4) : 1;
        int op = b.u(3); // mov imm, add imm, xor reg
        int start = b.here();
        if (w == 2) {
            b.b(0x66);
        }
        int value = kind == 1 ? b.pick(0x48, 0x90, 0xCC, 0xF4, 0x41, 0x4B) : b.value32();
        int reg = b.freeReg(32);
        switch (op) {
            case 0 -> b.b(w == 1 ? 0xC6 : 0xC7);
            case 1 -> b.b(w == 1 ? 0x80 : 0x81);
            default -> b.b(w == 1 ? 0x30 : 0x31);
        }
        // absolute disp32 addressing, so the length is known: modrm + disp32 (+ imm)
        int insnLen = b.here() - start + 5 + (op == 2 ? 0 : w == 1 ? 1 : w);
        int target = kind == 0 ? Layout.CODE + start + insnLen + 1 + b.u(4 - Math.min(w, 4) + 1) : Layout.CODE + start + insnLen;
        b.b((op == 2 ? reg : 0) << 3 | 5);
        b.imm(target, 32);
        if (op == 2) {
            b.setReg(w * 8, reg, kind == 1 ? value ^ 0x40 : value);
        } else if (op == 1) {
            b.imm(kind == 1 ? value - 0x40 : value, w * 8);
        } else {
            b.imm(value, w * 8);
        }
        if (kind == 0) {
            b.b(0xB8);
            b.imm(b.value32(), 32);
        } else {
            b.b(0x40); // inc eax, rewritten into another opcode
        }
    }

    private static final int[] FAR_SELECTORS = {0x23, 0x23, 0x23, 0x23, 0x20, 0x2B, 0x08, 0, 0x1234, 0x07};

    /** Far jmp/call/ret and iret at CPL 3 to the same code segment, or to selectors that fault. */
    static void far(CaseBuilder b) {
        int sel = b.pick(FAR_SELECTORS);
        if ((sel & 4) != 0) {
            b.ldt = ConformanceCase.EMPTY_LDT;
        }
        int sp = b.gpr[ESP] - Layout.DATA;
        int kind = b.u(6);
        switch (kind) {
            case 0, 1 -> { // jmp/call ptr16:32
                b.b(kind == 0 ? 0xEA : 0x9A);
                b.imm(Layout.CODE + 8, 32);
                b.imm(sel, 16);
                b.b(0x40);
                b.poke(sp - 4, 0); // the pushed CS slot: zero, whether the host writes 2 or 4 bytes
            }
            case 2, 3 -> { // jmp/call m16:32
                int off = b.dataOffset(6);
                b.fix(ESP);
                b.b(0xFF);
                b.address(kind == 2 ? 5 : 3, Layout.DATA + off, true);
                b.b(0x40);
                b.poke(off, Layout.CODE + b.here());
                b.poke(off + 4, sel | b.rnd.nextInt() & 0xFFFF0000);
                b.poke(sp - 4, 0);
            }
            case 4 -> { // lret [imm16]
                boolean imm = b.chance(40);
                b.b(imm ? 0xCA : 0xCB);
                if (imm) {
                    b.imm(b.pick(0, 4, 8), 16);
                }
                b.b(0x40);
                b.poke(sp, Layout.CODE + b.here());
                b.poke(sp + 4, sel | b.rnd.nextInt() & 0xFFFF0000);
            }
            default -> { // iret to CPL 3: IF and IOPL stay as they are
                b.b(0xCF, 0x40);
                b.poke(sp, Layout.CODE + 2);
                b.poke(sp + 4, sel | b.rnd.nextInt() & 0xFFFF0000);
                b.poke(sp + 8, b.rnd.nextInt() & 0x3ED5);
            }
        }
    }

    static void bcd(CaseBuilder b) {
        b.gpr[EAX] = b.gpr[EAX] & ~0xFFFF | (b.chance(50) ? b.u(0x10000) : b.pick(0, 9, 0x0A, 0x0F, 0x10, 0x99, 0x9A, 0xF9, 0xFA, 0xFF, 0x109, 0xFF0A));
        switch (b.u(6)) {
            case 0 -> {
                b.b(0x27);
                b.undefined |= OF;
            }
            case 1 -> {
                b.b(0x2F);
                b.undefined |= OF;
            }
            case 2 -> {
                b.b(0x37);
                b.undefined |= OF | SF | ZF | PF;
            }
            case 3 -> {
                b.b(0x3F);
                b.undefined |= OF | SF | ZF | PF;
            }
            case 4 -> {
                b.b(0xD4, b.chance(10) ? 0 : b.chance(50) ? 10 : b.u(256)); // aam 0: #DE
                b.undefined |= OF | AF | CF;
            }
            default -> {
                b.b(0xD5, b.chance(50) ? 10 : b.u(256));
                b.undefined |= OF | AF | CF;
            }
        }
    }

    /** xlat, multi-byte nops and hints, bound, mov from and push/pop of segment registers. */
    static void misc(CaseBuilder b) {
        int sp = b.gpr[ESP] - Layout.DATA;
        switch (b.u(7)) {
            case 0 -> {
                b.gpr[EBX] = Layout.DATA + 0x100 + b.u(0x800);
                b.maybeSegment();
                b.b(0xD7);
            }
            case 1 -> {
                if (b.chance(30)) {
                    b.b(b.pick(0x90, 0x66));
                    b.b(0x90);
                    break;
                }
                b.opsize(b.pick(16, 32));
                int op = b.pick(0x1F, 0x18, 0x0D, 0x1E);
                b.b(0x0F, op); // nop r/m and prefetch hints: no access
                if (op != 0x0D && b.chance(20)) { // AMD's prefetch 0F 0D has no register form (#UD)
                    b.modrmReg(0, b.u(8));
                } else {
                    b.address(b.u(4), 0, false);
                }
            }
            case 2 -> { // bound: #BR when out of range
                int size = b.pick(16, 32);
                int reg = b.freeReg(size);
                b.fix(reg);
                b.opsize(size);
                b.b(0x62);
                int off = b.dataOffset(8);
                int lo = b.value32();
                int hi = b.chance(70) ? lo + b.u(100) : b.value32();
                if (size == 16) {
                    b.poke(off, lo & 0xFFFF | hi << 16);
                } else {
                    b.poke(off, lo);
                    b.poke(off + 4, hi);
                }
                b.setReg(size, reg, b.chance(50) ? lo + b.u(110) - 5 : b.value32());
                b.address(reg, Layout.DATA + off, true);
            }
            case 3 -> { // mov r/m, sreg
                int size = b.pick(16, 32);
                b.opsize(size);
                b.b(0x8C);
                b.rm(b.pick(0, 1, 2, 3, 4, 5), size, 50);
            }
            case 4 -> { // push sreg; the slot starts at zero so 2- and 4-byte writes agree
                b.poke(sp - 4, 0);
                b.opsize(b.pick(16, 32));
                int s = b.u(6);
                if (s < 4) {
                    b.b(new int[] {0x06, 0x0E, 0x16, 0x1E}[s]);
                } else {
                    b.b(0x0F, s == 4 ? 0xA0 : 0xA8);
                }
            }
            case 5 -> { // pop fs/gs
                int sel = b.pick(SELECTORS);
                if ((sel & 4) != 0) {
                    b.ldt = ConformanceCase.EMPTY_LDT;
                }
                b.poke(sp, sel | b.rnd.nextInt() & 0xFFFF0000);
                b.b(0x0F, b.pick(0xA1, 0xA9));
            }
            default -> { // pause, and cmc/clc/stc between
                b.b(0xF3, 0x90);
            }
        }
    }

    /**
     * Redundant operand-size and segment prefixes in front of a one-byte-opcode instruction,
     * up to and past the 15-byte instruction limit (#GP(0)); the last segment prefix wins.
     */
    static void prefixes(CaseBuilder b) {
        int n = b.chance(30) ? 10 + b.u(7) : b.u(6);
        for (int i = 0; i < n; i++) {
            b.b(b.pick(0x66, 0x66, 0x26, 0x2E, 0x36, 0x3E, 0x3E));
        }
        if (b.chance(5)) {
            b.b(b.pick(0x64, 0x65)); // a null segment last: #GP(0) on the access
        }
        boolean has66 = b.count(0x66) > 0;
        int size = b.pick(8, 32);
        int op = b.u(8);
        int w = size == 8 ? 0 : 1;
        switch (b.u(3)) {
            case 0 -> {
                b.b(op * 8 + w);
                b.rm(b.u(8), size, 60);
            }
            case 1 -> {
                b.b(0x88 + 2 * b.u(2) + w);
                b.rm(b.u(8), size, 60);
            }
            default -> {
                b.b(0x80 + w);
                b.rm(op, size, 60);
                b.imm(b.value32(), size == 8 ? 8 : (has66 ? 16 : 32));
            }
        }
        if (op == 1 || op == 4 || op == 6) {
            b.undefined |= AF;
        }
    }

    /** popf or iret setting TF: the instruction after the next one is not reached, #DB traps first. */
    static void trapFlag(CaseBuilder b) {
        int sp = b.gpr[ESP] - Layout.DATA;
        int flags = b.rnd.nextInt() & 0x3ED5 | (b.chance(85) ? 0x100 : 0);
        if (b.chance(25)) { // a second popf that clears TF again: does it still trap?
            b.poke(sp, flags | 0x100);
            b.poke(sp + 4, flags & ~0x100);
            b.b(0x9D, 0x9D, 0x40);
            return;
        }
        if (b.chance(70)) {
            b.poke(sp, flags);
            b.b(0x9D);
        } else {
            b.b(0xCF);
            b.poke(sp, Layout.CODE + 1);
            b.poke(sp + 4, 0x23);
            b.poke(sp + 8, flags);
        }
        b.b(b.pick(0x40, 0x90, 0xF8));
        if (b.chance(50)) {
            b.b(0x01, 0xD8); // add eax, ebx: not reached when TF was set
        }
    }

    // --- sequences: lazy flags carried between instructions -----------------------------------

    static void sequence(CaseBuilder b) {
        int n = 2 + b.u(3);
        for (int i = 0; i < n; i++) {
            int size = size(b);
            int w = size == 8 ? 0 : 1;
            switch (b.u(8)) {
                case 6 -> { // a block boundary: flags must survive it
                    if (b.chance(50)) {
                        b.b(0x70 + b.u(16), 1, 0x90); // jcc over a nop
                    } else {
                        b.b(0xEB, 0);
                    }
                }
                case 0 -> { // arithmetic: AF defined again
                    b.undefined &= ~AF;
                    b.opsize(size);
                    b.b(b.pick(0, 2, 3, 5, 7) * 8 + w);
                    b.modrmReg(b.u(8), b.u(8));
                }
                case 1 -> { // logic
                    b.undefined |= AF;
                    b.opsize(size);
                    b.b(b.pick(1, 4, 6) * 8 + w);
                    b.modrmReg(b.u(8), b.u(8));
                }
                case 2 -> { // inc/dec/neg keep or set CF and define AF
                    b.undefined &= ~AF;
                    b.opsize(size);
                    if (b.chance(50)) {
                        b.b(size == 8 ? 0xFE : 0xFF);
                        b.modrmReg(b.u(2), b.u(8));
                    } else {
                        b.b(size == 8 ? 0xF6 : 0xF7);
                        b.modrmReg(3, b.u(8));
                    }
                }
                case 3 -> { // shift or rotate by one
                    int sub = b.pick(0, 1, 2, 3, 4, 5, 7);
                    if (sub >= 4) {
                        b.undefined |= AF;
                    }
                    b.opsize(size);
                    b.b(0xD0 + w);
                    b.modrmReg(sub, b.u(8));
                }
                case 4 -> {
                    b.b(0x0F, 0x90 + b.u(16));
                    b.modrmReg(0, b.u(8));
                }
                case 5 -> {
                    b.b(0x0F, 0x40 + b.u(16));
                    b.modrmReg(b.u(8), b.u(8));
                }
                default -> b.b((b.undefined & AF) != 0 ? b.pick(0xF5, 0xF8, 0xF9) : b.pick(0xF5, 0xF8, 0xF9, 0x9F)); // lahf would expose an undefined AF
            }
        }
        if (b.chance(25)) { // a fault: the frame's EFLAGS must hold the lazily computed flags
            switch (b.u(4)) {
                case 0 -> {
                    int off = b.dataOffset(4);
                    b.poke(off, 0);
                    b.b(0xF7, 0x35); // div dword [abs] by zero: #DE
                    b.imm(Layout.DATA + off, 32);
                }
                case 1 -> b.b(0x0F, 0x0B);
                case 2 -> b.b(0xFA);
                default -> {
                    b.b(0x64, 0x8B, 0x05); // through null FS: #GP(0)
                    b.imm(Layout.DATA + b.dataOffset(4), 32);
                }
            }
        }
    }
}
