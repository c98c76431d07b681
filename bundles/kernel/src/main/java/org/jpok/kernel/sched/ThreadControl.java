package org.jpok.kernel.sched;

import org.jpok.api.kernel.Errno;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.ThreadState;

/**
 * The thread syscalls (50..65) as state changes on a partition's threads (§1.6.2). Each returns the errno for
 * EAX; the caller reschedules afterwards (every call here may change who should run).
 */
public final class ThreadControl {

    private ThreadControl() {
    }

    /** THREAD_SLEEP (52): WAITING until {@code now + durationNs}. */
    public static Errno sleep(KernelThread caller, long durationNs, long now) {
        return sleepUntil(caller, now + Math.max(0, durationNs));
    }

    /** THREAD_SLEEP_UNTIL (51): WAITING until the absolute time {@code wakeupNs}. */
    public static Errno sleepUntil(KernelThread caller, long wakeupNs) {
        caller.setWakeupTime(wakeupNs);
        caller.setState(ThreadState.WAITING);
        return Errno.OK;
    }

    /**
     * THREAD_PERIOD (56): the job is done; wait for the next activation. An aperiodic thread has none, so it
     * gets MODE (ARINC's INVALID_MODE) instead of sleeping forever as in POK.
     */
    public static Errno waitPeriod(KernelThread caller) {
        if (!caller.isPeriodic()) {
            return Errno.MODE;
        }
        caller.setState(ThreadState.WAIT_NEXT_ACTIVATION);
        caller.setRemainingCapacity(0);
        caller.setAbsoluteDeadline(Long.MAX_VALUE);
        return Errno.OK;
    }

    /** THREAD_SUSPEND (53) and THREAD_STOPSELF (57): the caller stops. */
    public static Errno suspendSelf(KernelThread caller) {
        caller.setState(ThreadState.STOPPED);
        return Errno.OK;
    }

    /** THREAD_RESUME (61): the target becomes RUNNABLE now; THREADATTR if it is not a thread of the partition. */
    public static Errno resume(PartitionThreads p, int gid, long now) {
        KernelThread t = p.byGid(gid);
        if (t == null) {
            return Errno.THREADATTR;
        }
        t.setWakeupTime(now);
        t.setState(ThreadState.RUNNABLE);
        return Errno.OK;
    }

    /** THREAD_SUSPEND_TARGET (62): stops another thread of the partition. */
    public static Errno suspendTarget(PartitionThreads p, KernelThread caller, int gid) {
        KernelThread t = p.byGid(gid);
        if (t == null || t == caller) {
            return Errno.THREADATTR;
        }
        t.setState(ThreadState.STOPPED);
        return Errno.OK;
    }

    /** THREAD_SET_PRIORITY (60): the current priority; the base priority stays. */
    public static Errno setPriority(PartitionThreads p, int gid, long priority) {
        KernelThread t = p.byGid(gid);
        if (t == null || priority < 0 || priority > PartitionThreads.MAX_PRIORITY) {
            return Errno.PARAM;
        }
        t.setPriority((int) priority);
        return Errno.OK;
    }

    /**
     * THREAD_DELAYED_START (65). In NORMAL mode the thread starts after {@code delayNs}; in INIT modes it is
     * parked in DELAYED_START and started when the partition enters NORMAL ({@link PartitionModes}).
     */
    public static Errno delayedStart(PartitionThreads p, int gid, long delayNs, long now) {
        KernelThread t = p.byGid(gid);
        if (t == null || delayNs < 0) {
            return Errno.THREADATTR;
        }
        t.setPriority(t.basePriority());
        t.setRemainingCapacity(t.timeCapacity());
        if (p.mode() == PartitionMode.NORMAL) {
            start(t, delayNs, now);
        } else {
            t.setState(ThreadState.DELAYED_START);
            t.setWakeupTime(delayNs);
        }
        return Errno.OK;
    }

    /** Starts a thread {@code delayNs} after {@code now}: the rule shared by DELAYED_START and SET_MODE(NORMAL). */
    static void start(KernelThread t, long delayNs, long now) {
        long release = now + delayNs;
        if (t.isPeriodic()) {
            t.setNextActivation(release);
            t.setState(delayNs == 0 ? ThreadState.RUNNABLE : ThreadState.WAIT_NEXT_ACTIVATION);
            if (delayNs == 0) {
                t.setNextActivation(release + t.period());
                t.setAbsoluteDeadline(t.deadline() == KernelThread.INFINITE ? Long.MAX_VALUE
                        : release + t.deadline());
            }
        } else if (delayNs == 0) {
            t.setState(ThreadState.RUNNABLE);
        } else {
            t.setWakeupTime(release);
            t.setState(ThreadState.WAITING);
        }
    }

    /** THREAD_RESTART (54): only the error thread; the target waits for its next activation afresh. */
    public static Errno restart(PartitionThreads p, KernelThread caller, int lid) {
        if (caller != p.errorThread()) {
            return Errno.THREAD;
        }
        KernelThread t = p.byLocalIndex(lid);
        if (t == null) {
            return Errno.THREADATTR;
        }
        t.setRemainingCapacity(t.timeCapacity());
        t.setPendingOperation(null);
        t.setWakeupTime(0);
        t.setState(ThreadState.WAIT_NEXT_ACTIVATION);
        return Errno.OK;
    }

    /** THREAD_STOP (55): only the error thread may stop a thread of its partition. */
    public static Errno stop(PartitionThreads p, KernelThread caller, int lid) {
        if (caller != p.errorThread()) {
            return Errno.THREAD;
        }
        KernelThread t = p.byLocalIndex(lid);
        if (t == null) {
            return Errno.THREADATTR;
        }
        t.setState(ThreadState.STOPPED);
        return Errno.OK;
    }
}
