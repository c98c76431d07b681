package org.jpok.kernel.sched;

import java.util.Arrays;
import java.util.List;
import org.jpok.kernel.config.ScheduleConfig;
import org.jpok.kernel.config.Slot;

/**
 * ARINC 653 time partitioning as a pure function of virtual time: the major frame repeats from time 0, each
 * slot starts at an exact offset, and time after the last slot up to the end of the frame belongs to no
 * partition (the processor idles).
 */
public final class MajorFrame {

    /** Partition index of the idle gap at the end of a frame. */
    public static final int NO_PARTITION = -1;

    private final long length;
    private final long[] starts;
    private final long[] ends;
    private final int[] partitions;

    public MajorFrame(ScheduleConfig schedule) {
        this(schedule.majorFrameNs(), schedule.slots());
    }

    public MajorFrame(long majorFrameNs, List<Slot> slots) {
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("a major frame needs at least one slot");
        }
        int n = slots.size();
        starts = new long[n];
        ends = new long[n];
        partitions = new int[n];
        long t = 0;
        for (int i = 0; i < n; i++) {
            Slot s = slots.get(i);
            if (s.durationNs() <= 0) {
                throw new IllegalArgumentException("slot " + i + " has no duration");
            }
            starts[i] = t;
            t = Math.addExact(t, s.durationNs());
            ends[i] = t;
            partitions[i] = s.partition();
        }
        if (t > majorFrameNs) {
            throw new IllegalArgumentException("slots (" + t + " ns) exceed the major frame (" + majorFrameNs + " ns)");
        }
        length = majorFrameNs;
    }

    public long length() {
        return length;
    }

    public int slotCount() {
        return partitions.length;
    }

    /** The window that contains time {@code t >= 0}. */
    public Window windowAt(long t) {
        if (t < 0) {
            throw new IllegalArgumentException("negative time " + t);
        }
        long frame = t / length;
        long base = frame * length;
        long offset = t - base;
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) {
            i = -i - 2;
        }
        if (offset >= ends[i]) {
            long gapStart = ends[partitions.length - 1];
            return new Window(Window.GAP, NO_PARTITION, base + gapStart, base + length);
        }
        return new Window(i, partitions[i], base + starts[i], base + ends[i]);
    }

    /** The partition that owns time {@code t}, or {@link #NO_PARTITION}. */
    public int partitionAt(long t) {
        return windowAt(t).partition();
    }

    /** The first window boundary strictly after {@code t}: when the kernel must next switch partitions. */
    public long nextSwitch(long t) {
        return windowAt(t).end();
    }

    /** The start of the major frame after the one containing {@code t}: when ports are flushed. */
    public long nextFrameStart(long t) {
        return (t / length + 1) * length;
    }
}
