package org.jpok.kernel.hm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.kernel.HmAction;
import org.jpok.api.kernel.HmEvent;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.ThreadState;
import org.jpok.kernel.sched.KernelThread;
import org.jpok.kernel.sched.PartitionModes;
import org.jpok.kernel.sched.PartitionThreads;
import org.jpok.kernel.sched.SchedulerKind;
import org.jpok.kernel.sched.ThreadAttributes;
import org.jpok.kernel.sched.ThreadElection;
import org.junit.jupiter.api.Test;

class HmResponderTest {

    private PartitionThreads normalPartition(boolean withHandler) {
        PartitionThreads p = new PartitionThreads(0, 0, 3, 0x10000, SchedulerKind.STATIC.create());
        p.initialize(PartitionMode.INIT_WARM, 0);
        p.createThread(new ThreadAttributes(10, 0x20, 0, 0, 0));
        if (withHandler) {
            p.createErrorThread(0x30);
        }
        PartitionModes.setMode(p, p.mainThread(), PartitionMode.NORMAL.code(), 0);
        return p;
    }

    private static HmEvent event(HmAction action, boolean handler, PartitionThreads p, KernelThread t) {
        return new HealthMonitor(List.of(action)).report(5, 0, t.gid(), t.localIndex(), 0x44,
                ErrorKind.MEMORY_VIOLATION, "#GP", handler, t == p.errorThread());
    }

    @Test
    void logStopsOnlyTheFaultingThread() {
        PartitionThreads p = normalPartition(false);
        KernelThread worker = p.byLocalIndex(1);
        assertFalse(HmResponder.apply(event(HmAction.LOG, false, p, worker), p, worker, false));
        assertEquals(ThreadState.STOPPED, worker.state());
        assertEquals(PartitionMode.NORMAL, p.mode());
    }

    @Test
    void logLetsAResumableErrorGoOn() {
        PartitionThreads p = normalPartition(false);
        KernelThread worker = p.byLocalIndex(1);
        HmResponder.apply(event(HmAction.LOG, false, p, worker), p, worker, true);
        assertEquals(ThreadState.RUNNABLE, worker.state());
    }

    @Test
    void stopAndRestartChangeTheMode() {
        PartitionThreads p = normalPartition(false);
        KernelThread worker = p.byLocalIndex(1);
        assertFalse(HmResponder.apply(event(HmAction.STOP, false, p, worker), p, worker, false));
        assertEquals(PartitionMode.STOPPED, p.mode());
        assertEquals(null, ThreadElection.elect(p, 10).elected());
        PartitionThreads q = normalPartition(false);
        KernelThread w = q.byLocalIndex(1);
        assertTrue(HmResponder.apply(event(HmAction.RESTART, false, q, w), q, w, false));
        assertEquals(PartitionMode.INIT_COLD, q.mode());
        assertEquals(ThreadState.STOPPED, w.state());
    }

    @Test
    void theHandlerRunsNextAndTheFaultingThreadWaitsForIt() {
        PartitionThreads p = normalPartition(true);
        KernelThread worker = p.byLocalIndex(1);
        assertSame(worker, ThreadElection.elect(p, 1).elected());
        assertFalse(HmResponder.apply(event(HmAction.STOP, true, p, worker), p, worker, false));
        assertEquals(ThreadState.STOPPED, worker.state());
        assertSame(p.errorThread(), ThreadElection.elect(p, 2).elected());
        assertEquals(PartitionMode.NORMAL, p.mode());
    }
}
