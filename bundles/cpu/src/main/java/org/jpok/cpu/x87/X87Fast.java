package org.jpok.cpu.x87;

/**
 * Long-arithmetic shortcuts for the common case of {@link X87Arith}: normal operands and a normal
 * result. Each method returns null when its case does not apply, and the exact BigInteger path
 * runs instead; the differential tests check both paths against silicon.
 */
final class X87Fast {

    private X87Fast() {
    }

    /**
     * Rounds the 128-bit significand {@code hi:lo} (bit 127 set) with value {@code hi:lo * 2^(e - 127)}
     * to {@code prec} bits; null if the result would leave the normal range.
     */
    private static Ext80 round128(X87Env env, boolean neg, long hi, long lo, int e, int prec) {
        int drop = 64 - prec;
        long kept, halfBit, stickyBits;
        if (drop == 0) {
            kept = hi;
            halfBit = lo >>> 63;
            stickyBits = lo << 1;
        } else {
            kept = hi >>> drop;
            halfBit = (hi >>> (drop - 1)) & 1;
            stickyBits = (hi << (65 - drop)) | lo;
            if (drop == 1) {
                stickyBits = lo;
            }
        }
        boolean half = halfBit != 0, sticky = stickyBits != 0;
        boolean inexact = half || sticky;
        boolean inc = switch (env.rc()) {
            case Rounding.RC_NEAREST -> half && (sticky || (kept & 1) != 0);
            case Rounding.RC_DOWN -> inexact && neg;
            case Rounding.RC_UP -> inexact && !neg;
            default -> false;
        };
        if (inc) {
            kept++;
            if (prec == 64 ? kept == 0 : kept == 1L << prec) {
                kept = 1L << (prec - 1);
                e++;
            }
        }
        int biased = e + Ext80.BIAS;
        if (biased < 1 || biased > 0x7FFE) {
            return null;
        }
        if (inexact) {
            env.raise(X87Env.PE);
        }
        if (inc) {
            env.raise(X87Env.C1);
        }
        return Ext80.of(neg, biased, kept << drop);
    }

    static Ext80 mul(X87Env env, Ext80 a, Ext80 b, int prec) {
        long x = a.m(), y = b.m();
        long lo = x * y;
        long hi = Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
        int e = a.biasedExponent() + b.biasedExponent() - 2 * Ext80.BIAS + 1;
        if (hi >= 0) {
            hi = (hi << 1) | (lo >>> 63);
            lo <<= 1;
            e--;
        }
        return round128(env, a.negative() ^ b.negative(), hi, lo, e, prec);
    }

    static Ext80 add(X87Env env, Ext80 a, Ext80 b, int prec) {
        int ea = a.biasedExponent(), eb = b.biasedExponent();
        if (ea < eb || (ea == eb && Long.compareUnsigned(a.m(), b.m()) < 0)) {
            Ext80 t = a;
            a = b;
            b = t;
            int te = ea;
            ea = eb;
            eb = te;
        }
        int d = ea - eb;
        if (d >= 63) {
            return null;
        }
        // |a| >= |b|; both as 128-bit values hi:lo with a's integer bit at bit 126 (one bit of headroom)
        long ahi = a.m() >>> 1, alo = a.m() << 63;
        long bhi, blo;
        long bm = b.m();
        int s = d + 1;
        bhi = bm >>> s;
        blo = bm << (64 - s);
        long hi, lo;
        boolean neg = a.negative();
        if (a.negative() == b.negative()) {
            lo = alo + blo;
            hi = ahi + bhi + (Long.compareUnsigned(lo, alo) < 0 ? 1 : 0);
        } else {
            lo = alo - blo;
            hi = ahi - bhi - (Long.compareUnsigned(alo, blo) < 0 ? 1 : 0);
            if (hi == 0 && lo == 0) {
                return env.rc() == Rounding.RC_DOWN ? Ext80.NEG_ZERO : Ext80.POS_ZERO;
            }
        }
        int e = ea - Ext80.BIAS + 1; // exponent of bit 127
        int lz = hi != 0 ? Long.numberOfLeadingZeros(hi) : 64 + Long.numberOfLeadingZeros(lo);
        if (lz >= 64) {
            hi = lo << (lz - 64);
            lo = 0;
        } else if (lz > 0) {
            hi = (hi << lz) | (lo >>> (64 - lz));
            lo <<= lz;
        }
        return round128(env, neg, hi, lo, e - lz, prec);
    }

    /** FST m64 of a normal value whose result is a normal double; otherwise 0. */
    static long toFloat64(X87Env env, Ext80 a) {
        int e = a.biasedExponent() - Ext80.BIAS;
        if (a.kind() != Ext80.Kind.NORMAL || e < -1021 || e > 1022) {
            return 0;
        }
        Ext80 r = round128(env, a.negative(), a.m(), 0, e, 53);
        long frac = (r.m() & Long.MAX_VALUE) >>> 11;
        long exp = r.biasedExponent() - Ext80.BIAS + 1023;
        return (a.negative() ? Long.MIN_VALUE : 0) | exp << 52 | frac;
    }

    /** FST m32 of a normal value whose result is a normal float; otherwise 0. */
    static int toFloat32(X87Env env, Ext80 a) {
        int e = a.biasedExponent() - Ext80.BIAS;
        if (a.kind() != Ext80.Kind.NORMAL || e < -125 || e > 126) {
            return 0;
        }
        Ext80 r = round128(env, a.negative(), a.m(), 0, e, 24);
        int frac = (int) ((r.m() & Long.MAX_VALUE) >>> 40);
        int exp = r.biasedExponent() - Ext80.BIAS + 127;
        return (a.negative() ? Integer.MIN_VALUE : 0) | exp << 23 | frac;
    }

    /** Marks "no shortcut" for {@link #toInteger}: no result of it can be this value. */
    static final long NOT_APPLICABLE = Long.MIN_VALUE;

    /** FIST/FISTP/FISTTP of a normal value with 1 <= |x| < 2^62 that fits; otherwise {@link #NOT_APPLICABLE}. */
    static long toInteger(X87Env env, Ext80 a, int bits, int rc) {
        int e = a.biasedExponent() - Ext80.BIAS;
        if (a.kind() != Ext80.Kind.NORMAL || e < 0 || e > 61) {
            return NOT_APPLICABLE;
        }
        long m = a.m();
        int shift = 63 - e;
        long kept = m >>> shift;
        boolean half = ((m >>> (shift - 1)) & 1) != 0;
        boolean sticky = (m << (65 - shift)) != 0;
        boolean neg = a.negative();
        boolean inexact = half || sticky;
        boolean inc = switch (rc) {
            case Rounding.RC_NEAREST -> half && (sticky || (kept & 1) != 0);
            case Rounding.RC_DOWN -> inexact && neg;
            case Rounding.RC_UP -> inexact && !neg;
            default -> false;
        };
        if (inc) {
            kept++;
        }
        long limit = 1L << (bits - 1);
        if (neg ? kept > limit : kept >= limit) {
            return NOT_APPLICABLE;
        }
        if (inexact) {
            env.raise(X87Env.PE);
        }
        if (inc) {
            env.raise(X87Env.C1);
        }
        return neg ? -kept : kept;
    }
}
