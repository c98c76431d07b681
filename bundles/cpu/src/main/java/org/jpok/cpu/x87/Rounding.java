package org.jpok.cpu.x87;

import java.math.BigInteger;

/**
 * Rounds exact values to a binary format under the x87 control word, raising PE, UE, OE and the
 * C1 "rounded up" indication. Values are {@code (-1)^neg * sig * 2^exp}; callers pass exact
 * values, or values whose last bit is a sticky bit well below the rounding position.
 */
final class Rounding {

    /** A destination format: significand bits, exponent range, and the quantum of its smallest denormal. */
    record Format(int prec, int emin, int emax, int qmin, boolean register) {
        static Format register(int prec) {
            return new Format(prec, -16382, 16383, -16382 - (prec - 1), true);
        }
    }

    static final Format EXT = Format.register(64);
    static final Format F32 = new Format(24, -126, 127, -149, false);
    static final Format F64 = new Format(53, -1022, 1023, -1074, false);

    /** Exponent wrap for unmasked overflow and underflow with a register destination. */
    static final int BIAS_ADJUST = 24576;

    static final int RC_NEAREST = 0, RC_DOWN = 1, RC_UP = 2, RC_ZERO = 3;

    private Rounding() {
    }

    /** Result of shifting an integer right with rounding. */
    record Shifted(BigInteger value, boolean inexact, boolean up) {
    }

    static Shifted shiftRound(boolean neg, BigInteger sig, int shift, int rc) {
        if (shift <= 0) {
            return new Shifted(sig.shiftLeft(-shift), false, false);
        }
        BigInteger q = sig.shiftRight(shift);
        boolean half = sig.testBit(shift - 1);
        boolean sticky = sig.getLowestSetBit() < shift - 1;
        boolean inexact = half || sticky;
        boolean inc = switch (rc) {
            case RC_NEAREST -> half && (sticky || q.testBit(0));
            case RC_DOWN -> inexact && neg;
            case RC_UP -> inexact && !neg;
            default -> false;
        };
        return new Shifted(inc ? q.add(BigInteger.ONE) : q, inexact, inc);
    }

    /**
     * Rounds to {@code f} and encodes as an {@link Ext80} (every value of the smaller formats is one).
     * Flags go to {@code env}; an unmasked OE or UE with a memory destination leaves the flag set and
     * returns a value the caller must not store.
     */
    static Ext80 round(X87Env env, boolean neg, BigInteger sig, int exp, Format f) {
        int rc = env.rc();
        if (sig.signum() == 0) {
            return neg ? Ext80.NEG_ZERO : Ext80.POS_ZERO;
        }
        int e = exp + sig.bitLength() - 1;
        boolean tiny = false;
        if (e < f.emin) {
            // x87 detects tininess after rounding, as if the exponent range were unbounded
            Shifted u = shiftRound(neg, sig, e - (f.prec - 1) - exp, rc);
            tiny = e - (f.prec - 1) + u.value.bitLength() - 1 < f.emin;
        }
        if (tiny && !env.masked(X87Env.UE)) {
            env.raise(X87Env.UE);
            if (!f.register) {
                return Ext80.INDEFINITE;
            }
            if (e + BIAS_ADJUST >= f.emin) {
                return roundNormal(env, neg, sig, exp + BIAS_ADJUST, f);
            }
            // beyond what the exponent wrap can represent: silicon gives zero whatever RC says
            env.raise(X87Env.PE);
            return neg ? Ext80.NEG_ZERO : Ext80.POS_ZERO;
        }
        int q = Math.max(e - (f.prec - 1), f.qmin);
        Shifted r = shiftRound(neg, sig, q - exp, rc);
        int len = r.value.bitLength();
        int er = q + len - 1;
        if (len != 0 && er > f.emax) {
            return overflow(env, neg, sig, exp, f);
        }
        if (r.inexact) {
            env.raise(X87Env.PE);
            if (tiny) {
                env.raise(X87Env.UE);
            }
        }
        if (r.up) {
            env.raise(X87Env.C1);
        }
        return exact(neg, r.value, q);
    }

    private static Ext80 roundNormal(X87Env env, boolean neg, BigInteger sig, int exp, Format f) {
        int e = exp + sig.bitLength() - 1;
        Shifted r = shiftRound(neg, sig, e - (f.prec - 1) - exp, env.rc());
        if (r.inexact) {
            env.raise(X87Env.PE);
        }
        if (r.up) {
            env.raise(X87Env.C1);
        }
        return exact(neg, r.value, e - (f.prec - 1));
    }

    private static Ext80 overflow(X87Env env, boolean neg, BigInteger sig, int exp, Format f) {
        env.raise(X87Env.OE);
        if (!env.masked(X87Env.OE)) {
            if (!f.register) {
                return Ext80.INDEFINITE;
            }
            if (exp + sig.bitLength() - 1 - BIAS_ADJUST <= f.emax) {
                return roundNormal(env, neg, sig, exp - BIAS_ADJUST, f);
            }
            // beyond what the exponent wrap can represent: silicon gives infinity whatever RC says
            env.raise(X87Env.PE | X87Env.C1);
            return neg ? Ext80.NEG_INF : Ext80.POS_INF;
        }
        env.raise(X87Env.PE);
        int rc = env.rc();
        boolean toInf = rc == RC_NEAREST || (rc == RC_DOWN && neg) || (rc == RC_UP && !neg);
        if (toInf) {
            env.raise(X87Env.C1);
            return neg ? Ext80.NEG_INF : Ext80.POS_INF;
        }
        long mant = -1L << (64 - f.prec);
        return Ext80.of(neg, f.emax + Ext80.BIAS, mant);
    }

    /** Encodes {@code v * 2^q} exactly; the value must be representable as an extended real. */
    static Ext80 exact(boolean neg, BigInteger v, int q) {
        int len = v.bitLength();
        if (len == 0) {
            return neg ? Ext80.NEG_ZERO : Ext80.POS_ZERO;
        }
        int e = q + len - 1;
        if (e >= -16382) {
            long mant = (len <= 64 ? v.shiftLeft(64 - len) : v.shiftRight(len - 64)).longValue();
            return Ext80.of(neg, e + Ext80.BIAS, mant);
        }
        return Ext80.of(neg, 0, v.shiftLeft(q + 16445).longValue());
    }
}
