package org.jpok.cpu;

/**
 * Data movement: mov in all its forms, lea, xchg, movzx/movsx, cmovcc, setcc, xlat, far-pointer
 * loads (lds les lss lfs lgs) and moves to and from segment registers.
 */
final class DataMove {
    private DataMove() {
    }

    /** 88/89: Ev = Gv. */
    static void movEG(I386 c, Insn in) {
        if (!in.mem) {
            if (in.size == 4) {
                c.r[in.rm] = c.r[in.reg];
            } else {
                c.setReg(in.rm, in.size, c.reg(in.reg, in.size));
            }
        } else {
            c.write(in.seg, c.ea(in), in.size, c.reg(in.reg, in.size));
        }
    }

    /** 8A/8B: Gv = Ev. */
    static void movGE(I386 c, Insn in) {
        if (in.size == 4) {
            c.r[in.reg] = in.mem ? c.read32(in.seg, c.ea(in)) : c.r[in.rm];
        } else {
            c.setReg(in.reg, in.size, c.readE(in));
        }
    }

    static void lea(I386 c, Insn in) {
        c.setReg(in.reg, in.size, c.ea(in));
    }

    static void xchg(I386 c, Insn in) {
        int size = in.size;
        int g = c.reg(in.reg, size);
        if (in.mem) {
            int off = c.ea(in);
            c.checkWritable(in.seg, off, size);
            int e = c.read(in.seg, off, size);
            c.write(in.seg, off, size, g);
            c.setReg(in.reg, size, e);
        } else {
            int e = c.reg(in.rm, size);
            c.setReg(in.rm, size, g);
            c.setReg(in.reg, size, e);
        }
    }

    static void xchgAcc(I386 c, Insn in, int reg) {
        int a = c.reg(0, in.size);
        c.setReg(0, in.size, c.reg(reg, in.size));
        c.setReg(reg, in.size, a);
    }

    /** A0/A1: accumulator = moffs. */
    static void movAccFromMem(I386 c, Insn in) {
        c.setReg(0, in.size, c.read(in.seg, in.disp, in.size));
    }

    /** A2/A3: moffs = accumulator. */
    static void movMemFromAcc(I386 c, Insn in) {
        c.write(in.seg, in.disp, in.size, c.reg(0, in.size));
    }

    /** 8C: Ew = Sreg; a 32-bit register destination gets the selector zero-extended. */
    static void movFromSeg(I386 c, Insn in) {
        int v = c.sel[in.reg];
        if (in.mem) {
            c.write16(in.seg, c.ea(in), v);
        } else {
            c.setReg(in.rm, in.size, v);
        }
    }

    /** 8E: Sreg = Ew. Loading SS holds off interrupts for one instruction. */
    static void movToSeg(I386 c, Insn in) {
        int v = in.mem ? c.read16(in.seg, c.ea(in)) : c.reg(in.rm, 2);
        Segments.load(c, in.reg, v);
        if (in.reg == I386.SS) {
            c.shadow = true;
            c.breakBlock = true;
        }
    }

    /** C4/C5, 0F B2/B4/B5: reg = offset, sreg = selector, both from a far pointer in memory. */
    static void loadFarPointer(I386 c, Insn in, int sreg) {
        int off = c.ea(in);
        int offset = c.read(in.seg, off, in.size);
        int selector = c.read16(in.seg, off + in.size);
        Segments.load(c, sreg, selector);
        c.setReg(in.reg, in.size, offset);
    }

    static void xlat(I386 c, Insn in) {
        int base = in.a16 ? c.r[I386.EBX] & 0xFFFF : c.r[I386.EBX];
        int off = base + (c.r[0] & 0xFF);
        c.setReg8(0, c.read8(in.seg, in.a16 ? off & 0xFFFF : off));
    }

    /** 0F B6/B7 movzx, 0F BE/BF movsx. */
    static void movExtend(I386 c, Insn in) {
        boolean word = (in.op & 1) != 0;
        int srcSize = word ? 2 : 1;
        int v = in.mem ? c.read(in.seg, c.ea(in), srcSize) : c.reg(in.rm, srcSize);
        if (in.op >= 0x1BE) {
            v = Flags.sext(v, srcSize);
        }
        c.setReg(in.reg, in.size, v);
    }

    /** 0F 40-4F: the source is read (and may fault) whether or not the condition holds. */
    static void cmov(I386 c, Insn in) {
        int v = c.readE(in);
        if (c.cond(in.op & 0xF)) {
            c.setReg(in.reg, in.size, v);
        }
    }

    /** 0F 90-9F. */
    static void setcc(I386 c, Insn in) {
        int v = c.cond(in.op & 0xF) ? 1 : 0;
        if (in.mem) {
            c.write8(in.seg, c.ea(in), v);
        } else {
            c.setReg8(in.rm, v);
        }
    }
}
