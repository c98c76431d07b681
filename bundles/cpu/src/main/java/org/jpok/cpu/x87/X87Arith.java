package org.jpok.cpu.x87;

import java.math.BigInteger;

import org.jpok.cpu.x87.Ext80.Kind;
import org.jpok.cpu.x87.Rounding.Format;

/**
 * Exact x87 arithmetic on {@link Ext80}: the basic operations, square root, rounding to integer,
 * scale, extract, partial remainders and compares, with the SDM's special-value rules. Every
 * operation computes the exact result with integers and rounds once.
 */
public final class X87Arith {

    /** Compare outcomes in the order of their condition-code encodings. */
    public static final int GREATER = 0, LESS = 1, EQUAL = 2, UNORDERED = 3;

    private X87Arith() {
    }

    static Format precisionFormat(X87Env env) {
        return Format.register(env.precision());
    }

    /** Quiets NaNs and picks the result of a two-operand operation with at least one NaN (SDM table 4-7). */
    static Ext80 propagateNaN(X87Env env, Ext80 a, Ext80 b) {
        Kind ka = a.kind(), kb = b.kind();
        if (ka == Kind.SNAN || kb == Kind.SNAN) {
            env.raise(X87Env.IE);
        }
        boolean an = ka == Kind.QNAN || ka == Kind.SNAN;
        boolean bn = kb == Kind.QNAN || kb == Kind.SNAN;
        if (an && bn) {
            if (ka == Kind.SNAN && kb == Kind.QNAN) {
                return b;
            }
            if (kb == Kind.SNAN && ka == Kind.QNAN) {
                return a;
            }
            Ext80 qa = a.quiet(), qb = b.quiet();
            int c = Long.compareUnsigned(qa.m(), qb.m());
            if (c != 0) {
                return c > 0 ? qa : qb;
            }
            return qa.se() < qb.se() ? qa : qb;
        }
        return an ? a.quiet() : b.quiet();
    }

    private static boolean invalidOperands(Ext80 a, Ext80 b) {
        return a.kind() == Kind.UNSUPPORTED || b.kind() == Kind.UNSUPPORTED;
    }

    /** Handles NaN and unsupported operands; null when both are numbers (zero, denormal, normal, infinity). */
    private static Ext80 nonNumbers(X87Env env, Ext80 a, Ext80 b) {
        if (invalidOperands(a, b)) {
            env.raise(X87Env.IE);
            return Ext80.INDEFINITE;
        }
        if (a.isNaN() || b.isNaN()) {
            return propagateNaN(env, a, b);
        }
        return null;
    }

    private static boolean denormals(X87Env env, Ext80 a, Ext80 b) {
        boolean d = a.kind() == Kind.DENORMAL || (b != null && b.kind() == Kind.DENORMAL) || env.memoryDenormal;
        return d && env.denormalTraps();
    }

    static Ext80 invalid(X87Env env) {
        env.raise(X87Env.IE);
        return Ext80.INDEFINITE;
    }

    public static Ext80 add(X87Env env, Ext80 a, Ext80 b) {
        return add(env, a, b, precisionFormat(env));
    }

    public static Ext80 sub(X87Env env, Ext80 a, Ext80 b) {
        Ext80 special = nonNumbers(env, a, b);
        if (special != null) {
            return special;
        }
        return add(env, a, b.negate(), precisionFormat(env));
    }

    static Ext80 add(X87Env env, Ext80 a, Ext80 b, Format f) {
        Ext80 special = nonNumbers(env, a, b);
        if (special != null) {
            return special;
        }
        if (denormals(env, a, b)) {
            return Ext80.INDEFINITE;
        }
        Kind ka = a.kind(), kb = b.kind();
        if (ka == Kind.INF || kb == Kind.INF) {
            if (ka == Kind.INF && kb == Kind.INF && a.negative() != b.negative()) {
                return invalid(env);
            }
            return ka == Kind.INF ? a : b;
        }
        if (ka == Kind.ZERO && kb == Kind.ZERO) {
            boolean neg = a.negative() == b.negative() ? a.negative() : env.rc() == Rounding.RC_DOWN;
            return neg ? Ext80.NEG_ZERO : Ext80.POS_ZERO;
        }
        int ea = a.exp2(), eb = b.exp2();
        int e = Math.min(ea, eb);
        BigInteger sa = signed(a).shiftLeft(ea - e);
        BigInteger sb = signed(b).shiftLeft(eb - e);
        BigInteger sum = sa.add(sb);
        if (sum.signum() == 0) {
            return env.rc() == Rounding.RC_DOWN ? Ext80.NEG_ZERO : Ext80.POS_ZERO;
        }
        return Rounding.round(env, sum.signum() < 0, sum.abs(), e, f);
    }

    private static BigInteger signed(Ext80 v) {
        BigInteger s = v.sig();
        return v.negative() ? s.negate() : s;
    }

    public static Ext80 mul(X87Env env, Ext80 a, Ext80 b) {
        Ext80 special = nonNumbers(env, a, b);
        if (special != null) {
            return special;
        }
        if (denormals(env, a, b)) {
            return Ext80.INDEFINITE;
        }
        boolean neg = a.negative() ^ b.negative();
        Kind ka = a.kind(), kb = b.kind();
        if (ka == Kind.INF || kb == Kind.INF) {
            if (ka == Kind.ZERO || kb == Kind.ZERO) {
                return invalid(env);
            }
            return neg ? Ext80.NEG_INF : Ext80.POS_INF;
        }
        if (ka == Kind.ZERO || kb == Kind.ZERO) {
            return neg ? Ext80.NEG_ZERO : Ext80.POS_ZERO;
        }
        return Rounding.round(env, neg, a.sig().multiply(b.sig()), a.exp2() + b.exp2(), precisionFormat(env));
    }

    public static Ext80 div(X87Env env, Ext80 a, Ext80 b) {
        Ext80 special = nonNumbers(env, a, b);
        if (special != null) {
            return special;
        }
        boolean neg = a.negative() ^ b.negative();
        Kind ka = a.kind(), kb = b.kind();
        if (kb == Kind.ZERO && (ka == Kind.NORMAL || ka == Kind.DENORMAL)) {
            // silicon reports a zero divide without the denormal operand exception here
            env.raise(X87Env.ZE);
            return neg ? Ext80.NEG_INF : Ext80.POS_INF;
        }
        if (denormals(env, a, b)) {
            return Ext80.INDEFINITE;
        }
        if (ka == Kind.INF) {
            return kb == Kind.INF ? invalid(env) : (neg ? Ext80.NEG_INF : Ext80.POS_INF);
        }
        if (kb == Kind.INF) {
            return neg ? Ext80.NEG_ZERO : Ext80.POS_ZERO;
        }
        if (kb == Kind.ZERO) {
            if (ka == Kind.ZERO) {
                return invalid(env);
            }
            env.raise(X87Env.ZE);
            return neg ? Ext80.NEG_INF : Ext80.POS_INF;
        }
        if (ka == Kind.ZERO) {
            return neg ? Ext80.NEG_ZERO : Ext80.POS_ZERO;
        }
        return Rounding.round(env, neg, quotient(a.sig(), b.sig()), a.exp2() - b.exp2() - quotientShift(a.sig(), b.sig()),
                precisionFormat(env));
    }

    private static int quotientShift(BigInteger a, BigInteger b) {
        return Math.max(0, 72 + b.bitLength() - a.bitLength()) + 1;
    }

    /** {@code a / b} scaled by {@code 2^quotientShift}, its last bit sticky. */
    private static BigInteger quotient(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.shiftLeft(quotientShift(a, b) - 1).divideAndRemainder(b);
        return qr[0].shiftLeft(1).or(qr[1].signum() != 0 ? BigInteger.ONE : BigInteger.ZERO);
    }

    public static Ext80 sqrt(X87Env env, Ext80 a) {
        Kind k = a.kind();
        switch (k) {
            case UNSUPPORTED:
                return invalid(env);
            case SNAN:
                env.raise(X87Env.IE);
                return a.quiet();
            case QNAN:
                return a;
            case ZERO:
                return a;
            case INF:
                return a.negative() ? invalid(env) : a;
            default:
                break;
        }
        if (a.negative()) {
            return invalid(env);
        }
        if (k == Kind.DENORMAL && env.denormalTraps()) {
            return Ext80.INDEFINITE;
        }
        BigInteger s = a.sig();
        int e = a.exp2();
        int k2 = Math.max(0, 160 - s.bitLength());
        if (((e - k2) & 1) != 0) {
            k2++;
        }
        BigInteger t = s.shiftLeft(k2);
        BigInteger root = t.sqrt();
        boolean inexact = !root.multiply(root).equals(t);
        BigInteger sig = root.shiftLeft(1).or(inexact ? BigInteger.ONE : BigInteger.ZERO);
        return Rounding.round(env, false, sig, (e - k2) / 2 - 1, precisionFormat(env));
    }

    /** Rounds a finite non-zero value to an integer magnitude under {@code rc}; raises PE and C1. */
    static BigInteger roundToInteger(X87Env env, Ext80 a, int rc) {
        Rounding.Shifted r = Rounding.shiftRound(a.negative(), a.sig(), -a.exp2(), rc);
        if (r.inexact()) {
            env.raise(X87Env.PE);
        }
        if (r.up()) {
            env.raise(X87Env.C1);
        }
        return r.value();
    }

    public static Ext80 frndint(X87Env env, Ext80 a) {
        Kind k = a.kind();
        switch (k) {
            case UNSUPPORTED:
                return invalid(env);
            case SNAN:
                env.raise(X87Env.IE);
                return a.quiet();
            case QNAN:
            case ZERO:
            case INF:
                return a;
            default:
                break;
        }
        if (k == Kind.DENORMAL && env.denormalTraps()) {
            return Ext80.INDEFINITE;
        }
        if (a.exp2() >= 0) {
            return a;
        }
        return Rounding.exact(a.negative(), roundToInteger(env, a, env.rc()), 0);
    }

    /** ST0 * 2^trunc(ST1). */
    public static Ext80 fscale(X87Env env, Ext80 a, Ext80 b) {
        Ext80 special = nonNumbers(env, a, b);
        if (special != null) {
            return special;
        }
        if (denormals(env, a, b)) {
            return Ext80.INDEFINITE;
        }
        Kind ka = a.kind(), kb = b.kind();
        if (kb == Kind.INF) {
            if (b.negative()) {
                if (ka == Kind.INF) {
                    return invalid(env);
                }
                return a.negative() ? Ext80.NEG_ZERO : Ext80.POS_ZERO;
            }
            if (ka == Kind.ZERO) {
                return invalid(env);
            }
            return a.negative() ? Ext80.NEG_INF : Ext80.POS_INF;
        }
        if (ka == Kind.ZERO || ka == Kind.INF) {
            return a;
        }
        long n;
        if (kb == Kind.ZERO || b.exp2() < -63) {
            n = 0;
        } else if (b.exp2() + 63 > 20) {
            n = 1L << 20; // far beyond the exponent range either way
        } else {
            n = b.sig().shiftRight(-b.exp2()).longValue();
        }
        if (b.negative()) {
            n = -n;
        }
        return Rounding.round(env, a.negative(), a.sig(), (int) (a.exp2() + n), Rounding.EXT);
    }

    /** FXTRACT: returns {exponent, significand}; the significand is pushed on top. */
    public static Ext80[] fxtract(X87Env env, Ext80 a) {
        Kind k = a.kind();
        switch (k) {
            case UNSUPPORTED: {
                Ext80 i = invalid(env);
                return new Ext80[] {i, i};
            }
            case SNAN:
            case QNAN: {
                if (k == Kind.SNAN) {
                    env.raise(X87Env.IE);
                }
                Ext80 q = a.quiet();
                return new Ext80[] {q, q};
            }
            case ZERO:
                env.raise(X87Env.ZE);
                return new Ext80[] {Ext80.NEG_INF, a};
            case INF:
                return new Ext80[] {Ext80.POS_INF, a};
            default:
                break;
        }
        if (k == Kind.DENORMAL && env.denormalTraps()) {
            return new Ext80[] {Ext80.INDEFINITE, Ext80.INDEFINITE};
        }
        BigInteger s = a.sig();
        int e = a.exp2() + s.bitLength() - 1;
        Ext80 sig = Rounding.exact(a.negative(), s, -(s.bitLength() - 1));
        return new Ext80[] {fromLong(e), sig};
    }

    /** Result of a partial remainder: the new ST0 and the condition bits C0 C1 C2 C3 it sets. */
    public record Remainder(Ext80 value, int conditions) {
    }

    /** FPREM ({@code nearest == false}) and FPREM1 ({@code nearest == true}). */
    public static Remainder fprem(X87Env env, Ext80 a, Ext80 b, boolean nearest) {
        Ext80 special = nonNumbers(env, a, b);
        if (special != null) {
            return new Remainder(special, 0);
        }
        Kind ka = a.kind(), kb = b.kind();
        if (ka == Kind.INF || kb == Kind.ZERO) {
            return new Remainder(invalid(env), 0);
        }
        if (denormals(env, a, b)) {
            return new Remainder(Ext80.INDEFINITE, 0);
        }
        if (ka == Kind.ZERO || kb == Kind.INF) {
            return new Remainder(a, 0);
        }
        BigInteger sa = a.sig(), sb = b.sig();
        int ea = a.exp2(), eb = b.exp2();
        int d = (ea + sa.bitLength()) - (eb + sb.bitLength());
        if (d >= 64) {
            int n = 32 + (d & 31);
            int shift = d - n;
            // divisor scaled by 2^shift; the quotient is truncated whatever the instruction
            int e = Math.min(ea, eb + shift);
            BigInteger x = sa.shiftLeft(ea - e);
            BigInteger y = sb.shiftLeft(eb + shift - e);
            BigInteger r = x.mod(y);
            Ext80 v = Rounding.round(env, a.negative(), r, e, Rounding.EXT);
            return new Remainder(v, X87Env.C2);
        }
        int e = Math.min(ea, eb);
        BigInteger x = sa.shiftLeft(ea - e);
        BigInteger y = sb.shiftLeft(eb - e);
        BigInteger[] qr = x.divideAndRemainder(y);
        BigInteger q = qr[0], r = qr[1];
        boolean neg = a.negative();
        if (nearest) {
            int c = r.shiftLeft(1).compareTo(y);
            if (c > 0 || (c == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
                r = y.subtract(r);
                neg = !neg;
            }
        }
        Ext80 v = r.signum() == 0 ? (a.negative() ? Ext80.NEG_ZERO : Ext80.POS_ZERO)
                : Rounding.round(env, neg, r, e, Rounding.EXT);
        int qlow = q.intValue() & 7;
        int cc = ((qlow & 4) != 0 ? X87Env.C0 : 0) | ((qlow & 2) != 0 ? X87Env.C3 : 0) | ((qlow & 1) != 0 ? X87Env.C1 : 0);
        return new Remainder(v, cc);
    }

    /**
     * Compares for FCOM/FUCOM/FCOMI/FTST. {@code quiet} (the FUCOM family) raises IE only for
     * signalling NaNs and unsupported operands.
     */
    public static int compare(X87Env env, Ext80 a, Ext80 b, boolean quiet) {
        Kind ka = a.kind(), kb = b.kind();
        if (ka == Kind.UNSUPPORTED || kb == Kind.UNSUPPORTED) {
            env.raise(X87Env.IE);
            return UNORDERED;
        }
        if (a.isNaN() || b.isNaN()) {
            if (!quiet || ka == Kind.SNAN || kb == Kind.SNAN) {
                env.raise(X87Env.IE);
            }
            return UNORDERED;
        }
        if (ka == Kind.DENORMAL || kb == Kind.DENORMAL || env.memoryDenormal) {
            env.raise(X87Env.DE);
        }
        int c = compareValues(a, b);
        return c == 0 ? EQUAL : c < 0 ? LESS : GREATER;
    }

    private static int compareValues(Ext80 a, Ext80 b) {
        if (a.isZero() && b.isZero()) {
            return 0;
        }
        if (a.kind() == Kind.INF || b.kind() == Kind.INF) {
            int va = a.kind() == Kind.INF ? (a.negative() ? -1 : 1) : 0;
            int vb = b.kind() == Kind.INF ? (b.negative() ? -1 : 1) : 0;
            if (va != vb) {
                return Integer.compare(va, vb);
            }
            if (va != 0) {
                return 0;
            }
        }
        int ea = a.exp2(), eb = b.exp2();
        int e = Math.min(ea, eb);
        return signed(a).shiftLeft(ea - e).compareTo(signed(b).shiftLeft(eb - e));
    }

    public static Ext80 fromLong(long v) {
        if (v == 0) {
            return Ext80.POS_ZERO;
        }
        boolean neg = v < 0;
        BigInteger mag = BigInteger.valueOf(v).abs();
        return Rounding.exact(neg, mag, 0);
    }

    /** Converts for FIST/FISTP/FISTTP to a {@code bits}-wide integer; the integer indefinite when invalid. */
    public static long toInteger(X87Env env, Ext80 a, int bits, boolean truncate) {
        long indefinite = 1L << (bits - 1);
        Kind k = a.kind();
        if (k == Kind.ZERO) {
            return 0;
        }
        if (k == Kind.UNSUPPORTED || k == Kind.INF || k == Kind.QNAN || k == Kind.SNAN) {
            env.raise(X87Env.IE);
            return indefinite;
        }
        // a denormal source rounds to 0 or 1 with PE only: silicon raises no DE for integer stores
        X87Env probe = new X87Env();
        probe.cw = env.cw;
        BigInteger mag = roundToInteger(probe, a, truncate ? Rounding.RC_ZERO : env.rc());
        BigInteger v = a.negative() ? mag.negate() : mag;
        if (v.bitLength() > bits - 1) {
            env.raise(X87Env.IE);
            return indefinite;
        }
        env.raise(probe.raised);
        return v.longValue();
    }

    /** FLD m32: exact; a signalling NaN raises IE and loads quiet. */
    public static Ext80 fromFloat32(X87Env env, int bits) {
        return quietLoaded(env, fromFloat32Operand(env, bits));
    }

    /** FLD m64: exact; a signalling NaN raises IE and loads quiet. */
    public static Ext80 fromFloat64(X87Env env, long bits) {
        return quietLoaded(env, fromFloat64Operand(env, bits));
    }

    private static Ext80 quietLoaded(X87Env env, Ext80 v) {
        if (env.memoryDenormal) {
            env.memoryDenormal = false;
            env.raise(X87Env.DE);
        }
        if (v.kind() == Kind.SNAN) {
            env.raise(X87Env.IE);
            return v.quiet();
        }
        return v;
    }

    /** An m32 arithmetic operand, widened exactly; a signalling NaN stays signalling for the operation. */
    public static Ext80 fromFloat32Operand(X87Env env, int bits) {
        boolean neg = bits < 0;
        int e = (bits >>> 23) & 0xFF;
        long frac = bits & 0x7FFFFF;
        if (e == 0xFF) {
            return Ext80.of(neg, 0x7FFF, Ext80.INT_BIT | frac << 40);
        }
        if (e == 0) {
            if (frac == 0) {
                return neg ? Ext80.NEG_ZERO : Ext80.POS_ZERO;
            }
            env.memoryDenormal = true;
            return Rounding.exact(neg, BigInteger.valueOf(frac), -149);
        }
        return Ext80.of(neg, e - 127 + Ext80.BIAS, Ext80.INT_BIT | frac << 40);
    }

    /** An m64 arithmetic operand, widened exactly; a signalling NaN stays signalling for the operation. */
    public static Ext80 fromFloat64Operand(X87Env env, long bits) {
        boolean neg = bits < 0;
        int e = (int) (bits >>> 52) & 0x7FF;
        long frac = bits & 0xF_FFFF_FFFF_FFFFL;
        if (e == 0x7FF) {
            return Ext80.of(neg, 0x7FFF, Ext80.INT_BIT | frac << 11);
        }
        if (e == 0) {
            if (frac == 0) {
                return neg ? Ext80.NEG_ZERO : Ext80.POS_ZERO;
            }
            env.memoryDenormal = true;
            return Rounding.exact(neg, BigInteger.valueOf(frac), -1074);
        }
        return Ext80.of(neg, e - 1023 + Ext80.BIAS, Ext80.INT_BIT | frac << 11);
    }

    public static int toFloat32(X87Env env, Ext80 a) {
        Ext80 r = toSmaller(env, a, Rounding.F32);
        return (int) encodeSmaller(r, 8, 23);
    }

    public static long toFloat64(X87Env env, Ext80 a) {
        Ext80 r = toSmaller(env, a, Rounding.F64);
        return encodeSmaller(r, 11, 52);
    }

    private static Ext80 toSmaller(X87Env env, Ext80 a, Format f) {
        switch (a.kind()) {
            case UNSUPPORTED:
                return invalid(env);
            case SNAN:
                env.raise(X87Env.IE);
                return a.quiet();
            case QNAN:
            case INF:
            case ZERO:
                return a;
            default:
                return Rounding.round(env, a.negative(), a.sig(), a.exp2(), f);
        }
    }

    /** Encodes a value already representable in a format with {@code ew} exponent and {@code fw} fraction bits. */
    private static long encodeSmaller(Ext80 r, int ew, int fw) {
        long sign = r.negative() ? 1L << (ew + fw) : 0;
        int emaxField = (1 << ew) - 1;
        int bias = (1 << (ew - 1)) - 1;
        Kind k = r.kind();
        if (k == Kind.ZERO) {
            return sign;
        }
        if (k == Kind.INF || k == Kind.QNAN || k == Kind.SNAN) {
            return sign | (long) emaxField << fw | ((r.m() & Long.MAX_VALUE) >>> (63 - fw));
        }
        int unbiased = r.exp2() + r.sig().bitLength() - 1;
        if (unbiased < 1 - bias) {
            // denormal in the smaller format: fraction = value / 2^(1 - bias - fw)
            long frac = r.sig().shiftRight((1 - bias - fw) - r.exp2()).longValue();
            return sign | frac;
        }
        long frac = (r.m() & Long.MAX_VALUE) >>> (63 - fw);
        return sign | (long) (unbiased + bias) << fw | frac;
    }
}
