package org.jpok.kernel.core;

import org.jpok.api.kernel.PartitionMode;
import org.jpok.kernel.sched.PartitionModes;

/** The operator's mode changes ({@link org.jpok.api.kernel.KernelControl}); runs on the vCPU thread. */
final class OperatorModes {

    private OperatorModes() {
    }

    static void setMode(KernelSystem s, int partition, PartitionMode mode) {
        if (partition < 0 || partition >= s.partitions.size()) {
            throw new IllegalArgumentException("unknown partition id " + partition);
        }
        Partition p = s.partitions.get(partition);
        switch (mode) {
            case STOPPED -> PartitionModes.stopPartition(p.threads);
            case INIT_COLD, INIT_WARM -> s.restart(p, mode);
            default -> throw new IllegalArgumentException("mode " + mode
                    + " cannot be set from outside the partition (use STOPPED, INIT_COLD or INIT_WARM)");
        }
        // A running system elects anew now: the partition's old thread may hold the CPU. A frozen one does it on
        // thaw, and one not started yet at its start; the old context left behind is never loaded again.
        if (s.hasStarted() && !s.isFrozen()) {
            s.reschedule();
        }
    }
}
