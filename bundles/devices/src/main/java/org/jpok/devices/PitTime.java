package org.jpok.devices;

/**
 * Exact conversions between 8254 input clocks (1,193,182 Hz) and nanoseconds, without overflow
 * and without accumulated rounding: a deadline is always computed from the start of counting, so
 * periodic ticks never drift.
 */
final class PitTime {

    static final long HZ = 1_193_182;
    private static final long NS_PER_S = 1_000_000_000L;

    private PitTime() {
    }

    /** The first nanosecond at or after the {@code clocks}-th input clock (rounded up). */
    static long clocksToNanos(long clocks) {
        long seconds = clocks / HZ;
        long rest = clocks % HZ;
        return seconds * NS_PER_S + (rest * NS_PER_S + HZ - 1) / HZ;
    }

    /** How many whole input clocks have passed in {@code nanos} (rounded down). */
    static long nanosToClocks(long nanos) {
        long seconds = nanos / NS_PER_S;
        long rest = nanos % NS_PER_S;
        return seconds * HZ + rest * HZ / NS_PER_S;
    }
}
