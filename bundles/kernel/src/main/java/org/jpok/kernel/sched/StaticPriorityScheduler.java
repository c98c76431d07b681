package org.jpok.kernel.sched;

import java.util.List;
import org.jpok.api.kernel.ThreadState;

/**
 * POK's static priority scheduler ({@code pok_sched_part_static}): the RUNNABLE thread with the highest
 * priority; among equals the first met in a cyclic scan that starts at the running thread, so it keeps the CPU.
 */
public final class StaticPriorityScheduler implements Scheduler {

    @Override
    public KernelThread elect(PartitionThreads p, long now) {
        List<KernelThread> threads = p.threads();
        int n = threads.size();
        int start;
        if (p.previous() == null) {
            start = 0;
        } else if (p.current() != null) {
            start = p.current().localIndex();
        } else {
            start = p.previous().localIndex();
        }
        KernelThread best = null;
        for (int step = 0; step < n; step++) {
            KernelThread t = threads.get((start + step) % n);
            if (t.state() == ThreadState.RUNNABLE && (best == null || t.priority() > best.priority())) {
                best = t;
            }
        }
        return best;
    }
}
