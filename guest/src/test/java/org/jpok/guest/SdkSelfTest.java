package org.jpok.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs sdk_selftest.c natively over the SDK and checks its key=value output
 * against values computed here: POK's rand LCG, the heap, the 64-bit
 * division helpers, POK's string extras and the x87 libm.
 */
class SdkSelfTest {

    private static Map<String, String> out;

    @BeforeAll
    static void run() throws Exception {
        String text = SdkTestSupport.runNative(
                SdkTestSupport.buildNative(SdkTestSupport.TEST_C.resolve("sdk_selftest.c"), "sdk_selftest"));
        out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        assertEquals("1", out.get("done"), "self test did not finish:\n" + text);
    }

    private static String get(String key) {
        String v = out.get(key);
        assertNotNull(v, "missing output " + key);
        return v;
    }

    @Test
    void randFollowsPokLcg() {
        long next = 1;
        for (int i = 0; i < 10; i++) {
            next = (next * 1103515245L + 12345L) & 0xFFFFFFFFL;
            assertEquals(Long.toString(next % 257), get("rand." + i), "rand() call " + i);
        }
    }

    @Test
    void heapAllocatesFreesAndReuses() {
        for (String k : new String[] {"malloc.nonnull", "malloc.distinct", "malloc.aligned", "malloc.intact",
                "malloc.reuse", "calloc.zero", "malloc.toobig", "malloc.half", "calloc.overflow"}) {
            assertEquals("1", get(k), k);
        }
    }

    @Test
    void unsignedDivisionHelpers() {
        int checked = 0;
        for (Map.Entry<String, String> e : out.entrySet()) {
            if (!e.getKey().startsWith("udiv.")) {
                continue;
            }
            String[] ab = e.getKey().substring(5).split("\\.");
            BigInteger a = new BigInteger(ab[0], 16);
            BigInteger b = new BigInteger(ab[1], 16);
            BigInteger[] qr = a.divideAndRemainder(b);
            assertEquals(qr[0].toString(16) + "," + qr[1].toString(16), e.getValue(), e.getKey());
            checked++;
        }
        assertEquals(8, checked);
    }

    @Test
    void signedDivisionHelpersTruncate() {
        int checked = 0;
        for (Map.Entry<String, String> e : out.entrySet()) {
            if (!e.getKey().startsWith("sdiv.")) {
                continue;
            }
            String rest = e.getKey().substring(5);
            int dot = rest.indexOf('.', 1);
            long a = Long.parseLong(rest.substring(0, dot));
            long b = Long.parseLong(rest.substring(dot + 1));
            assertEquals((a / b) + "," + (a % b), e.getValue(), e.getKey());
            checked++;
        }
        assertEquals(6, checked);
    }

    @Test
    void pokStringExtras() {
        assertEquals("-255", get("itoa.-255.10"));
        assertEquals("ff", get("itoa.255.16"));
        assertEquals("101", get("itoa.5.2"));
        assertEquals("1", get("streq.abc.abcdef"));
        assertEquals("0", get("streq.abd.abcdef"));
    }

    private static void near(String key, DoubleSupplier expected, double tolerance) {
        double actual = Double.parseDouble(get(key));
        double want = expected.getAsDouble();
        assertTrue(Math.abs(actual - want) <= tolerance, key + ": expected " + want + " got " + actual);
    }

    @Test
    void libmDoubleFunctions() {
        double t = 1e-14;
        near("m.sqrt.2", () -> Math.sqrt(2), t);
        near("m.fabs.-3.25", () -> 3.25, 0);
        near("m.floor.-2.5", () -> -3, 0);
        near("m.ceil.-2.5", () -> -2, 0);
        near("m.floor.2.7", () -> 2, 0);
        near("m.ceil.2.1", () -> 3, 0);
        near("m.sin.1", () -> Math.sin(1), t);
        near("m.cos.1", () -> Math.cos(1), t);
        near("m.tan.0.5", () -> Math.tan(0.5), t);
        near("m.exp.1", () -> Math.E, t);
        near("m.exp.-3.5", () -> Math.exp(-3.5), t);
        near("m.log.10", () -> Math.log(10), t);
        near("m.log10.1000", () -> 3, t);
        near("m.pow.2.0.5", () -> Math.sqrt(2), t);
        near("m.pow.-2.3", () -> -8, t);
        near("m.pow.10.-2", () -> 0.01, t);
        near("m.atan2.1.-1", () -> Math.atan2(1, -1), t);
        near("m.atan2.-1.-1", () -> Math.atan2(-1, -1), t);
        near("m.atan.1", () -> Math.PI / 4, t);
        near("m.asin.0.5", () -> Math.asin(0.5), t);
        near("m.acos.0.5", () -> Math.acos(0.5), t);
        near("m.fmod.10.5.3", () -> 1.5, 0);
        near("m.fmod.-10.5.3", () -> -1.5, 0);
        near("m.round.2.5", () -> 3, 0);
        near("m.round.-2.5", () -> -3, 0);
        near("m.trunc.-2.7", () -> -2, 0);
        near("m.ldexp.3.4", () -> 48, 0);
        assertEquals("0.750000000000000,6", get("m.frexp.48"));
    }

    @Test
    void libmFloatFunctions() {
        double t = 1e-6;
        near("m.sqrtf.2", () -> Math.sqrt(2), t);
        near("m.sinf.1", () -> Math.sin(1), t);
        near("m.powf.3.4", () -> 81, t);
        near("m.expf.2", () -> Math.exp(2), 1e-5);
        near("m.atan2f.1.2", () -> Math.atan2(1, 2), t);
    }
}
