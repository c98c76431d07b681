package org.jpok.kernel.sched;

/** An intra-partition policy: picks the thread to run among a partition's RUNNABLE threads. */
public interface Scheduler {

    /**
     * Chooses the next thread of {@code partition} to run, or null for the idle thread. Called only in NORMAL
     * mode, after wake-ups and capacity accounting; must not change thread states.
     */
    KernelThread elect(PartitionThreads partition, long now);
}
