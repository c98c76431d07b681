package org.jpok.cpu;

/**
 * Instructions on EFLAGS: clc stc cmc cld std, cli sti (with the IOPL rule and the STI
 * interrupt shadow), sahf lahf, pushf popf (with the privilege rules for IF and IOPL).
 */
final class FlagOps {
    private FlagOps() {
    }

    static int iopl(I386 c) {
        return (c.flags >>> 12) & 3;
    }

    /** F5 cmc, F8 clc, F9 stc, FC cld, FD std. */
    static void simple(I386 c, int op) {
        switch (op) {
            case 0xF5: c.setStatus(Flags.CF, c.cf() ? 0 : Flags.CF); break;
            case 0xF8: c.setStatus(Flags.CF, 0); break;
            case 0xF9: c.setStatus(Flags.CF, Flags.CF); break;
            case 0xFC: c.flags &= ~Flags.DF; break;
            default: c.flags |= Flags.DF;
        }
    }

    /** At CPL > IOPL, cli raises #GP(0). */
    static void cli(I386 c) {
        if (c.cpl > iopl(c)) {
            throw Vectors.gp(0);
        }
        c.flags &= ~Flags.IF;
    }

    /** sti: interrupts are recognised only after the next instruction (the shadow). */
    static void sti(I386 c) {
        if (c.cpl > iopl(c)) {
            throw Vectors.gp(0);
        }
        if ((c.flags & Flags.IF) == 0) {
            c.flags |= Flags.IF;
            c.shadow = true;
        }
        c.breakBlock = true;
    }

    static void sahf(I386 c) {
        int ah = (c.r[0] >>> 8) & 0xFF;
        c.setStatus(Flags.CF | Flags.PF | Flags.AF | Flags.ZF | Flags.SF, ah);
    }

    static void lahf(I386 c) {
        c.materializeFlags();
        c.setReg8(4, (c.flags & 0xD5) | Flags.FIXED);
    }

    /** 9C: VM and RF read as zero in the pushed image. */
    static void pushf(I386 c, Insn in) {
        c.materializeFlags();
        int v = c.flags & ~(Flags.VM | Flags.RF);
        c.push(in.o16 ? 2 : 4, v);
    }

    /** 9D: at CPL > 0 IOPL stays; IF changes only if CPL <= IOPL, silently otherwise. */
    static void popf(I386 c, Insn in) {
        int size = in.o16 ? 2 : 4;
        int v = c.peek(size, 0);
        c.setSp(c.sp() + size);
        write(c, v, size, c.cpl);
        c.flags &= ~Flags.RF;
        c.breakBlock = true;
    }

    /**
     * Writes EFLAGS from a popped image with the rules of popf/iret at privilege {@code cpl}.
     * A 16-bit image changes only the low word.
     */
    static void write(I386 c, int v, int size, int cpl) {
        c.materializeFlags();
        int mask = Flags.WRITABLE;
        if (cpl > 0) {
            mask &= ~Flags.IOPL;
        }
        if (cpl > iopl(c)) {
            mask &= ~Flags.IF;
        }
        if (size == 2) {
            mask &= 0xFFFF;
        }
        int old = c.flags;
        c.flags = (old & ~mask) | (v & mask) | Flags.FIXED;
        if (((old ^ c.flags) & Flags.AC) != 0) {
            c.modeChanged();
        }
    }
}
