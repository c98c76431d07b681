package org.jpok.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Random printf conversions (fixed seed): flags, width, precision, length
 * modifiers and values are drawn at random, written into one C program, and
 * the SDK's output (native run over the Linux shim) must equal glibc's.
 * Values are chosen so that ILP32 and LP64 agree (see libc_torture.c).
 */
class RandomPrintfDifferentialTest {

    private static final long SEED = Long.getLong("jpok.printf.seed", 20261127L);
    private static final int CASES = 600;

    record Case(String format, String value) {
    }

    static List<Case> cases() {
        Random r = new Random(SEED);
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            int kind = r.nextInt(10);
            if (kind < 5) {
                out.add(integerCase(r));
            } else if (kind < 9) {
                out.add(floatCase(r));
            } else {
                out.add(stringCase(r));
            }
        }
        return out;
    }

    private static String flags(Random r) {
        StringBuilder f = new StringBuilder();
        for (char c : "-+ #0".toCharArray()) {
            if (r.nextInt(4) == 0) {
                f.append(c);
            }
        }
        return f.toString();
    }

    private static String widthAndPrecision(Random r, int maxPrecision) {
        String w = r.nextBoolean() ? Integer.toString(r.nextInt(26)) : "";
        if (w.equals("0")) {
            w = "";
        }
        String p = r.nextInt(3) == 0 ? "" : "." + (r.nextInt(4) == 0 ? "" : Integer.toString(r.nextInt(maxPrecision + 1)));
        return w + p;
    }

    private static Case integerCase(Random r) {
        String conv = "diuoxX".substring(r.nextInt(6)).substring(0, 1);
        boolean signed = conv.equals("d") || conv.equals("i");
        String[] lengths = {"", "hh", "h", "l", "ll"};
        String length = lengths[r.nextInt(lengths.length)];
        String value;
        long v = switch (r.nextInt(4)) {
            case 0 -> r.nextInt(200) - 100;
            case 1 -> r.nextInt();
            case 2 -> r.nextLong();
            default -> 0;
        };
        switch (length) {
            case "ll" -> value = signed ? "(long long)" + v + "LL" : "(unsigned long long)" + Long.toUnsignedString(v) + "ULL";
            case "l" -> value = signed ? "(long)" + (int) v + "L" : "(unsigned long)" + Integer.toUnsignedString((int) v) + "UL";
            default -> value = signed ? "(int)" + (int) v : "(unsigned int)" + Integer.toUnsignedString((int) v) + "U";
        }
        if (signed && length.isEmpty() && (int) v == Integer.MIN_VALUE) {
            value = "(int)(-2147483647 - 1)";
        }
        if (signed && length.equals("l") && (int) v == Integer.MIN_VALUE) {
            value = "(long)(-2147483647L - 1)";
        }
        if (signed && length.equals("ll") && v == Long.MIN_VALUE) {
            value = "(long long)(-9223372036854775807LL - 1)";
        }
        return new Case("%" + flags(r) + widthAndPrecision(r, 22) + length + conv, value);
    }

    private static Case floatCase(Random r) {
        double v = switch (r.nextInt(7)) {
            case 0 -> (r.nextInt(2_000_001) - 1_000_000) / 1000.0;
            case 1 -> r.nextDouble() * Math.pow(10, r.nextInt(40) - 20);
            case 2 -> -r.nextDouble() * Math.pow(2, r.nextInt(120) - 60);
            case 3 -> Math.scalb((double) (r.nextInt(64) - 32), -r.nextInt(10)); // exact binary fractions
            case 4 -> (r.nextInt(41) - 20) + 0.5; // ties
            case 5 -> Double.longBitsToDouble(r.nextLong() & 0x7FEFFFFFFFFFFFFFL) * (r.nextBoolean() ? 1 : -1);
            default -> new double[] {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
                    Double.MIN_VALUE, Double.MAX_VALUE, 1e-300}[r.nextInt(8)];
        };
        String value;
        if (Double.isNaN(v)) {
            value = "__builtin_nan(\"\")";
        } else if (Double.isInfinite(v)) {
            value = v > 0 ? "__builtin_inf()" : "-__builtin_inf()";
        } else {
            value = "(double)" + Double.toHexString(v);
        }
        String conv = r.nextInt(5) == 0 ? "F" : "f";
        return new Case("%" + flags(r) + widthAndPrecision(r, 40) + conv, value);
    }

    private static Case stringCase(Random r) {
        String[] texts = {"", "a", "partition", "ARINC 653", "0123456789abcdef"};
        if (r.nextBoolean()) {
            String f = r.nextBoolean() ? "-" : "";
            return new Case("%" + f + widthAndPrecision(r, 12) + "s", "\"" + texts[r.nextInt(texts.length)] + "\"");
        }
        String f = r.nextBoolean() ? "-" : "";
        String w = r.nextBoolean() ? Integer.toString(1 + r.nextInt(6)) : "";
        return new Case("%" + f + w + "c", "'" + (char) ('A' + r.nextInt(26)) + "'");
    }

    static String program(List<Case> cases) {
        StringBuilder c = new StringBuilder();
        c.append("#ifdef HOST_GLIBC\n#include <stdio.h>\n#else\n#include <libc/stdio.h>\n#endif\n");
        c.append("int main(void) {\n");
        for (int i = 0; i < cases.size(); i++) {
            c.append("  printf(\"").append(i).append(" [").append(cases.get(i).format()).append("]\\n\", ")
                    .append(cases.get(i).value()).append(");\n");
        }
        c.append("  return 0;\n}\n");
        return c.toString();
    }

    @Test
    void randomConversionsMatchGlibc() throws Exception {
        SdkTestSupport.toolchain();
        List<Case> cases = cases();
        Path source = SdkTestSupport.WORK.resolve("native/random_printf.c");
        Files.createDirectories(source.getParent());
        Files.writeString(source, program(cases));
        String sdk = SdkTestSupport.runNative(SdkTestSupport.buildNative(source, "random_printf"));

        Path host = SdkTestSupport.WORK.resolve("native/random_printf_glibc");
        GuestToolchain.Result build = GuestToolchain.run(List.of(SdkTestSupport.GCC, "-O0", "-w", "-DHOST_GLIBC",
                source.toString(), "-o", host.toString()), host.getParent());
        assumeTrue(build.exitCode() == 0, () -> "skipped: no host glibc build: " + build.output());
        String glibc = SdkTestSupport.runNative(host);

        String[] a = sdk.split("\n", -1);
        String[] b = glibc.split("\n", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int n = i;
            assertEquals(b[i], a[i], () -> "case " + n + ": printf(\"" + (n < cases.size() ? cases.get(n).format()
                    + "\", " + cases.get(n).value() : "") + ")");
        }
        assertEquals(b.length, a.length, "line count");
    }
}
