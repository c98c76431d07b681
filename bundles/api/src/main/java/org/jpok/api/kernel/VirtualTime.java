package org.jpok.api.kernel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Virtual durations as people type them (launcher, shell): a whole number with {@code ns}, {@code us}, {@code ms} or {@code s} (default ms). */
public final class VirtualTime {

    private static final Pattern FORM = Pattern.compile("(\\d{1,15})\\s*(ns|us|ms|s)?");

    private VirtualTime() {
    }

    /** Nanoseconds; a malformed or zero duration is an {@link IllegalArgumentException} naming the text. */
    public static long parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("bad time '" + text + "' (use e.g. 500ms, 2s, 100us)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        long scale = switch (unit) {
            case "ns" -> 1;
            case "us" -> 1_000;
            case "ms" -> 1_000_000;
            default -> 1_000_000_000;
        };
        if (n == 0 || n > Long.MAX_VALUE / scale) {
            throw new IllegalArgumentException("time '" + text + "' is out of range");
        }
        return n * scale;
    }
}
