package org.jpok.cpu.conformance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts cases and mismatches per family, keeps a few examples and prints the summary table. */
final class FamilyTally {
    private static final int EXAMPLES_PER_FAMILY = 3;

    private static final class Row {
        long cases;
        long mismatches;
        final StringBuilder examples = new StringBuilder();
        int shown;
    }

    private final Map<String, Row> rows = new TreeMap<>();

    void record(ConformanceCase c, List<String> differences, Outcome expected, Outcome actual) {
        Row r = rows.computeIfAbsent(c.family(), f -> new Row());
        r.cases++;
        if (!differences.isEmpty()) {
            r.mismatches++;
            if (r.shown++ < EXAMPLES_PER_FAMILY) {
                r.examples.append("    ").append(c.describe()).append('\n')
                        .append("      emulated: ").append(actual.describe()).append('\n')
                        .append("      host:     ").append(expected.describe()).append('\n')
                        .append("      ").append(String.join("; ", differences)).append('\n');
            }
        }
    }

    long cases() {
        return rows.values().stream().mapToLong(r -> r.cases).sum();
    }

    long mismatches() {
        return rows.values().stream().mapToLong(r -> r.mismatches).sum();
    }

    /** Mismatching families that are not in {@code excluded}. */
    Set<String> failingFamilies(Set<String> excluded) {
        Set<String> f = new java.util.TreeSet<>();
        rows.forEach((name, r) -> {
            if (r.mismatches > 0 && !excluded.contains(name)) {
                f.add(name);
            }
        });
        return f;
    }

    String table(String title, Set<String> excluded, double seconds) {
        StringBuilder sb = new StringBuilder();
        sb.append("=== ").append(title).append(String.format(": %d cases, %d mismatches, %.1f s ===%n", cases(), mismatches(), seconds));
        sb.append(String.format("%-14s %10s %10s  %s%n", "family", "cases", "mismatch", "status"));
        rows.forEach((name, r) -> sb.append(String.format("%-14s %10d %10d  %s%n", name, r.cases, r.mismatches,
                r.mismatches == 0 ? (excluded.contains(name) ? "ok (listed as known-bad: remove it)" : "ok")
                        : excluded.contains(name) ? "KNOWN-BAD (excluded)" : "FAIL")));
        rows.forEach((name, r) -> {
            if (r.mismatches > 0) {
                sb.append("  ").append(name).append(" examples:\n").append(r.examples);
            }
        });
        return sb.toString();
    }
}
