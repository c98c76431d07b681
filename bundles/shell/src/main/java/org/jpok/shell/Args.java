package org.jpok.shell;

import java.util.List;
import java.util.Locale;

import org.jpok.api.kernel.PartitionInfo;
import org.jpok.api.kernel.VirtualTime;

/** Parses command arguments; every failure is an {@link IllegalArgumentException} with one line naming the argument. */
final class Args {

    private Args() {
    }

    /** A number in decimal or hex ({@code 0x1F}, {@code 1Fh}); 32-bit values may use the full unsigned range. */
    static long number(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace("_", "");
        try {
            if (t.startsWith("0x")) {
                return Long.parseUnsignedLong(t.substring(2), 16);
            }
            if (t.endsWith("h") && t.length() > 1) {
                return Long.parseUnsignedLong(t.substring(0, t.length() - 1), 16);
            }
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad number '" + text + "'");
        }
    }

    /** A number that must lie in {@code [min, max]}. */
    static long number(String text, long min, long max, String what) {
        long n = number(text);
        if (n < min || n > max) {
            throw new IllegalArgumentException(what + " '" + text + "' is out of range (" + min + ".." + max + ")");
        }
        return n;
    }

    /** A virtual duration such as {@code 10ms}, {@code 2s}, {@code 100us} (default ms). */
    static long time(String text) {
        return VirtualTime.parse(text);
    }

    /** A partition by its name or its id. */
    static PartitionInfo partition(List<PartitionInfo> partitions, String text) {
        for (PartitionInfo p : partitions) {
            if (p.name().equals(text)) {
                return p;
            }
        }
        if (text.matches("\\d{1,9}")) {
            int id = Integer.parseInt(text);
            for (PartitionInfo p : partitions) {
                if (p.id() == id) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("unknown partition '" + text + "'");
    }

    /** A virtual duration for output: the largest unit that keeps it whole (1500us, 20ms, 2s). */
    static String formatTime(long ns) {
        if (ns < 0) {
            return "-";
        }
        if (ns != 0 && ns % 1_000_000_000L == 0) {
            return ns / 1_000_000_000L + "s";
        }
        if (ns != 0 && ns % 1_000_000 == 0) {
            return ns / 1_000_000 + "ms";
        }
        if (ns != 0 && ns % 1_000 == 0) {
            return ns / 1_000 + "us";
        }
        return ns + "ns";
    }

    static String hex(long value) {
        return String.format("0x%08x", value);
    }
}
