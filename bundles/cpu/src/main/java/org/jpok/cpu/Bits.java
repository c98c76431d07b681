package org.jpok.cpu;

/**
 * Bit instructions: bt bts btr btc (register, memory with a register bit offset, immediate),
 * bsf, bsr, bswap. Flags the SDM leaves undefined (OF SF AF PF for bt*, all but ZF for bsf/bsr)
 * are left unchanged; bsf/bsr with a zero source leave the destination unchanged, as AMD
 * documents.
 */
final class Bits {
    private Bits() {
    }

    /** 0F A3/AB/B3/BB (bit offset in a register) and 0F BA /4-7 (immediate). */
    static void bitTest(I386 c, Insn in) {
        int kind; // 0 bt, 1 bts, 2 btr, 3 btc
        int bitOffset;
        boolean imm = in.op == 0x1BA;
        if (imm) {
            kind = in.reg - 4;
            bitOffset = in.imm;
        } else {
            kind = in.op == 0x1A3 ? 0 : in.op == 0x1AB ? 1 : in.op == 0x1B3 ? 2 : 3;
            bitOffset = c.reg(in.reg, in.size);
        }
        int size = in.size;
        int bits = size << 3;
        int v;
        int bit;
        int off = 0;
        if (!in.mem) {
            bit = bitOffset & (bits - 1);
            v = c.reg(in.rm, size);
        } else {
            off = c.ea(in);
            if (imm) {
                bit = bitOffset & (bits - 1);
            } else {
                // a register offset is signed and may reach outside the addressed operand
                int signed = Flags.sext(bitOffset, size);
                off += (signed >> (size == 4 ? 5 : 4)) * size;
                bit = signed & (bits - 1);
            }
            v = c.read(in.seg, off, size);
        }
        boolean cf = ((v >>> bit) & 1) != 0;
        if (kind != 0) {
            int r = kind == 1 ? v | (1 << bit) : kind == 2 ? v & ~(1 << bit) : v ^ (1 << bit);
            if (in.mem) {
                c.write(in.seg, off, size, r);
            } else {
                c.setReg(in.rm, size, r);
            }
        }
        c.setStatus(Flags.CF, cf ? Flags.CF : 0);
    }

    static void bsf(I386 c, Insn in) {
        int v = c.readE(in) & Flags.mask(in.size);
        if (v == 0) {
            c.setStatus(Flags.ZF, Flags.ZF);
        } else {
            c.setReg(in.reg, in.size, Integer.numberOfTrailingZeros(v));
            c.setStatus(Flags.ZF, 0);
        }
    }

    static void bsr(I386 c, Insn in) {
        int v = c.readE(in) & Flags.mask(in.size);
        if (v == 0) {
            c.setStatus(Flags.ZF, Flags.ZF);
        } else {
            c.setReg(in.reg, in.size, 31 - Integer.numberOfLeadingZeros(v));
            c.setStatus(Flags.ZF, 0);
        }
    }

    /** 0F C8+r. With 0x66 the result is undefined; we clear the low word as real CPUs do. */
    static void bswap(I386 c, Insn in) {
        int reg = in.op & 7;
        if (in.o16) {
            c.setReg(reg, 2, 0);
        } else {
            c.r[reg] = Integer.reverseBytes(c.r[reg]);
        }
    }
}
