package org.jpok.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.ThreadState;
import org.junit.jupiter.api.Test;

class ThreadElectionTest {

    @Test
    void initModeRunsOnlyTheMainThreadAndLetsItSleep() {
        PartitionThreads p = Threads.partition(SchedulerKind.RR, 2);
        Threads.create(p, 5, 0, 0, 0);
        assertSame(p.mainThread(), ThreadElection.elect(p, 0).elected());
        ThreadControl.sleep(p.mainThread(), 100, 0);
        assertNull(ThreadElection.elect(p, 50).elected(), "the other thread waits for NORMAL mode");
        assertSame(p.mainThread(), ThreadElection.elect(p, 100).elected());
        assertEquals(false, ThreadElection.elect(p, 101).byScheduler());
    }

    @Test
    void stoppedIdleAndRestartModesRunIdle() {
        for (PartitionMode m : new PartitionMode[] {PartitionMode.IDLE, PartitionMode.STOPPED,
            PartitionMode.RESTART}) {
            PartitionThreads p = Threads.partition(SchedulerKind.STATIC, 2);
            Threads.create(p, 5, 0, 0, 0);
            p.setMode(m);
            assertNull(ThreadElection.elect(p, 0).elected(), m.name());
        }
    }

    @Test
    void periodicThreadsAreReleasedAtTheirActivationWithFreshCapacity() {
        PartitionThreads p = Threads.partition(SchedulerKind.STATIC, 2);
        KernelThread t = Threads.create(p, 5, 1000, 0, 300);
        Threads.normal(p, 0);
        assertSame(t, ThreadElection.elect(p, 0).elected());
        assertEquals(1000, t.nextActivation());
        ThreadElection.elect(p, 100);
        assertEquals(200, t.remainingCapacity(), "100 ns charged");
        ThreadControl.waitPeriod(t);
        assertNull(ThreadElection.elect(p, 150).elected());
        assertNull(ThreadElection.elect(p, 999).elected());
        assertSame(t, ThreadElection.elect(p, 1000).elected());
        assertEquals(300, t.remainingCapacity());
        assertEquals(2000, t.nextActivation());
    }

    @Test
    void exhaustedCapacityWaitsForTheNextActivation() {
        PartitionThreads p = Threads.partition(SchedulerKind.STATIC, 2);
        KernelThread t = Threads.create(p, 5, 1000, 0, 300);
        Threads.normal(p, 0);
        ThreadElection.elect(p, 0);
        assertNull(ThreadElection.elect(p, 300).elected());
        assertEquals(ThreadState.WAIT_NEXT_ACTIVATION, t.state());
        assertEquals(0, t.remainingCapacity());
    }

    @Test
    void timeOffTheCpuIsNotCharged() {
        PartitionThreads p = Threads.partition(SchedulerKind.STATIC, 2);
        KernelThread t = Threads.create(p, 5, 10_000, 0, 300);
        Threads.normal(p, 0);
        ThreadElection.elect(p, 0);
        ThreadElection.leaveCpu(p, 100);
        ThreadElection.elect(p, 5000);
        assertEquals(200, t.remainingCapacity());
        assertSame(t, p.current());
    }

    @Test
    void deadlineMissesAreReportedOnce() {
        PartitionThreads p = Threads.partition(SchedulerKind.STATIC, 2);
        KernelThread t = Threads.create(p, 5, 1000, 500, 0);
        Threads.normal(p, 0);
        assertTrue(ThreadElection.elect(p, 400).deadlineMisses().isEmpty());
        assertEquals(List.of(t), ThreadElection.elect(p, 501).deadlineMisses());
        assertTrue(ThreadElection.elect(p, 600).deadlineMisses().isEmpty(), "reported once");
        ThreadControl.waitPeriod(t);
        ThreadElection.elect(p, 1000);
        assertEquals(1500, t.absoluteDeadline());
        ThreadControl.waitPeriod(t);
        assertTrue(ThreadElection.elect(p, 1700).deadlineMisses().isEmpty(), "a finished job misses nothing");
    }

    @Test
    void nextChangeIsTheFirstTimeAnElectionCouldDecideDifferently() {
        PartitionThreads p = Threads.partition(SchedulerKind.STATIC, 4);
        KernelThread worker = Threads.create(p, 9, 1000, 800, 300); // periodic, deadline 800, capacity 300
        KernelThread sleeper = Threads.create(p, 20, 0, 0, 0);
        Threads.normal(p, 0);
        ThreadControl.sleep(sleeper, 250, 0);
        assertSame(worker, ThreadElection.elect(p, 100).elected());
        assertEquals(250, ThreadElection.nextChange(p, 100), "the sleeper's wake-up comes first");
        assertSame(worker, ThreadElection.elect(p, 249).elected(), "nothing changed before it");
        assertSame(sleeper, ThreadElection.elect(p, 250).elected());

        ThreadControl.suspendSelf(sleeper);
        assertSame(worker, ThreadElection.elect(p, 260).elected());
        // charged 100..250 before the sleeper ran: 150 left, used up 150 ns after it got the CPU back
        assertEquals(260 + 150, ThreadElection.nextChange(p, 260), "capacity runs out");
        assertSame(worker, ThreadElection.elect(p, 409).elected());
        assertNull(ThreadElection.elect(p, 410).elected(), "out of capacity");
        assertEquals(1000, ThreadElection.nextChange(p, 410), "the next release: a job out of capacity misses no deadline");
        assertSame(worker, ThreadElection.elect(p, 1000).elected());
        assertEquals(1000 + 300, ThreadElection.nextChange(p, 1000), "fresh capacity runs out before the deadline at 1800");
        ThreadControl.waitPeriod(worker);
        assertSame(worker, ThreadElection.elect(p, 2000).elected());
        worker.setRemainingCapacity(KernelThread.INFINITE); // as a job without a budget
        assertEquals(2801, ThreadElection.nextChange(p, 2000), "a miss is seen once now passes the deadline (2800)");
    }

    @Test
    void theErrorThreadRunsFirstOnceActivated() {
        PartitionThreads p = Threads.partition(SchedulerKind.STATIC, 3);
        KernelThread worker = Threads.create(p, 100, 0, 0, 0);
        KernelThread handler = p.createErrorThread(0x90).thread();
        Threads.normal(p, 0);
        assertSame(worker, ThreadElection.elect(p, 1).elected());
        assertTrue(p.activateErrorThread());
        assertEquals(255, handler.priority());
        assertSame(handler, ThreadElection.elect(p, 2).elected());
        handler.setState(ThreadState.STOPPED);
        assertSame(worker, ThreadElection.elect(p, 3).elected());
    }
}
