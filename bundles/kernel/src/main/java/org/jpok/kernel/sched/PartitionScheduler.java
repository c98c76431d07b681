package org.jpok.kernel.sched;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * POK's global scheduling step ({@code pok_global_sched}, §5.1, §5.8) as a pure function of virtual time: at a
 * window boundary the outgoing partition leaves the CPU, ports are flushed when a major frame has ended, and
 * the partition that owns the new window elects its thread. Between boundaries only the running partition
 * re-elects. Slots switch at their exact times, never late by a quantum.
 */
public final class PartitionScheduler {

    private final MajorFrame frame;
    private final List<PartitionThreads> partitions;
    private final LongConsumer frameFlush;
    private int active = MajorFrame.NO_PARTITION;
    private long windowEnd = 0;
    private long nextFlush;

    /**
     * @param frameFlush called with the frame's start time each time a major frame boundary is crossed,
     *                   before the new window's election (port flushing)
     */
    public PartitionScheduler(MajorFrame frame, List<PartitionThreads> partitions, LongConsumer frameFlush) {
        this.frame = frame;
        this.partitions = partitions;
        this.frameFlush = frameFlush;
        this.nextFlush = frame.length();
    }

    /** The partition that held the CPU after the last {@link #schedule(long)}. */
    public int activePartition() {
        return active;
    }

    /** Runs the scheduling step at {@code now}; time must not go backwards between calls. */
    public Dispatch schedule(long now) {
        boolean changed = false;
        if (now >= windowEnd) {
            Window w = frame.windowAt(now);
            if (active != MajorFrame.NO_PARTITION && (w.partition() != active || w.start() > windowEnd)) {
                ThreadElection.leaveCpu(partitions.get(active), Math.min(now, windowEnd));
            }
            while (now >= nextFlush) {
                frameFlush.accept(nextFlush);
                nextFlush += frame.length();
            }
            changed = w.partition() != active;
            active = w.partition();
            windowEnd = w.end();
        }
        if (active == MajorFrame.NO_PARTITION) {
            return new Dispatch(active, null, windowEnd, List.of(), changed);
        }
        ElectionResult r = ThreadElection.elect(partitions.get(active), now);
        return new Dispatch(active, r.elected(), windowEnd, r.deadlineMisses(), changed);
    }
}
