package org.jpok.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jpok.api.cpu.CpuExit;

/** Test helper: runs hex-encoded instructions at ring 0 and reads back registers and flags. */
class Asm {
    final Guest g = new Guest();

    static int[] hex(String s) {
        s = s.replaceAll("\\s+", "");
        int[] b = new int[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    /** Runs {@code code} followed by hlt; fails unless it halts. */
    Asm run(String code) {
        CpuExit e = g.run0(hex(code));
        assertEquals(CpuExit.HALT, e, g.cpu.toString());
        return this;
    }

    Asm set(int reg, int v) {
        g.cpu.setGpr(reg, v);
        return this;
    }

    Asm flags(int f) {
        g.cpu.setEflags(f | 2);
        return this;
    }

    int r(int reg) {
        return g.cpu.gpr(reg);
    }

    boolean flag(int mask) {
        return (g.cpu.eflags() & mask) != 0;
    }

    /** The status flags as a string such as "C Z" for quick comparison. */
    String status() {
        int f = g.cpu.eflags();
        StringBuilder sb = new StringBuilder();
        if ((f & Flags.CF) != 0) sb.append("C");
        if ((f & Flags.PF) != 0) sb.append("P");
        if ((f & Flags.AF) != 0) sb.append("A");
        if ((f & Flags.ZF) != 0) sb.append("Z");
        if ((f & Flags.SF) != 0) sb.append("S");
        if ((f & Flags.OF) != 0) sb.append("O");
        return sb.toString();
    }
}
