package org.jpok.kernel.sched;

import java.util.List;
import org.jpok.api.kernel.ThreadState;

/**
 * POK's round robin ({@code pok_sched_part_rr}): the running thread keeps the CPU while it is RUNNABLE with
 * capacity left (so a thread of infinite capacity is never preempted by its peers); otherwise the next
 * RUNNABLE thread after it, cyclically.
 */
public final class RoundRobinScheduler implements Scheduler {

    @Override
    public KernelThread elect(PartitionThreads p, long now) {
        KernelThread current = p.current();
        if (current != null && current.state() == ThreadState.RUNNABLE
                && (current.remainingCapacity() > 0 || current.remainingCapacity() == KernelThread.INFINITE)) {
            return current;
        }
        List<KernelThread> threads = p.threads();
        int n = threads.size();
        // Start after the current thread; if idle was running, after the previous one; else after the first,
        // so that the first thread is tried last (as POK does).
        KernelThread from = current != null ? current : p.previous() != null ? p.previous() : threads.get(0);
        int start = from.localIndex();
        for (int step = 1; step <= n; step++) {
            KernelThread t = threads.get((start + step) % n);
            if (t.state() == ThreadState.RUNNABLE) {
                return t;
            }
        }
        return null;
    }
}
