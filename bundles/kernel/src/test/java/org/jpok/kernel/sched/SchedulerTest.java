package org.jpok.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jpok.api.kernel.ThreadState;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static KernelThread elect(PartitionThreads p, long now) {
        return ThreadElection.elect(p, now).elected();
    }

    @Test
    void roundRobinKeepsAThreadOfInfiniteCapacityAndThenCycles() {
        PartitionThreads p = Threads.partition(SchedulerKind.RR, 4);
        KernelThread a = Threads.create(p, 1, 0, 0, 0);
        KernelThread b = Threads.create(p, 1, 0, 0, 0);
        KernelThread c = Threads.create(p, 1, 0, 0, 0);
        Threads.normal(p, 0);
        assertSame(a, elect(p, 1), "after the stopped main thread, the first ready thread");
        assertSame(a, elect(p, 2), "not preempted while runnable with infinite capacity");
        a.setState(ThreadState.WAITING);
        a.setWakeupTime(100);
        assertSame(b, elect(p, 3));
        b.setState(ThreadState.STOPPED);
        assertSame(c, elect(p, 4));
        c.setState(ThreadState.STOPPED);
        assertNull(elect(p, 5), "nothing ready: idle");
        assertSame(a, elect(p, 100), "the sleeper wakes at its time");
    }

    @Test
    void roundRobinStartsAfterThePreviousThreadWhenIdleRan() {
        PartitionThreads p = Threads.partition(SchedulerKind.RR, 4);
        KernelThread a = Threads.create(p, 1, 0, 0, 0);
        KernelThread b = Threads.create(p, 1, 0, 0, 0);
        KernelThread c = Threads.create(p, 1, 0, 0, 0);
        Threads.normal(p, 0);
        b.setState(ThreadState.STOPPED);
        c.setState(ThreadState.STOPPED);
        assertSame(a, elect(p, 1));
        a.setState(ThreadState.STOPPED);
        assertNull(elect(p, 2));
        assertSame(a, p.previous());
        a.setState(ThreadState.RUNNABLE);
        b.setState(ThreadState.RUNNABLE);
        assertSame(b, elect(p, 3), "the search starts after the previous thread a");
    }

    @Test
    void staticPriorityPicksTheHighestAndKeepsTheRunningOneAmongEquals() {
        PartitionThreads p = Threads.partition(SchedulerKind.STATIC, 5);
        KernelThread low = Threads.create(p, 40, 0, 0, 0);
        KernelThread mid = Threads.create(p, 42, 0, 0, 0);
        KernelThread high = Threads.create(p, 44, 0, 0, 0);
        KernelThread mid2 = Threads.create(p, 42, 0, 0, 0);
        Threads.normal(p, 0);
        assertSame(high, elect(p, 1));
        high.setState(ThreadState.STOPPED);
        assertSame(mid, elect(p, 2), "first of equal priority from the start of the scan");
        assertSame(mid, elect(p, 3));
        mid.setState(ThreadState.STOPPED);
        assertSame(mid2, elect(p, 4));
        mid.setState(ThreadState.RUNNABLE);
        assertSame(mid2, elect(p, 5), "the running thread stays among equals");
        low.setPriority(50);
        assertSame(low, elect(p, 6), "a raised priority wins at once");
    }

    @Test
    void rmsPrefersTheShortestPeriodAndTheMainThreadLast() {
        PartitionThreads p = Threads.partition(SchedulerKind.RMS, 4);
        KernelThread slow = Threads.create(p, 1, 1000, 0, 0);
        KernelThread aperiodic = Threads.create(p, 1, 0, 0, 0);
        KernelThread fast = Threads.create(p, 1, 200, 0, 0);
        assertSame(p.mainThread(), elect(p, 0), "INIT mode runs the main thread");
        Threads.normal(p, 0);
        assertSame(fast, elect(p, 1));
        fast.setState(ThreadState.STOPPED);
        assertSame(slow, elect(p, 2));
        slow.setState(ThreadState.STOPPED);
        assertSame(aperiodic, elect(p, 3), "aperiodic threads count as the longest period");
        aperiodic.setState(ThreadState.STOPPED);
        assertNull(elect(p, 4));
        RmsScheduler rms = new RmsScheduler();
        p.mainThread().setState(ThreadState.RUNNABLE);
        assertSame(p.mainThread(), rms.elect(p, 5));
    }

    @Test
    void edfPrefersTheEarliestAbsoluteDeadline() {
        PartitionThreads p = Threads.partition(SchedulerKind.EDF, 4);
        KernelThread late = Threads.create(p, 1, 1000, 900, 0);
        KernelThread soon = Threads.create(p, 1, 1000, 100, 0);
        KernelThread none = Threads.create(p, 1, 0, 0, 0);
        Threads.normal(p, 0);
        assertEquals(100, soon.absoluteDeadline());
        assertSame(soon, elect(p, 1));
        assertEquals(ThreadStateCheck.OK, ThreadStateCheck.of(ThreadControl.waitPeriod(soon)));
        assertSame(late, elect(p, 2));
        late.setState(ThreadState.STOPPED);
        assertSame(none, elect(p, 3), "threads without deadline run last");
        assertSame(soon, elect(p, 1000), "released again with deadline 1100");
        assertEquals(1100, soon.absoluteDeadline());
    }

    /** Tiny adapter so the EDF test reads as a sentence. */
    private enum ThreadStateCheck {
        OK, OTHER;

        static ThreadStateCheck of(org.jpok.api.kernel.Errno e) {
            return e == org.jpok.api.kernel.Errno.OK ? OK : OTHER;
        }
    }
}
