package org.jpok.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jpok.api.kernel.Errno;
import org.jpok.api.kernel.ThreadState;
import org.junit.jupiter.api.Test;

class ThreadControlTest {

    @Test
    void creationFollowsPokRules() {
        PartitionThreads p = Threads.partition(SchedulerKind.RR, 3);
        KernelThread main = p.mainThread();
        assertEquals(10, main.gid());
        assertEquals(1, main.priority());
        assertEquals((int) Threads.SIZE - 4 - 8192, main.stackTop());
        KernelThread t = Threads.create(p, 42, 0, 0, 0);
        assertEquals(11, t.gid());
        assertEquals(1, t.localIndex());
        assertEquals((int) Threads.SIZE - 4 - 2 * 8192, t.stackTop());
        assertEquals(KernelThread.INFINITE, t.period());
        assertEquals(KernelThread.INFINITE, t.timeCapacity());
        assertEquals(ThreadState.RUNNABLE, t.state());
        KernelThread periodic = Threads.create(p, 42, 5000, 0, 100);
        assertEquals(5000, periodic.nextActivation());
        assertEquals(100, periodic.remainingCapacity());
        assertEquals(Errno.TOOMANY, p.createThread(new ThreadAttributes(1, 0, 0, 0, 0)).errno());
        Threads.normal(p, 0);
        assertEquals(Errno.MODE, p.createThread(new ThreadAttributes(1, 0, 0, 0, 0)).errno());
    }

    @Test
    void sleepWaitsUntilItsTime() {
        PartitionThreads p = Threads.partition(SchedulerKind.RR, 2);
        KernelThread t = Threads.create(p, 1, 0, 0, 0);
        Threads.normal(p, 0);
        assertEquals(Errno.OK, ThreadControl.sleep(t, 1000, 50));
        assertEquals(ThreadState.WAITING, t.state());
        assertNull(ThreadElection.elect(p, 1049).elected());
        assertEquals(t, ThreadElection.elect(p, 1050).elected());
        ThreadControl.sleepUntil(t, 3000);
        assertNull(ThreadElection.elect(p, 2999).elected());
    }

    @Test
    void suspendResumeAndTargets() {
        PartitionThreads p = Threads.partition(SchedulerKind.RR, 3);
        KernelThread a = Threads.create(p, 1, 0, 0, 0);
        KernelThread b = Threads.create(p, 1, 0, 0, 0);
        ThreadControl.suspendSelf(a);
        assertEquals(ThreadState.STOPPED, a.state());
        assertEquals(Errno.OK, ThreadControl.resume(p, a.gid(), 7));
        assertEquals(ThreadState.RUNNABLE, a.state());
        assertEquals(Errno.THREADATTR, ThreadControl.resume(p, 99, 7));
        assertEquals(Errno.THREADATTR, ThreadControl.suspendTarget(p, a, a.gid()), "not oneself");
        assertEquals(Errno.OK, ThreadControl.suspendTarget(p, a, b.gid()));
        assertEquals(ThreadState.STOPPED, b.state());
        assertEquals(Errno.OK, ThreadControl.setPriority(p, b.gid(), 77));
        assertEquals(77, b.priority());
        assertEquals(1, b.basePriority());
        assertEquals(Errno.PARAM, ThreadControl.setPriority(p, b.gid(), 256));
        assertEquals(Errno.PARAM, ThreadControl.setPriority(p, 9, 5), "gid below the partition's range");
    }

    @Test
    void periodWaitNeedsAPeriod() {
        PartitionThreads p = Threads.partition(SchedulerKind.RR, 2);
        KernelThread t = Threads.create(p, 1, 0, 0, 0);
        assertEquals(Errno.MODE, ThreadControl.waitPeriod(t));
        assertEquals(ThreadState.RUNNABLE, t.state());
    }

    @Test
    void restartAndStopAreForTheErrorThread() {
        PartitionThreads p = Threads.partition(SchedulerKind.RR, 3);
        KernelThread t = Threads.create(p, 1, 1000, 0, 10);
        KernelThread handler = p.createErrorThread(0x70).thread();
        assertEquals(Errno.THREAD, ThreadControl.stop(p, t, 1));
        assertEquals(Errno.THREAD, ThreadControl.restart(p, t, 1));
        assertEquals(Errno.THREADATTR, ThreadControl.stop(p, handler, 5));
        assertEquals(Errno.OK, ThreadControl.stop(p, handler, 1));
        assertEquals(ThreadState.STOPPED, t.state());
        t.setRemainingCapacity(0);
        assertEquals(Errno.OK, ThreadControl.restart(p, handler, 1));
        assertEquals(ThreadState.WAIT_NEXT_ACTIVATION, t.state());
        assertEquals(10, t.remainingCapacity());
        assertEquals(Errno.EXISTS, p.createErrorThread(0x70).errno());
    }

    @Test
    void delayedStartInNormalModeStartsAfterTheDelay() {
        PartitionThreads p = Threads.partition(SchedulerKind.RR, 3);
        KernelThread a = Threads.create(p, 1, 0, 0, 0);
        KernelThread per = Threads.create(p, 1, 100, 0, 0);
        Threads.normal(p, 0);
        a.setPriority(9);
        assertEquals(Errno.OK, ThreadControl.delayedStart(p, a.gid(), 50, 1000));
        assertEquals(ThreadState.WAITING, a.state());
        assertEquals(1050, a.wakeupTime());
        assertEquals(1, a.priority(), "back to the base priority");
        assertEquals(Errno.OK, ThreadControl.delayedStart(p, per.gid(), 0, 1000));
        assertEquals(ThreadState.RUNNABLE, per.state());
        assertEquals(1100, per.nextActivation());
        assertEquals(Errno.THREADATTR, ThreadControl.delayedStart(p, 1234, 0, 0));
    }
}
