package org.jpok.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jpok.api.kernel.Errno;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.ThreadState;
import org.junit.jupiter.api.Test;

class PartitionModesTest {

    @Test
    void partitionsBootInInitWarm() {
        assertEquals(PartitionMode.INIT_WARM, Threads.partition(SchedulerKind.RR, 1).mode());
    }

    @Test
    void mainThreadEntersNormalAndStops() {
        PartitionThreads p = Threads.partition(SchedulerKind.RR, 3);
        KernelThread t = Threads.create(p, 5, 0, 0, 0);
        ModeChange c = PartitionModes.setMode(p, p.mainThread(), 3, 0);
        assertEquals(new ModeChange(Errno.OK, false), c);
        assertEquals(PartitionMode.NORMAL, p.mode());
        assertEquals(ThreadState.STOPPED, p.mainThread().state());
        assertEquals(ThreadState.RUNNABLE, t.state());
        assertEquals(Errno.PARTITION_MODE, PartitionModes.setMode(p, p.mainThread(), 3, 1).errno(),
                "NORMAL only out of INIT");
    }

    @Test
    void onlyMainOrErrorThreadMayAsk() {
        PartitionThreads p = Threads.partition(SchedulerKind.RR, 3);
        KernelThread t = Threads.create(p, 5, 0, 0, 0);
        assertEquals(Errno.THREAD, PartitionModes.setMode(p, t, 3, 0).errno());
        assertEquals(Errno.THREAD, PartitionModes.setMode(p, null, 3, 0).errno());
    }

    @Test
    void stopAndReinitAreForTheErrorThread() {
        PartitionThreads p = Threads.partition(SchedulerKind.RR, 3);
        KernelThread handler = p.createErrorThread(0x99).thread();
        assertEquals(Errno.PARTITION_MODE, PartitionModes.setMode(p, p.mainThread(), 6, 0).errno());
        assertEquals(Errno.PARTITION_MODE, PartitionModes.setMode(p, p.mainThread(), 1, 0).errno());
        assertEquals(Errno.PARTITION_MODE, PartitionModes.setMode(p, handler, 3, 0).errno());
        ModeChange cold = PartitionModes.setMode(p, handler, 1, 0);
        assertEquals(new ModeChange(Errno.OK, true), cold);
        assertEquals(PartitionMode.INIT_COLD, p.mode());
        assertEquals(Errno.PARTITION_MODE, PartitionModes.setMode(p, handler, 2, 0).errno(), "no WARM from COLD");
        assertEquals(Errno.OK, PartitionModes.setMode(p, handler, 6, 0).errno());
        assertEquals(PartitionMode.STOPPED, p.mode());
    }

    @Test
    void idleRestartAndUnknownModesAreRefused() {
        PartitionThreads p = Threads.partition(SchedulerKind.RR, 2);
        for (int m : new int[] {0, 4, 5, 7, -1}) {
            assertEquals(Errno.PARTITION_MODE, PartitionModes.setMode(p, p.mainThread(), m, 0).errno(), "" + m);
        }
        assertEquals(PartitionMode.INIT_WARM, p.mode());
    }

    @Test
    void delayedStartsResolveWhenNormalBegins() {
        PartitionThreads p = Threads.partition(SchedulerKind.RR, 4);
        KernelThread aperiodic = Threads.create(p, 5, 0, 0, 0);
        KernelThread periodic = Threads.create(p, 5, 1000, 0, 0);
        KernelThread now = Threads.create(p, 5, 0, 0, 0);
        assertEquals(Errno.OK, ThreadControl.delayedStart(p, aperiodic.gid(), 300, 0));
        assertEquals(Errno.OK, ThreadControl.delayedStart(p, periodic.gid(), 700, 0));
        assertEquals(Errno.OK, ThreadControl.delayedStart(p, now.gid(), 0, 0));
        assertEquals(ThreadState.DELAYED_START, aperiodic.state());
        Threads.normal(p, 5000);
        assertEquals(ThreadState.WAITING, aperiodic.state());
        assertEquals(5300, aperiodic.wakeupTime());
        assertEquals(ThreadState.WAIT_NEXT_ACTIVATION, periodic.state());
        assertEquals(5700, periodic.nextActivation());
        assertEquals(ThreadState.RUNNABLE, now.state());
    }

    @Test
    void reinitialisationStartsOverWithAFreshMainThread() {
        PartitionThreads p = Threads.partition(SchedulerKind.RR, 3);
        Threads.create(p, 5, 0, 0, 0);
        p.createErrorThread(0x99);
        KernelThread main = p.initialize(PartitionMode.INIT_COLD, 0x44);
        assertEquals(1, p.createdCount());
        assertEquals(0x44, main.entry());
        assertEquals(p.firstGid(), main.gid());
        assertEquals(null, p.errorThread());
        assertFalse(p.threads().get(1).state() == ThreadState.RUNNABLE);
        assertTrue(p.mode().isInit());
    }
}
