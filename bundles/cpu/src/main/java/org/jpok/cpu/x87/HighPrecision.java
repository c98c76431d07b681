package org.jpok.cpu.x87;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Elementary functions in BigDecimal with about 230 bits of relative precision, far more than the
 * 64 bits a result keeps, so the final rounding is right except on near-ties that a
 * 64-bit result can't tell apart.
 */
final class HighPrecision {

    static final MathContext MC = new MathContext(70, RoundingMode.HALF_EVEN);
    /** Wider context for argument reduction, where k * pi/2 cancels up to 2^63 of magnitude. */
    private static final MathContext WIDE = new MathContext(110, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal EPS = BigDecimal.ONE.movePointLeft(75);

    static final BigDecimal PI = computePi();
    static final BigDecimal LN2 = atanhTimes2(BigDecimal.ONE.divide(BigDecimal.valueOf(3), WIDE), WIDE);
    static final BigDecimal LN10 = ln(BigDecimal.TEN);

    private HighPrecision() {
    }

    /** The exact value of a finite extended real. */
    static BigDecimal of(Ext80 v) {
        BigDecimal d = exact(v.sig(), v.exp2());
        return v.negative() ? d.negate() : d;
    }

    static BigDecimal exact(BigInteger sig, int exp) {
        if (exp >= 0) {
            return new BigDecimal(sig.shiftLeft(exp));
        }
        return new BigDecimal(sig.multiply(BigInteger.valueOf(5).pow(-exp)), -exp);
    }

    /** Rounds an inexact (irrational) value to the extended format under the control word. */
    static Ext80 round(X87Env env, BigDecimal x) {
        if (x.signum() == 0) {
            return Ext80.POS_ZERO;
        }
        boolean neg = x.signum() < 0;
        BigDecimal a = x.abs();
        // scale so that the integer part has about 140 bits, then keep a sticky bit
        int log2 = (int) Math.floor((a.precision() - a.scale() - 1) * 3.3219280948873626);
        int s = 140 - log2;
        BigDecimal scaled = s >= 0 ? a.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(s)))
                : a.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-s)), WIDE);
        BigInteger sig = scaled.toBigInteger().shiftLeft(1).or(BigInteger.ONE);
        return Rounding.round(env, neg, sig, -s - 1, Rounding.EXT);
    }

    static BigDecimal computePi() {
        // Machin: pi = 16 atan(1/5) - 4 atan(1/239)
        BigDecimal a = atanSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(5), WIDE), WIDE);
        BigDecimal b = atanSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(239), WIDE), WIDE);
        return a.multiply(BigDecimal.valueOf(16)).subtract(b.multiply(BigDecimal.valueOf(4)), WIDE);
    }

    private static BigDecimal atanSeries(BigDecimal x, MathContext mc) {
        BigDecimal x2 = x.multiply(x, mc), term = x, sum = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
        for (int n = 3; ; n += 2) {
            term = term.multiply(x2, mc).negate();
            BigDecimal t = term.divide(BigDecimal.valueOf(n), mc);
            if (t.abs().compareTo(eps.multiply(sum.abs())) < 0) {
                return sum;
            }
            sum = sum.add(t, mc);
        }
    }

    /** 2 atanh(z) = ln((1+z)/(1-z)). */
    private static BigDecimal atanhTimes2(BigDecimal z, MathContext mc) {
        BigDecimal z2 = z.multiply(z, mc), term = z, sum = z;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
        for (int n = 3; ; n += 2) {
            term = term.multiply(z2, mc);
            BigDecimal t = term.divide(BigDecimal.valueOf(n), mc);
            if (t.abs().compareTo(eps.multiply(sum.abs())) <= 0) {
                return sum.multiply(TWO, mc);
            }
            sum = sum.add(t, mc);
        }
    }

    static BigDecimal atan(BigDecimal x) {
        if (x.signum() != 0 && x.abs().compareTo(BigDecimal.ONE.movePointLeft(25)) < 0) {
            // atan x = x - x^3/3 + ...: the correction is added exactly
            return x.subtract(x.pow(3, MC).divide(BigDecimal.valueOf(3), MC));
        }
        if (x.signum() < 0) {
            return atan(x.negate()).negate();
        }
        if (x.compareTo(BigDecimal.ONE) > 0) {
            return PI.divide(TWO, MC).subtract(atan(BigDecimal.ONE.divide(x, MC)), MC);
        }
        // halve the argument twice: atan(x) = 2 atan(x / (1 + sqrt(1 + x^2)))
        BigDecimal y = x;
        for (int i = 0; i < 2; i++) {
            y = y.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(y.multiply(y, MC)).sqrt(MC)), MC);
        }
        return atanSeries(y, MC).multiply(BigDecimal.valueOf(4), MC);
    }

    /** atan2(y, x) for finite, not both zero, arguments. */
    static BigDecimal atan2(BigDecimal y, BigDecimal x) {
        if (x.signum() == 0) {
            BigDecimal h = PI.divide(TWO, MC);
            return y.signum() < 0 ? h.negate() : h;
        }
        BigDecimal q;
        try {
            q = y.divide(x); // exact when it terminates, so tiny quotients keep their exact value
        } catch (ArithmeticException nonTerminating) {
            q = y.divide(x, MC);
        }
        BigDecimal a = atan(q);
        if (x.signum() > 0) {
            return a;
        }
        return y.signum() < 0 ? a.subtract(PI, MC) : a.add(PI, MC);
    }

    /** Natural logarithm of a positive value. */
    static BigDecimal ln(BigDecimal x) {
        // x = m * 2^e with m in [1, 2)
        int e = 0;
        BigDecimal m = x;
        int guess = (int) Math.floor((x.precision() - x.scale() - 1) * 3.3219280948873626);
        if (guess != 0) {
            m = guess > 0 ? x.divide(new BigDecimal(BigInteger.ONE.shiftLeft(guess)), WIDE)
                    : x.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(-guess)));
            e = guess;
        }
        while (m.compareTo(TWO) >= 0) {
            m = m.divide(TWO, WIDE);
            e++;
        }
        while (m.compareTo(BigDecimal.ONE) < 0) {
            m = m.multiply(TWO);
            e--;
        }
        BigDecimal z = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), WIDE);
        BigDecimal lnm = z.signum() == 0 ? BigDecimal.ZERO : atanhTimes2(z, WIDE);
        return lnm.add(LN2.multiply(BigDecimal.valueOf(e), WIDE), WIDE);
    }

    /** ln(1 + x) for |x| < 1, accurate for tiny x. */
    static BigDecimal ln1p(BigDecimal x) {
        if (x.abs().compareTo(new BigDecimal("0.25")) > 0) {
            return ln(BigDecimal.ONE.add(x));
        }
        return atanhTimes2(x.divide(TWO.add(x), MC), MC);
    }

    /** e^x - 1 for |x| below about 1, accurate for tiny x. */
    static BigDecimal expm1(BigDecimal x) {
        if (x.abs().compareTo(BigDecimal.ONE) > 0) {
            // e^x = (e^(x/2^k))^(2^k)
            int k = 0;
            BigDecimal y = x;
            while (y.abs().compareTo(BigDecimal.ONE) > 0) {
                y = y.divide(TWO, WIDE);
                k++;
            }
            BigDecimal e = BigDecimal.ONE.add(expm1(y), WIDE);
            for (int i = 0; i < k; i++) {
                e = e.multiply(e, WIDE);
            }
            return e.subtract(BigDecimal.ONE, MC);
        }
        BigDecimal term = x, rest = BigDecimal.ZERO;
        for (int n = 2; ; n++) {
            term = term.multiply(x, MC).divide(BigDecimal.valueOf(n), MC);
            if (term.abs().compareTo(EPS.multiply(x.abs())) < 0 && rest.signum() != 0) {
                return x.add(rest);
            }
            rest = rest.add(term, MC);
        }
    }

    /** sin and cos of |x| < 2^63 after reduction by pi/2. Returns {sin, cos}. */
    static BigDecimal[] sinCos(BigDecimal x) {
        BigDecimal halfPi = REDUCTION_PI.divide(TWO, WIDE);
        BigDecimal k = x.divide(halfPi, WIDE).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal r = k.signum() == 0 ? x : x.subtract(halfPi.multiply(k, WIDE), WIDE);
        BigDecimal s = sinSeries(r), c = cosSeries(r);
        int q = k.toBigInteger().intValue() & 3;
        return switch (q) {
            case 0 -> new BigDecimal[] {s, c};
            case 1 -> new BigDecimal[] {c, s.negate()};
            case 2 -> new BigDecimal[] {s.negate(), c.negate()};
            default -> new BigDecimal[] {c.negate(), s};
        };
    }

    /** FSIN, FCOS, FSINCOS and FPTAN reduce by a 66-bit pi, as the SDM documents; silicon matches this. */
    static final BigDecimal REDUCTION_PI = roundedPi(66);

    private static BigDecimal roundedPi(int bits) {
        BigDecimal scale = new BigDecimal(BigInteger.ONE.shiftLeft(bits - 2));
        BigInteger p = PI.multiply(scale).setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
        return new BigDecimal(p).divide(scale);
    }

    private static BigDecimal sinSeries(BigDecimal r) {
        if (r.signum() == 0) {
            return r;
        }
        // the leading term is added exactly, so a correction far below it still shows in the rounding
        BigDecimal r2 = r.multiply(r, MC), term = r, rest = BigDecimal.ZERO;
        for (int n = 2; ; n += 2) {
            term = term.multiply(r2, MC).divide(BigDecimal.valueOf((long) n * (n + 1)), MC).negate();
            if (term.abs().compareTo(EPS.multiply(r.abs())) < 0 && rest.signum() != 0) {
                return r.add(rest);
            }
            rest = rest.add(term, MC);
        }
    }

    private static BigDecimal cosSeries(BigDecimal r) {
        if (r.signum() == 0) {
            return BigDecimal.ONE;
        }
        BigDecimal r2 = r.multiply(r, MC), term = BigDecimal.ONE, rest = BigDecimal.ZERO;
        for (int n = 1; ; n += 2) {
            term = term.multiply(r2, MC).divide(BigDecimal.valueOf((long) n * (n + 1)), MC).negate();
            if (term.abs().compareTo(EPS) < 0 && rest.signum() != 0) {
                return BigDecimal.ONE.add(rest);
            }
            rest = rest.add(term, MC);
        }
    }
}
