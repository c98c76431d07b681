package org.jpok.kernel.sched;

/**
 * One stretch of a major frame in absolute time: slot {@code slot} (or {@link #GAP}) owned by {@code partition}
 * (or {@link MajorFrame#NO_PARTITION}) over {@code [start, end)}.
 */
public record Window(int slot, int partition, long start, long end) {

    /** Slot index of the idle time after the last slot. */
    public static final int GAP = -1;
}
