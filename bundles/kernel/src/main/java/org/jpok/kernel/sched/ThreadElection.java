package org.jpok.kernel.sched;

import java.util.ArrayList;
import java.util.List;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.ThreadState;

/**
 * POK's thread election for one partition ({@code pok_elect_thread}, §5.2): wake sleepers and release periodic
 * threads whose time has come, charge the running thread's capacity, then pick by partition mode.
 */
public final class ThreadElection {

    private ThreadElection() {
    }

    /** Elects the thread {@code p} runs from {@code now} on and marks the partition as on the CPU. */
    public static ElectionResult elect(PartitionThreads p, long now) {
        charge(p, now);
        List<KernelThread> misses = new ArrayList<>();
        for (KernelThread t : p.threads().subList(0, p.createdCount())) {
            wake(t, now);
            if (t.isPeriodic() && t.absoluteDeadline() < now && isInActivation(t)) {
                misses.add(t);
                t.setAbsoluteDeadline(Long.MAX_VALUE);
            }
        }
        KernelThread before = p.current();
        KernelThread elected = choose(p, now);
        boolean byScheduler = p.mode() == PartitionMode.NORMAL
                && !(elected != null && elected == p.errorThread());
        p.setCurrent(elected);
        p.setRunningSince(now);
        return new ElectionResult(elected, before, byScheduler, misses);
    }

    /** The partition loses the CPU at {@code now} (slot end): charge the running thread and stop the clock. */
    public static void leaveCpu(PartitionThreads p, long now) {
        charge(p, now);
        p.setRunningSince(-1);
    }

    private static KernelThread choose(PartitionThreads p, long now) {
        KernelThread error = p.errorThread();
        switch (p.mode()) {
            case INIT_COLD:
            case INIT_WARM:
                if (error != null && p.current() == error && error.state() == ThreadState.RUNNABLE) {
                    return error;
                }
                // POK runs the main thread whatever its state; jpok lets it really sleep, wait or stop.
                KernelThread main = p.mainThread();
                return main != null && main.state() == ThreadState.RUNNABLE ? main : null;
            case NORMAL:
                if (error != null && p.current() == error && error.state() == ThreadState.RUNNABLE) {
                    return error;
                }
                return p.scheduler().elect(p, now);
            default:
                return null;
        }
    }

    private static void wake(KernelThread t, long now) {
        if (t.state() == ThreadState.WAITING && t.wakeupTime() <= now) {
            t.setState(ThreadState.RUNNABLE);
        } else if (t.state() == ThreadState.WAIT_NEXT_ACTIVATION && t.isPeriodic() && t.nextActivation() <= now) {
            long release = t.nextActivation();
            t.setState(ThreadState.RUNNABLE);
            t.setRemainingCapacity(t.timeCapacity());
            t.setNextActivation(release + t.period());
            t.setAbsoluteDeadline(t.deadline() == KernelThread.INFINITE ? Long.MAX_VALUE : release + t.deadline());
        }
    }

    /** A job is in progress: released and not yet waiting for its next activation or stopped. */
    private static boolean isInActivation(KernelThread t) {
        ThreadState s = t.state();
        return s == ThreadState.RUNNABLE || s == ThreadState.WAITING || s == ThreadState.LOCK;
    }

    /**
     * Capacity is charged in nanoseconds of CPU time (POK counts elections). A periodic thread that used its
     * capacity waits for its next activation, as in POK; main and error threads are never charged.
     */
    private static void charge(PartitionThreads p, long now) {
        KernelThread t = p.current();
        long since = p.runningSince();
        if (t == null || since < 0 || now <= since || t == p.mainThread() || t == p.errorThread()
                || t.remainingCapacity() == KernelThread.INFINITE || !t.isPeriodic()) {
            return;
        }
        long left = t.remainingCapacity() - (now - since);
        if (left <= 0) {
            t.setRemainingCapacity(0);
            if (t.state() == ThreadState.RUNNABLE) {
                t.setState(ThreadState.WAIT_NEXT_ACTIVATION);
            }
        } else {
            t.setRemainingCapacity(left);
        }
    }
}
