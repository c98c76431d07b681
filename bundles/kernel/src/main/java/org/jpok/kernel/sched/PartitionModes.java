package org.jpok.kernel.sched;

import org.jpok.api.kernel.Errno;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.ThreadState;

/** POK's partition mode transitions (§5.4) for PARTITION_SET_MODE (404). */
public final class PartitionModes {

    private PartitionModes() {
    }

    /**
     * Applies a mode request from {@code caller}. Only the main or the error thread may ask (else THREAD);
     * NORMAL is for the main thread out of an INIT mode; STOPPED, INIT_WARM and INIT_COLD for the error
     * thread (WARM not out of COLD); anything else is PARTITION_MODE.
     */
    public static ModeChange setMode(PartitionThreads p, KernelThread caller, int requested, long now) {
        boolean isMain = caller != null && caller == p.mainThread();
        boolean isError = caller != null && caller == p.errorThread();
        if (!isMain && !isError) {
            return new ModeChange(Errno.THREAD, false);
        }
        PartitionMode mode = PartitionMode.ofCode(requested);
        if (mode == null) {
            return new ModeChange(Errno.PARTITION_MODE, false);
        }
        switch (mode) {
            case NORMAL:
                if (!isMain || !p.mode().isInit()) {
                    return new ModeChange(Errno.PARTITION_MODE, false);
                }
                enterNormal(p, now);
                return ModeChange.OK;
            case STOPPED:
                if (!isError) {
                    return new ModeChange(Errno.PARTITION_MODE, false);
                }
                p.setMode(PartitionMode.STOPPED);
                return ModeChange.OK;
            case INIT_WARM:
            case INIT_COLD:
                if (!isError || (mode == PartitionMode.INIT_WARM && p.mode() == PartitionMode.INIT_COLD)) {
                    return new ModeChange(Errno.PARTITION_MODE, false);
                }
                p.setMode(mode);
                return new ModeChange(Errno.OK, true);
            default:
                return new ModeChange(Errno.PARTITION_MODE, false);
        }
    }

    /** The health monitor stops the partition: STOPPED, so it only idles in its windows. */
    public static void stopPartition(PartitionThreads p) {
        p.setMode(PartitionMode.STOPPED);
    }

    /**
     * The health monitor restarts the partition: INIT_COLD with no thread running; the kernel then reloads the
     * image and calls {@link PartitionThreads#initialize(PartitionMode, int)}.
     */
    public static void beginRestart(PartitionThreads p) {
        p.setMode(PartitionMode.INIT_COLD);
        for (KernelThread t : p.threads()) {
            t.setState(ThreadState.STOPPED);
        }
    }

    /** INIT → NORMAL: start the delayed threads, give deadlines to the ready ones, stop the main thread. */
    static void enterNormal(PartitionThreads p, long now) {
        p.setMode(PartitionMode.NORMAL);
        for (KernelThread t : p.threads().subList(0, p.createdCount())) {
            if (t.state() == ThreadState.DELAYED_START) {
                ThreadControl.start(t, t.wakeupTime(), now);
            } else if (t.state() == ThreadState.RUNNABLE && t.isPeriodic() && t != p.mainThread()) {
                // A periodic thread created in INIT starts its first activation now (POK: at time "period").
                ThreadControl.start(t, 0, now);
            }
        }
        KernelThread main = p.mainThread();
        if (main != null) {
            main.setState(ThreadState.STOPPED);
        }
    }
}
