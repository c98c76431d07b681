package org.jpok.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jpok.api.kernel.Errno;
import org.jpok.api.kernel.PartitionMode;

/** Test helpers: a partition with a main thread and some created threads. */
final class Threads {

    static final long SIZE = 0x10000;

    private Threads() {
    }

    static PartitionThreads partition(SchedulerKind kind, int capacity) {
        PartitionThreads p = new PartitionThreads(0, 10, capacity, SIZE, kind.create());
        p.initialize(PartitionMode.INIT_WARM, 0x40);
        return p;
    }

    static KernelThread create(PartitionThreads p, int priority, long period, long deadline, long capacity) {
        ThreadCreation c = p.createThread(new ThreadAttributes(priority, 0x80, period, deadline, capacity));
        assertEquals(Errno.OK, c.errno());
        return c.thread();
    }

    static void normal(PartitionThreads p, long now) {
        assertEquals(Errno.OK, PartitionModes.setMode(p, p.mainThread(), PartitionMode.NORMAL.code(), now).errno());
    }
}
