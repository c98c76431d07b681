package org.jpok.cpu.x87;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The long-arithmetic shortcuts agree with exact BigInteger arithmetic rounded once, flags included. */
class X87FastTest {

    private static X87Env env(int rc, int pc) {
        X87Env e = new X87Env();
        e.cw = 0x007F | pc << 8 | rc << 10;
        return e;
    }

    private static Ext80 normal(Random r) {
        int e = Ext80.BIAS - 40 + r.nextInt(80);
        long m = r.nextLong() | Ext80.INT_BIT;
        if (r.nextBoolean()) {
            m &= -1L << r.nextInt(64); // short significands reach exact and tie cases
        }
        return Ext80.of(r.nextBoolean(), e, m | Ext80.INT_BIT);
    }

    private static BigInteger signed(Ext80 v) {
        return v.negative() ? v.sig().negate() : v.sig();
    }

    @Test
    void addAndMulMatchTheExactPath() {
        Random r = new Random(5);
        int fastHits = 0;
        for (int n = 0; n < 60_000; n++) {
            Ext80 a = normal(r), b = r.nextInt(4) == 0 ? Ext80.of(r.nextBoolean(), a.biasedExponent(), a.m() ^ r.nextInt(4)) : normal(r);
            int rc = r.nextInt(4), pc = new int[] {0, 2, 3}[r.nextInt(3)];
            X87Env fast = env(rc, pc), slow = env(rc, pc);
            Ext80 f = X87Fast.mul(fast, a, b, fast.precision());
            Ext80 s = Rounding.round(slow, a.negative() ^ b.negative(), a.sig().multiply(b.sig()), a.exp2() + b.exp2(),
                    Rounding.Format.register(slow.precision()));
            if (f != null) {
                fastHits++;
                assertEquals(s, f, "mul " + a + " " + b + " rc " + rc + " pc " + pc);
                assertEquals(slow.raised, fast.raised, "mul flags " + a + " " + b);
            }
            fast = env(rc, pc);
            slow = env(rc, pc);
            f = X87Fast.add(fast, a, b, fast.precision());
            int e = Math.min(a.exp2(), b.exp2());
            BigInteger sum = signed(a).shiftLeft(a.exp2() - e).add(signed(b).shiftLeft(b.exp2() - e));
            s = sum.signum() == 0 ? (rc == Rounding.RC_DOWN ? Ext80.NEG_ZERO : Ext80.POS_ZERO)
                    : Rounding.round(slow, sum.signum() < 0, sum.abs(), e, Rounding.Format.register(slow.precision()));
            if (f != null) {
                fastHits++;
                assertEquals(s, f, "add " + a + " " + b + " rc " + rc + " pc " + pc);
                assertEquals(slow.raised, fast.raised, "add flags " + a + " " + b);
            }
        }
        assertTrue(fastHits > 90_000, "the shortcuts apply to most normal operands: " + fastHits);
    }

    @Test
    void integerAndNarrowStoresMatchTheExactPath() {
        Random r = new Random(9);
        int hits = 0;
        for (int n = 0; n < 60_000; n++) {
            Ext80 a = Ext80.of(r.nextBoolean(), Ext80.BIAS + r.nextInt(64) - 1, (r.nextLong() | Ext80.INT_BIT)
                    & (r.nextBoolean() ? -1L : -1L << r.nextInt(64)));
            int rc = r.nextInt(4), bits = new int[] {16, 32, 64}[r.nextInt(3)];
            X87Env fast = env(rc, 3), slow = env(rc, 3);
            long f = X87Fast.toInteger(fast, a, bits, rc);
            if (f != X87Fast.NOT_APPLICABLE) {
                hits++;
                BigInteger mag = X87Arith.roundToInteger(slow, a, rc);
                assertEquals(a.negative() ? -mag.longValueExact() : mag.longValueExact(), f, "fist " + a + " rc " + rc);
                assertEquals(slow.raised, fast.raised, "fist flags " + a);
            }
            Ext80 v = Ext80.of(r.nextBoolean(), Ext80.BIAS + r.nextInt(300) - 150, r.nextLong() | Ext80.INT_BIT);
            fast = env(rc, 3);
            slow = env(rc, 3);
            int f32 = X87Fast.toFloat32(fast, v);
            if (f32 != 0) {
                Ext80 s32 = Rounding.round(slow, v.negative(), v.sig(), v.exp2(), Rounding.F32);
                assertEquals(s32, X87Arith.fromFloat32(new X87Env(), f32), "fst m32 " + v);
                assertEquals(slow.raised, fast.raised);
            }
        }
        assertTrue(hits > 10_000, "fist shortcut used: " + hits);
    }
}
