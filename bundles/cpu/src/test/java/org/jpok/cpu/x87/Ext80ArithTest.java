package org.jpok.cpu.x87;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jpok.cpu.x87.Ext80.Kind;
import org.junit.jupiter.api.Test;

/** The software float on its own: classes, rounding, conversions and the special-value rules. */
class Ext80ArithTest {

    private static X87Env env(int rc, int pc) {
        X87Env e = new X87Env();
        e.cw = 0x007F | pc << 8 | rc << 10;
        return e;
    }

    private static Ext80 ext(double d) {
        return X87Arith.fromFloat64(new X87Env(), Double.doubleToRawLongBits(d));
    }

    private static double dbl(Ext80 v) {
        return Double.longBitsToDouble(X87Arith.toFloat64(new X87Env(), v));
    }

    @Test
    void classifiesEncodings() {
        assertEquals(Kind.ZERO, Ext80.NEG_ZERO.kind());
        assertEquals(Kind.INF, Ext80.POS_INF.kind());
        assertEquals(Kind.QNAN, Ext80.INDEFINITE.kind());
        assertEquals(Kind.SNAN, new Ext80(0x7FFF, 0x8000_0000_0000_0001L).kind());
        assertEquals(Kind.DENORMAL, new Ext80(0, 1).kind());
        assertEquals(Kind.DENORMAL, new Ext80(0, Ext80.INT_BIT).kind(), "pseudo-denormal");
        assertEquals(Kind.UNSUPPORTED, new Ext80(0x3FFF, 0x4000_0000_0000_0000L).kind(), "unnormal");
        assertEquals(Kind.UNSUPPORTED, new Ext80(0x7FFF, 0).kind(), "pseudo-infinity");
    }

    @Test
    void addRoundsOnceToNearestEven() {
        X87Env e = env(Rounding.RC_NEAREST, 3);
        // 1 + 2^-64 is a tie between 1 and 1 + 2^-63: nearest-even keeps 1, with PE and no C1
        Ext80 tiny = Ext80.of(false, Ext80.BIAS - 64, Ext80.INT_BIT);
        assertEquals(Ext80.ONE, X87Arith.add(e, Ext80.ONE, tiny));
        assertEquals(X87Env.PE, e.raised);
        X87Env up = env(Rounding.RC_UP, 3);
        assertEquals(new Ext80(Ext80.BIAS, Ext80.INT_BIT | 1), X87Arith.add(up, Ext80.ONE, tiny));
        assertEquals(X87Env.PE | X87Env.C1, up.raised);
    }

    @Test
    void precisionControlRoundsToDoubleAndSingle() {
        Ext80 third = X87Arith.div(env(0, 3), Ext80.ONE, ext(3));
        Ext80 third53 = X87Arith.div(env(0, 2), Ext80.ONE, ext(3));
        Ext80 third24 = X87Arith.div(env(0, 0), Ext80.ONE, ext(3));
        assertEquals(0xAAAA_AAAA_AAAA_AAABL, third.m());
        assertEquals(1.0 / 3, dbl(third53));
        assertEquals(0, third53.m() & 0x7FF, "53-bit result has 11 clear low bits");
        assertEquals((double) (1.0f / 3), dbl(third24));
    }

    @Test
    void exactCancellationSignFollowsRounding() {
        Ext80 x = ext(1.5);
        assertEquals(Ext80.POS_ZERO, X87Arith.sub(env(Rounding.RC_NEAREST, 3), x, x));
        assertEquals(Ext80.NEG_ZERO, X87Arith.sub(env(Rounding.RC_DOWN, 3), x, x));
    }

    @Test
    void specialValueRules() {
        X87Env e = env(0, 3);
        assertEquals(Ext80.INDEFINITE, X87Arith.add(e, Ext80.POS_INF, Ext80.NEG_INF));
        assertEquals(X87Env.IE, e.raised);
        e = env(0, 3);
        assertEquals(Ext80.NEG_INF, X87Arith.div(e, ext(-2), Ext80.POS_ZERO));
        assertEquals(X87Env.ZE, e.raised);
        e = env(0, 3);
        assertEquals(Ext80.INDEFINITE, X87Arith.sqrt(e, ext(-4)));
        e = env(0, 3);
        Ext80 snan = new Ext80(0x7FFF, 0x8000_0000_0000_0005L);
        Ext80 r = X87Arith.mul(e, snan, ext(2));
        assertEquals(snan.quiet(), r, "an SNaN comes back quiet");
        assertEquals(X87Env.IE, e.raised);
    }

    @Test
    void sqrtIsExactWhenItCanBe() {
        X87Env e = env(0, 3);
        assertEquals(ext(3), X87Arith.sqrt(e, ext(9)));
        assertEquals(0, e.raised);
        Ext80 r2 = X87Arith.sqrt(e, ext(2));
        assertEquals(0xB504_F333_F9DE_6484L, r2.m());
        assertTrue((e.raised & X87Env.PE) != 0);
    }

    @Test
    void overflowAndUnderflowResponses() {
        Ext80 max = Ext80.of(false, 0x7FFE, -1L);
        X87Env e = env(Rounding.RC_ZERO, 3);
        assertEquals(max, X87Arith.mul(e, max, ext(2)), "toward zero saturates at the largest finite");
        assertEquals(X87Env.OE | X87Env.PE, e.raised);
        e = env(Rounding.RC_NEAREST, 3);
        Ext80 min = Ext80.of(false, 1, Ext80.INT_BIT);
        Ext80 half = X87Arith.mul(e, min, ext(0.5));
        assertEquals(new Ext80(0, 0x4000_0000_0000_0000L), half, "exact denormal");
        assertEquals(0, e.raised, "tiny but exact: no UE");
    }

    @Test
    void conversionsRoundTrip() {
        X87Env e = env(0, 3);
        for (double d : new double[] {0.1, -1e300, 4.9e-324, Double.MAX_VALUE, Double.NEGATIVE_INFINITY}) {
            assertEquals(d, dbl(ext(d)));
        }
        float f = 1.1f;
        assertEquals(Float.floatToRawIntBits(f), X87Arith.toFloat32(e, X87Arith.fromFloat32(e, Float.floatToRawIntBits(f))));
        assertEquals(0x7FC0_0000 | 0x8000_0000, X87Arith.toFloat32(e, Ext80.INDEFINITE));
    }

    @Test
    void integerStoresHonourRoundingAndRange() {
        assertEquals(2, X87Arith.toInteger(env(Rounding.RC_NEAREST, 3), ext(2.5), 32, false));
        assertEquals(3, X87Arith.toInteger(env(Rounding.RC_UP, 3), ext(2.5), 32, false));
        assertEquals(-3, X87Arith.toInteger(env(Rounding.RC_DOWN, 3), ext(-2.5), 32, false));
        assertEquals(-2, X87Arith.toInteger(env(Rounding.RC_NEAREST, 3), ext(-2.5), 32, true), "fisttp truncates");
        X87Env e = env(0, 3);
        assertEquals(0x8000, X87Arith.toInteger(e, ext(40000), 16, false) & 0xFFFF);
        assertEquals(X87Env.IE, e.raised);
        assertEquals(Long.MIN_VALUE, X87Arith.toInteger(env(0, 3), ext(-9.223372036854775808E18), 64, false));
    }

    @Test
    void partialRemainderReportsQuotientBits() {
        X87Env e = env(0, 3);
        X87Arith.Remainder r = X87Arith.fprem(e, ext(17), ext(5), false);
        assertEquals(ext(2), r.value());
        // quotient 3 = 0b011: C0 = Q2 = 0, C3 = Q1 = 1, C1 = Q0 = 1
        assertEquals(X87Env.C3 | X87Env.C1, r.conditions());
        X87Arith.Remainder r1 = X87Arith.fprem(e, ext(17), ext(5), true);
        assertEquals(ext(2), r1.value());
        X87Arith.Remainder r2 = X87Arith.fprem(e, ext(18), ext(5), true);
        assertEquals(ext(-2), r2.value(), "fprem1 rounds the quotient to nearest");
        X87Arith.Remainder partial = X87Arith.fprem(e, ext(1e30), ext(3), false);
        assertEquals(X87Env.C2, partial.conditions(), "exponents 100 apart need more than one pass");
    }

    @Test
    void transcendentalsAreCorrectlyRounded() {
        X87Env e = env(0, 3);
        Ext80 pi = X87Constants.load(3, 0);
        assertEquals(0xC90F_DAA2_2168_C235L, pi.m());
        assertEquals(0xC90F_DAA2_2168_C234L, X87Constants.load(3, Rounding.RC_ZERO).m());
        Ext80 sixth = X87Arith.div(e, pi, ext(6));
        assertEquals(0.5, dbl(X87Transcendental.fsin(e, sixth)), 1e-18);
        assertEquals(ext(3), X87Transcendental.fyl2x(e, ext(8), Ext80.ONE), "log2(8) is exact");
        assertEquals(ext(1), X87Transcendental.f2xm1(e, ext(1)));
        assertEquals(Math.PI / 4, dbl(X87Transcendental.fpatan(e, ext(1), ext(1))), 0);
    }
}
