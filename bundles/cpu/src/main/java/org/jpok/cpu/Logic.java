package org.jpok.cpu;

/** Logic operations: the flag rule shared by and/or/xor/test, plus test and not. */
final class Logic {
    private Logic() {
    }

    /** CF=OF=0, SF/ZF/PF from the result; AF is undefined and cleared (as AMD and Intel do). */
    static void flags(I386 c, int r, int size) {
        c.lazy(Flags.LOGIC, 0, 0, r, size);
    }

    /** 84/85 (Ev,Gv) and A8/A9 (accumulator, immediate). */
    static void test(I386 c, Insn in) {
        if (in.op == 0xA8 || in.op == 0xA9) {
            flags(c, c.reg(0, in.size) & in.imm, in.size);
        } else {
            flags(c, c.readE(in) & c.reg(in.reg, in.size), in.size);
        }
    }

    /** F6/F7 /2: one's complement; no flags change. */
    static void not(I386 c, Insn in) {
        if (in.mem) {
            int off = c.ea(in);
            c.checkWritable(in.seg, off, in.size);
            c.write(in.seg, off, in.size, ~c.read(in.seg, off, in.size));
        } else {
            c.setReg(in.rm, in.size, ~c.reg(in.rm, in.size));
        }
    }
}
