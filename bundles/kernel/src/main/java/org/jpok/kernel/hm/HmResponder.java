package org.jpok.kernel.hm;

import org.jpok.api.kernel.HmEvent;
import org.jpok.api.kernel.ThreadState;
import org.jpok.kernel.sched.KernelThread;
import org.jpok.kernel.sched.PartitionModes;
import org.jpok.kernel.sched.PartitionThreads;

/**
 * Carries out a health-monitor decision on a partition's scheduling state. A thread that faulted on an
 * instruction cannot simply go on (it would fault again at once), so it is stopped whenever the partition
 * itself goes on; the error handler may restart it with THREAD_RESTART.
 */
public final class HmResponder {

    private HmResponder() {
    }

    /**
     * Applies {@code event} to partition {@code p}.
     *
     * @param failed    the thread that caused the error, or null
     * @param resumable the failed thread may continue (a deadline miss, an illegal syscall, an application
     *                  error); false for a CPU fault
     * @return true if the kernel must now reload the partition's image and re-initialise it (INIT_COLD)
     */
    public static boolean apply(HmEvent event, PartitionThreads p, KernelThread failed, boolean resumable) {
        switch (event.response()) {
            case ERROR_HANDLER:
                stopIfStuck(failed, p, resumable);
                p.activateErrorThread();
                return false;
            case LOGGED:
                stopIfStuck(failed, p, resumable);
                return false;
            case STOPPED:
                PartitionModes.stopPartition(p);
                return false;
            case RESTARTED:
            default:
                PartitionModes.beginRestart(p);
                return true;
        }
    }

    private static void stopIfStuck(KernelThread failed, PartitionThreads p, boolean resumable) {
        if (failed != null && !resumable && failed != p.errorThread()) {
            failed.setState(ThreadState.STOPPED);
            failed.setPendingOperation(null);
        }
    }
}
