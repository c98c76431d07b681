package org.jpok.kernel.sched;

import java.util.List;
import org.jpok.api.kernel.ThreadState;

/**
 * Earliest deadline first (a jpok extension): the RUNNABLE thread whose current activation has the earliest
 * absolute deadline; threads without a deadline come last; on a tie the running thread stays, else the
 * lowest index wins.
 */
public final class EdfScheduler implements Scheduler {

    @Override
    public KernelThread elect(PartitionThreads p, long now) {
        List<KernelThread> threads = p.threads();
        KernelThread current = p.current();
        KernelThread best = current != null && current.state() == ThreadState.RUNNABLE ? current : null;
        for (KernelThread t : threads) {
            if (t.state() == ThreadState.RUNNABLE
                    && (best == null || t.absoluteDeadline() < best.absoluteDeadline())) {
                best = t;
            }
        }
        return best;
    }
}
