package org.jpok.cpu.x87;

import java.math.BigDecimal;

import org.jpok.cpu.x87.Ext80.Kind;

/**
 * FSIN, FCOS, FSINCOS, FPTAN, FPATAN, F2XM1, FYL2X and FYL2XP1. Results are computed in
 * {@link HighPrecision} and rounded once to 64 bits under RC, so they are correctly rounded;
 * silicon may differ in the last bit (see the differential tests for the tolerance).
 */
final class X87Transcendental {

    private X87Transcendental() {
    }

    /** Operands of FSIN, FCOS, FSINCOS and FPTAN with |x| >= 2^63 set C2 and are left alone. */
    static boolean outOfRange(Ext80 v) {
        Kind k = v.kind();
        return k == Kind.NORMAL && v.biasedExponent() >= Ext80.BIAS + 63;
    }

    /** Common screening of one operand: the special result, or null to compute. */
    private static Ext80 screen(X87Env env, Ext80 a) {
        switch (a.kind()) {
            case UNSUPPORTED:
                return X87Arith.invalid(env);
            case SNAN:
                env.raise(X87Env.IE);
                return a.quiet();
            case QNAN:
                return a;
            case DENORMAL:
                if (env.denormalTraps()) {
                    return Ext80.INDEFINITE;
                }
                return null;
            default:
                return null;
        }
    }

    static Ext80 fsin(X87Env env, Ext80 a) {
        Ext80 s = screen(env, a);
        if (s != null) {
            return s;
        }
        if (a.kind() == Kind.INF) {
            return X87Arith.invalid(env);
        }
        if (a.isZero()) {
            return a;
        }
        return HighPrecision.round(env, HighPrecision.sinCos(HighPrecision.of(a))[0]);
    }

    static Ext80 fcos(X87Env env, Ext80 a) {
        Ext80 s = screen(env, a);
        if (s != null) {
            return s;
        }
        if (a.kind() == Kind.INF) {
            return X87Arith.invalid(env);
        }
        if (a.isZero()) {
            return Ext80.ONE;
        }
        return HighPrecision.round(env, HighPrecision.sinCos(HighPrecision.of(a))[1]);
    }

    /** Returns {sin (stays in ST1), cos (pushed)}. */
    static Ext80[] fsincos(X87Env env, Ext80 a) {
        Ext80 s = screen(env, a);
        if (s != null) {
            return new Ext80[] {s, s};
        }
        if (a.kind() == Kind.INF) {
            Ext80 i = X87Arith.invalid(env);
            return new Ext80[] {i, i};
        }
        if (a.isZero()) {
            return new Ext80[] {a, Ext80.ONE};
        }
        BigDecimal[] sc = HighPrecision.sinCos(HighPrecision.of(a));
        Ext80 sin = HighPrecision.round(env, sc[0]);
        Ext80 cos = HighPrecision.round(env, sc[1]);
        return new Ext80[] {sin, cos};
    }

    /** Returns {tan (stays in ST1), 1.0 (pushed)}. */
    static Ext80[] fptan(X87Env env, Ext80 a) {
        Ext80 s = screen(env, a);
        if (s != null) {
            return new Ext80[] {s, s};
        }
        if (a.kind() == Kind.INF) {
            Ext80 i = X87Arith.invalid(env);
            return new Ext80[] {i, i};
        }
        if (a.isZero()) {
            return new Ext80[] {a, Ext80.ONE};
        }
        BigDecimal x = HighPrecision.of(a);
        if (a.biasedExponent() < Ext80.BIAS - 40) {
            // tan x = x + x^3/3 + ...: keep the correction exactly so directed rounding sees it
            return new Ext80[] {HighPrecision.round(env, x.add(x.pow(3, HighPrecision.MC).divide(BigDecimal.valueOf(3),
                    HighPrecision.MC))), Ext80.ONE};
        }
        BigDecimal[] sc = HighPrecision.sinCos(x);
        return new Ext80[] {HighPrecision.round(env, sc[0].divide(sc[1], HighPrecision.MC)), Ext80.ONE};
    }

    /** ST1 = atan2(ST1, ST0). */
    static Ext80 fpatan(X87Env env, Ext80 x, Ext80 y) {
        Ext80 n = twoOperandScreen(env, x, y);
        if (n != null) {
            return n;
        }
        boolean xInf = x.kind() == Kind.INF, yInf = y.kind() == Kind.INF;
        BigDecimal pi = HighPrecision.PI;
        BigDecimal r;
        if (yInf) {
            BigDecimal q = pi.divide(BigDecimal.valueOf(4), HighPrecision.MC);
            r = xInf ? (x.negative() ? q.multiply(BigDecimal.valueOf(3)) : q) : pi.divide(BigDecimal.valueOf(2), HighPrecision.MC);
        } else if (xInf) {
            if (!x.negative()) {
                return y.negative() ? Ext80.NEG_ZERO : Ext80.POS_ZERO;
            }
            r = pi;
        } else if (y.isZero()) {
            if (!x.negative()) {
                return y;
            }
            r = pi;
        } else if (x.isZero()) {
            r = pi.divide(BigDecimal.valueOf(2), HighPrecision.MC);
        } else {
            return HighPrecision.round(env, HighPrecision.atan2(HighPrecision.of(y), HighPrecision.of(x)));
        }
        return HighPrecision.round(env, y.negative() ? r.negate() : r);
    }

    private static Ext80 twoOperandScreen(X87Env env, Ext80 a, Ext80 b) {
        if (a.kind() == Kind.UNSUPPORTED || b.kind() == Kind.UNSUPPORTED) {
            return X87Arith.invalid(env);
        }
        if (a.isNaN() || b.isNaN()) {
            return X87Arith.propagateNaN(env, a, b);
        }
        if ((a.kind() == Kind.DENORMAL || b.kind() == Kind.DENORMAL) && env.denormalTraps()) {
            return Ext80.INDEFINITE;
        }
        return null;
    }

    /** 2^x - 1, defined by the SDM for -1 <= x <= 1. */
    static Ext80 f2xm1(X87Env env, Ext80 a) {
        Ext80 s = screen(env, a);
        if (s != null) {
            return s;
        }
        if (a.kind() == Kind.INF) {
            return a.negative() ? Ext80.ONE.negate() : a;
        }
        if (a.isZero()) {
            return a;
        }
        if (a.biasedExponent() >= Ext80.BIAS + 15) {
            // outside the SDM's domain: give the limits (overflow, or -1 plus a negligible amount)
            if (!a.negative()) {
                return Rounding.round(env, false, java.math.BigInteger.ONE, 1 << 20, Rounding.EXT);
            }
            return HighPrecision.round(env, BigDecimal.ONE.movePointLeft(100).subtract(BigDecimal.ONE));
        }
        BigDecimal x = HighPrecision.of(a).multiply(HighPrecision.LN2, HighPrecision.MC);
        return HighPrecision.round(env, HighPrecision.expm1(x));
    }

    /** ST1 = ST1 * log2(ST0). */
    static Ext80 fyl2x(X87Env env, Ext80 x, Ext80 y) {
        if (x.negative() && !x.isZero() && !x.isNaN() && !y.isNaN()) {
            return X87Arith.invalid(env);
        }
        Ext80 n = twoOperandScreen(env, x, y);
        if (n != null) {
            return n;
        }
        boolean xInf = x.kind() == Kind.INF, yInf = y.kind() == Kind.INF;
        if (x.isZero()) {
            if (y.isZero()) {
                return X87Arith.invalid(env);
            }
            if (!yInf) {
                env.raise(X87Env.ZE);
            }
            return y.negative() ? Ext80.POS_INF : Ext80.NEG_INF;
        }
        if (xInf) {
            if (y.isZero()) {
                return X87Arith.invalid(env);
            }
            return y.negative() ? Ext80.NEG_INF : Ext80.POS_INF;
        }
        int cmpOne = HighPrecision.of(x).compareTo(BigDecimal.ONE);
        if (yInf) {
            if (cmpOne == 0) {
                return X87Arith.invalid(env);
            }
            return (cmpOne < 0) != y.negative() ? Ext80.NEG_INF : Ext80.POS_INF;
        }
        if (cmpOne == 0 || y.isZero()) {
            boolean neg = y.negative() != (cmpOne < 0);
            return neg ? Ext80.NEG_ZERO : Ext80.POS_ZERO;
        }
        if (x.kind() == Kind.NORMAL && x.m() == Ext80.INT_BIT) {
            // an exact power of two: the logarithm is an integer and the product is exact before rounding
            long k = x.biasedExponent() - Ext80.BIAS;
            boolean neg = y.negative() ^ (k < 0);
            return Rounding.round(env, neg, y.sig().multiply(java.math.BigInteger.valueOf(Math.abs(k))), y.exp2(),
                    Rounding.EXT);
        }
        BigDecimal log2 = HighPrecision.ln(HighPrecision.of(x)).divide(HighPrecision.LN2, HighPrecision.MC);
        return HighPrecision.round(env, log2.multiply(HighPrecision.of(y), HighPrecision.MC));
    }

    /** ST1 = ST1 * log2(ST0 + 1), defined for |ST0| < 1 - sqrt(2)/2. */
    static Ext80 fyl2xp1(X87Env env, Ext80 x, Ext80 y) {
        boolean xInf = x.kind() == Kind.INF, yInf = y.kind() == Kind.INF;
        if (xInf && !y.isNaN() && y.kind() != Kind.UNSUPPORTED) {
            // invalid operations are reported before a denormal ST1
            if (x.negative() || y.isZero()) {
                return X87Arith.invalid(env);
            }
            if (y.kind() == Kind.DENORMAL && env.denormalTraps()) {
                return Ext80.INDEFINITE;
            }
            return y.negative() ? Ext80.NEG_INF : Ext80.POS_INF;
        }
        Ext80 n = twoOperandScreen(env, x, y);
        if (n != null) {
            return n;
        }
        if (x.isZero()) {
            if (yInf) {
                return X87Arith.invalid(env);
            }
            return (x.negative() != y.negative()) ? Ext80.NEG_ZERO : Ext80.POS_ZERO;
        }
        if (yInf) {
            return (x.negative() != y.negative()) ? Ext80.NEG_INF : Ext80.POS_INF;
        }
        if (y.isZero()) {
            return (x.negative() != y.negative()) ? Ext80.NEG_ZERO : Ext80.POS_ZERO;
        }
        BigDecimal xv = HighPrecision.of(x);
        if (xv.compareTo(BigDecimal.ONE.negate()) <= 0) {
            return X87Arith.invalid(env);
        }
        BigDecimal log2 = HighPrecision.ln1p(xv).divide(HighPrecision.LN2, HighPrecision.MC);
        return HighPrecision.round(env, log2.multiply(HighPrecision.of(y), HighPrecision.MC));
    }
}
