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
        List<KernelThread> misses = List.of(); // allocated only for a miss: this runs on every tick
        List<KernelThread> threads = p.threads();
        for (int i = 0, n = p.createdCount(); i < n; i++) {
            KernelThread t = threads.get(i);
            wake(t, now);
            if (t.isPeriodic() && t.absoluteDeadline() < now && isInActivation(t)) {
                if (misses.isEmpty()) {
                    misses = new ArrayList<>();
                }
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

    /** The earliest wake-up of a sleeper or release of a periodic thread in {@code p}; Long.MAX_VALUE if none. */
    public static long nextWakeup(PartitionThreads p) {
        long at = Long.MAX_VALUE;
        List<KernelThread> threads = p.threads();
        for (int i = 0, n = p.createdCount(); i < n; i++) {
            KernelThread t = threads.get(i);
            ThreadState s = t.state();
            if (s == ThreadState.WAITING) {
                at = Math.min(at, t.wakeupTime());
            } else if (s == ThreadState.WAIT_NEXT_ACTIVATION && t.isPeriodic()) {
                at = Math.min(at, t.nextActivation());
            }
        }
        return at;
    }

    /**
     * The earliest time after {@code now} at which an election in {@code p} could decide differently although no
     * thread changed state in between: a sleeper's wake-up, a periodic release, a deadline found missed, or the
     * running thread's capacity running out. Long.MAX_VALUE if none; only valid right after {@link #elect}.
     */
    public static long nextChange(PartitionThreads p, long now) {
        long at = nextWakeup(p);
        List<KernelThread> threads = p.threads();
        for (int i = 0, n = p.createdCount(); i < n; i++) {
            KernelThread t = threads.get(i);
            if (t.isPeriodic() && t.absoluteDeadline() != Long.MAX_VALUE && isInActivation(t)) {
                at = Math.min(at, t.absoluteDeadline() + 1); // elect reports a miss once now > deadline
            }
        }
        KernelThread c = p.current();
        if (c != null && c != p.mainThread() && c != p.errorThread() && c.isPeriodic()
                && c.remainingCapacity() != KernelThread.INFINITE) {
            at = Math.min(at, now + c.remainingCapacity()); // charge() stops it once its capacity is used
        }
        return Math.max(at, now + 1);
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
