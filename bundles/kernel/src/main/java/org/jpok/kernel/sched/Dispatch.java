package org.jpok.kernel.sched;

import java.util.List;

/**
 * What the processor should run from now on: a partition (or {@link MajorFrame#NO_PARTITION} in the idle gap)
 * and its thread (null = the idle thread), until {@code nextSwitch} at the latest. {@code deadlineMisses} are the
 * threads the election found late; the kernel reports them to the health monitor.
 */
public record Dispatch(int partition, KernelThread thread, long nextSwitch, List<KernelThread> deadlineMisses,
        boolean partitionChanged) {

    public Dispatch {
        deadlineMisses = List.copyOf(deadlineMisses);
    }
}
