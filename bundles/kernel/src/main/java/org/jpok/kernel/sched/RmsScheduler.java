package org.jpok.kernel.sched;

import java.util.List;
import org.jpok.api.kernel.ThreadState;

/**
 * POK's rate-monotonic scheduler ({@code pok_sched_part_rms}): the RUNNABLE thread with the shortest period,
 * aperiodic threads last, ties in creation order; the main thread (the first) only when no other can run.
 */
public final class RmsScheduler implements Scheduler {

    @Override
    public KernelThread elect(PartitionThreads p, long now) {
        List<KernelThread> threads = p.threads();
        KernelThread best = null;
        for (int i = 1; i < threads.size(); i++) {
            KernelThread t = threads.get(i);
            // Unsigned comparison: POK keeps -1 (aperiodic) as the largest u64.
            if (t.state() == ThreadState.RUNNABLE
                    && (best == null || Long.compareUnsigned(t.period(), best.period()) < 0)) {
                best = t;
            }
        }
        if (best == null && !threads.isEmpty() && threads.get(0).state() == ThreadState.RUNNABLE) {
            best = threads.get(0);
        }
        return best;
    }
}
