package org.jpok.cpu;

/**
 * Decimal adjust instructions (daa das aaa aas aam aad). gcc does not emit them, but they are
 * legal at CPL 3, so they are modelled. Flags the SDM leaves undefined follow AMD: for aaa/aas
 * SF, ZF and PF come from AL after the adjustment and OF is cleared; for aam/aad CF, AF and OF
 * are cleared; for daa/das OF is cleared.
 */
final class Bcd {
    private Bcd() {
    }

    private static int szp(int v) {
        v &= 0xFF;
        return Flags.parity(v) | (v == 0 ? Flags.ZF : 0) | (v & 0x80);
    }

    static void daa(I386 c) {
        c.materializeFlags();
        int al = c.r[0] & 0xFF;
        boolean cf = (c.flags & Flags.CF) != 0;
        boolean af = (c.flags & Flags.AF) != 0;
        int oldAl = al;
        int f = 0;
        if ((al & 0xF) > 9 || af) {
            if (al + 6 > 0xFF) {
                f |= Flags.CF; // the carry out of AL + 6 (SDM)
            }
            al += 6;
            f |= Flags.AF;
        }
        if (oldAl > 0x99 || cf) {
            al += 0x60;
            f |= Flags.CF;
        }
        c.setReg8(0, al);
        c.setStatus(Flags.ARITH, f | szp(al));
    }

    static void das(I386 c) {
        c.materializeFlags();
        int al = c.r[0] & 0xFF;
        boolean cf = (c.flags & Flags.CF) != 0;
        boolean af = (c.flags & Flags.AF) != 0;
        int oldAl = al;
        int f = 0;
        if ((al & 0xF) > 9 || af) {
            if (al < 6) {
                f |= Flags.CF; // the borrow from AL - 6 (SDM)
            }
            al -= 6;
            f |= Flags.AF;
        }
        if (oldAl > 0x99 || cf) {
            al -= 0x60;
            f |= Flags.CF;
        }
        c.setReg8(0, al);
        c.setStatus(Flags.ARITH, f | szp(al));
    }

    static void aaa(I386 c) {
        c.materializeFlags();
        int ax = c.r[0] & 0xFFFF;
        int f = 0;
        if ((ax & 0xF) > 9 || (c.flags & Flags.AF) != 0) {
            ax += 0x106;
            f = Flags.AF | Flags.CF;
        }
        ax &= 0xFF0F;
        c.setReg(0, 2, ax);
        c.setStatus(Flags.ARITH, f | szp(ax));
    }

    static void aas(I386 c) {
        c.materializeFlags();
        int ax = c.r[0] & 0xFFFF;
        int f = 0;
        if ((ax & 0xF) > 9 || (c.flags & Flags.AF) != 0) {
            ax = (ax - 6) & 0xFFFF;
            ax = (ax & 0xFF) | (((ax >>> 8) - 1) & 0xFF) << 8;
            f = Flags.AF | Flags.CF;
        }
        ax &= 0xFF0F;
        c.setReg(0, 2, ax);
        c.setStatus(Flags.ARITH, f | szp(ax));
    }

    static void aam(I386 c, int base) {
        if (base == 0) {
            throw new CpuFault(Vectors.DE, CpuFault.NO_ERROR);
        }
        int al = c.r[0] & 0xFF;
        int v = ((al / base) << 8) | (al % base);
        c.setReg(0, 2, v);
        c.setStatus(Flags.ARITH, szp(v));
    }

    static void aad(I386 c, int base) {
        int ax = c.r[0];
        int al = ((ax & 0xFF) + ((ax >>> 8) & 0xFF) * base) & 0xFF;
        c.setReg(0, 2, al);
        c.setStatus(Flags.ARITH, szp(al));
    }
}
