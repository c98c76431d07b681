package org.jpok.cpu.x87;

import java.math.BigDecimal;

/**
 * FLD1, FLDL2T, FLDL2E, FLDPI, FLDLG2, FLDLN2, FLDZ. Since the 387 the constants are rounded under
 * RC from a longer internal value; they raise no precision exception.
 */
final class X87Constants {

    /** [constant index (opcode - D9 E8)][rounding control]. */
    private static final Ext80[][] TABLE = new Ext80[7][4];

    static {
        BigDecimal l2e = BigDecimal.ONE.divide(HighPrecision.LN2, HighPrecision.MC);
        BigDecimal l2t = HighPrecision.LN10.divide(HighPrecision.LN2, HighPrecision.MC);
        BigDecimal lg2 = HighPrecision.LN2.divide(HighPrecision.LN10, HighPrecision.MC);
        BigDecimal[] values = {null, l2t, l2e, HighPrecision.PI, lg2, HighPrecision.LN2, null};
        for (int rc = 0; rc < 4; rc++) {
            X87Env env = new X87Env();
            env.cw = 0x037F | rc << 10;
            for (int c = 0; c < 7; c++) {
                TABLE[c][rc] = values[c] == null ? (c == 0 ? Ext80.ONE : Ext80.POS_ZERO) : HighPrecision.round(env, values[c]);
            }
        }
    }

    private X87Constants() {
    }

    static Ext80 load(int index, int rc) {
        return TABLE[index][rc];
    }
}
