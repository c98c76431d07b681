package org.jpok.cpu;

/**
 * Control transfer: jcc, jmp, call, ret (near and far), loop/loope/loopne/jecxz, int n, int3,
 * into, iret, bound. Far transfers go to code segments of the same privilege, and far ret and
 * iret may also return to an outer privilege level.
 */
final class Control {
    private Control() {
    }

    /** A near target, truncated for 16-bit operand size and checked against the CS limit. */
    static int target(I386 c, Insn in, int t) {
        if (in.o16) {
            t &= 0xFFFF;
        }
        if (Integer.compareUnsigned(t, c.segLimit[I386.CS]) > 0) {
            throw Vectors.gp(0);
        }
        return t;
    }

    static void jcc(I386 c, Insn in) {
        if (c.cond(in.op & 0xF)) {
            c.nextEip = target(c, in, c.nextEip + in.imm);
        }
    }

    /** E9 / EB. */
    static void jmp(I386 c, Insn in) {
        c.nextEip = target(c, in, c.nextEip + in.imm);
    }

    /** E8. */
    static void call(I386 c, Insn in) {
        int t = target(c, in, c.nextEip + in.imm);
        c.push(in.o16 ? 2 : 4, c.nextEip);
        c.nextEip = t;
    }

    /** FF /2. */
    static void callIndirect(I386 c, Insn in) {
        int t = target(c, in, c.readE(in));
        c.push(in.size, c.nextEip);
        c.nextEip = t;
    }

    /** FF /4. */
    static void jmpIndirect(I386 c, Insn in) {
        c.nextEip = target(c, in, c.readE(in));
    }

    /** C3 / C2 imm16. */
    static void ret(I386 c, Insn in) {
        int size = in.o16 ? 2 : 4;
        int t = target(c, in, c.peek(size, 0));
        c.setSp(c.sp() + size + (in.op == 0xC2 ? in.imm & 0xFFFF : 0));
        c.nextEip = t;
    }

    /** E0 loopne, E1 loope, E2 loop, E3 jecxz; a 0x67 prefix uses CX. */
    static void loop(I386 c, Insn in) {
        int count;
        if (in.op == 0xE3) {
            count = in.a16 ? c.r[1] & 0xFFFF : c.r[1];
            if (count == 0) {
                c.nextEip = target(c, in, c.nextEip + in.imm);
            }
            return;
        }
        if (in.a16) {
            count = (c.r[1] - 1) & 0xFFFF;
        } else {
            count = c.r[1] - 1;
        }
        boolean take = count != 0;
        if (in.op == 0xE0) {
            take &= !c.zf();
        } else if (in.op == 0xE1) {
            take &= c.zf();
        }
        int t = take ? target(c, in, c.nextEip + in.imm) : 0;
        if (in.a16) {
            c.setReg(1, 2, count);
        } else {
            c.r[1] = count;
        }
        if (take) {
            c.nextEip = t;
        }
    }

    /** 9A and FF /3: call to a code segment of the same privilege. */
    static void callFar(I386 c, Insn in, int selector, int offset) {
        int size = in.o16 ? 2 : 4;
        if (size == 2) {
            offset &= 0xFFFF;
        }
        Segments.Desc d = Segments.checkFarTarget(c, selector);
        if (Integer.compareUnsigned(offset, d.limit()) > 0) {
            throw Vectors.gp(0);
        }
        boolean s32 = c.stack32();
        int sp = c.sp();
        int a1 = sp - size;
        int a2 = sp - 2 * size;
        c.write(I386.SS, s32 ? a1 : a1 & 0xFFFF, size, c.sel[I386.CS]);
        c.write(I386.SS, s32 ? a2 : a2 & 0xFFFF, size, c.nextEip);
        Segments.installCS(c, selector, d, c.cpl);
        c.setSp(a2);
        c.nextEip = offset;
        c.breakBlock = true;
    }

    /** EA and FF /5. */
    static void jmpFar(I386 c, Insn in, int selector, int offset) {
        if (in.o16) {
            offset &= 0xFFFF;
        }
        Segments.Desc d = Segments.checkFarTarget(c, selector);
        if (Integer.compareUnsigned(offset, d.limit()) > 0) {
            throw Vectors.gp(0);
        }
        Segments.installCS(c, selector, d, c.cpl);
        c.nextEip = offset;
        c.breakBlock = true;
    }

    /** CB / CA imm16: far return, possibly to an outer privilege level. */
    static void retFar(I386 c, Insn in) {
        int size = in.o16 ? 2 : 4;
        int imm = in.op == 0xCA ? in.imm & 0xFFFF : 0;
        int offset = c.peek(size, 0);
        int selector = c.peek(size, size) & 0xFFFF;
        if (size == 2) {
            offset &= 0xFFFF;
        }
        Segments.Desc d = checkReturnCS(c, selector);
        if (Integer.compareUnsigned(offset, d.limit()) > 0) {
            throw Vectors.gp(0);
        }
        int rpl = selector & 3;
        if (rpl == c.cpl) {
            Segments.installCS(c, selector, d, rpl);
            c.setSp(c.sp() + 2 * size + imm);
        } else {
            int newEsp = c.peek(size, 2 * size + imm);
            int newSs = c.peek(size, 3 * size + imm) & 0xFFFF;
            Segments.Desc ss = Segments.checkSS(c, newSs, rpl, Vectors.GP);
            Segments.installCS(c, selector, d, rpl);
            Segments.install(c, I386.SS, newSs, ss);
            c.setSp(newEsp + imm);
            Segments.nullInaccessible(c);
        }
        c.nextEip = offset;
        c.breakBlock = true;
    }

    /** The checks on a CS selector popped by ret far / iret (SDM RET and IRET pseudo-code). */
    private static Segments.Desc checkReturnCS(I386 c, int selector) {
        int err = selector & 0xFFFC;
        if (err == 0) {
            throw Vectors.gp(0);
        }
        int rpl = selector & 3;
        if (rpl < c.cpl) {
            throw Vectors.gp(err);
        }
        Segments.Desc d = Segments.read(c, selector, Vectors.GP);
        if (!d.isCode()) {
            throw Vectors.gp(err);
        }
        if (d.conforming() ? d.dpl() > rpl : d.dpl() != rpl) {
            throw Vectors.gp(err);
        }
        if (!d.present()) {
            throw new CpuFault(Vectors.NP, err);
        }
        return d;
    }

    /**
     * CF iret: to the same level, or to an outer level with SS:ESP popped too. Task returns
     * (NT=1) are not modelled: NT is ignored.
     */
    static void iret(I386 c, Insn in) {
        int size = in.o16 ? 2 : 4;
        int offset = c.peek(size, 0);
        int selector = c.peek(size, size) & 0xFFFF;
        int newFlags = c.peek(size, 2 * size);
        if (size == 2) {
            offset &= 0xFFFF;
        }
        Segments.Desc d = checkReturnCS(c, selector);
        if (Integer.compareUnsigned(offset, d.limit()) > 0) {
            throw Vectors.gp(0);
        }
        int rpl = selector & 3;
        int oldCpl = c.cpl;
        if (rpl == c.cpl) {
            c.setSp(c.sp() + 3 * size);
            FlagOps.write(c, newFlags, size, oldCpl);
            Segments.installCS(c, selector, d, rpl);
        } else {
            int newEsp = c.peek(size, 3 * size);
            int newSs = c.peek(size, 4 * size) & 0xFFFF;
            Segments.Desc ss = Segments.checkSS(c, newSs, rpl, Vectors.GP);
            FlagOps.write(c, newFlags, size, oldCpl);
            Segments.installCS(c, selector, d, rpl);
            Segments.install(c, I386.SS, newSs, ss);
            c.setSp(newEsp);
            Segments.nullInaccessible(c);
        }
        c.modeChanged();
        c.nextEip = offset;
        c.breakBlock = true;
        c.transferResumable = true;
    }

    /** int n, int3 and int1: a software interrupt whose gate DPL is checked against CPL. */
    static void softInt(I386 c, int vector, boolean checkDpl) {
        Interrupts.deliver(c, vector, CpuFault.NO_ERROR, c.nextEip, checkDpl, false);
        c.breakBlock = true;
        c.transferResumable = true;
    }

    static void into(I386 c) {
        if (c.of()) {
            softInt(c, Vectors.OF, true);
        }
    }

    /** 62: bound Gv, Ma raises #BR when the index is outside [lower, upper]. */
    static void bound(I386 c, Insn in) {
        int size = in.size;
        int off = c.ea(in);
        int lower = Flags.sext(c.read(in.seg, off, size), size);
        int upper = Flags.sext(c.read(in.seg, off + size, size), size);
        int index = Flags.sext(c.reg(in.reg, size), size);
        if (index < lower || index > upper) {
            throw new CpuFault(Vectors.BR, CpuFault.NO_ERROR);
        }
    }
}
