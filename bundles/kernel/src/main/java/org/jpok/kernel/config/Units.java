package org.jpok.kernel.config;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** POK's time and size notations (gen_deployment): {@code 10ms}, {@code 1.5s}, {@code 64k}, {@code 1MB}. */
final class Units {

    private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*(ns|us|µs|ms|s|m|h)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kKMG]?)B?");

    private Units() {
    }

    /** Nanoseconds for a time with a unit, truncated as POK's {@code int(float * mult)}. */
    static long timeNs(String text) {
        Matcher m = TIME.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a time (an integer of ns, or a number with"
                    + " a unit ns, us, ms, s, m, h)");
        }
        long mult = switch (m.group(2)) {
            case "ns" -> 1L;
            case "us", "µs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 3_600_000_000_000L;
        };
        BigDecimal ns = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(mult));
        if (ns.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("'" + text + "' is too long a time");
        }
        return ns.longValue();
    }

    /** Bytes for {@code N[k|M|G][B]} (powers of 1024, integer only). */
    static long sizeBytes(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size (an integer with an optional k, M or G"
                    + " and an optional B)");
        }
        int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            default -> 0;
        };
        String digits = m.group(1);
        if (digits.length() > 12) {
            throw new IllegalArgumentException("'" + text + "' is too large a size");
        }
        return Long.parseLong(digits) << shift;
    }
}
