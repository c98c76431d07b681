package org.jpok.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.ThreadState;
import org.junit.jupiter.api.Test;

class SchedulerTraceTest {

    /** Threads 0..3: 0 the stopped main thread (priority 1), 1 (40) and 2 (42) ready, 3 (44). */
    private static PartitionThreads example(SchedulerKind kind) {
        PartitionThreads p = new PartitionThreads(0, 0, 4, 0x10000, kind.create());
        p.initialize(PartitionMode.INIT_WARM, 0);
        Threads.create(p, 40, 0, 0, 0);
        Threads.create(p, 42, 0, 0, 0);
        Threads.create(p, 44, 0, 0, 0);
        Threads.normal(p, 0);
        return p;
    }

    @Test
    void staticTraceMatchesPoksWorkedExample() {
        PartitionThreads p = example(SchedulerKind.STATIC);
        ElectionResult r = ThreadElection.elect(p, 1);
        KernelThread elected = r.elected();
        assertEquals(true, r.byScheduler());
        assertEquals(null, r.before());
        assertEquals(3, elected.gid());
        assertEquals("--- Scheduling processor: 0\n"
                + "    scheduling thread 3 (priority 44)\n"
                + "    other ready:  1 (40), 2 (42)\n"
                + "    non-ready: 0 (1/stopped)\n",
                SchedulerTrace.of(SchedulerKind.STATIC, p, null, elected, 0));
        assertEquals("", SchedulerTrace.of(SchedulerKind.STATIC, p, elected, elected, 0), "no change, no trace");
    }

    @Test
    void staticTraceForIdleListsEveryNonReadyThread() {
        PartitionThreads p = example(SchedulerKind.STATIC);
        for (KernelThread t : p.threads()) {
            t.setState(ThreadState.STOPPED);
        }
        p.threads().get(2).setState(ThreadState.WAITING);
        assertEquals("--- Scheduling processor: 0\n"
                + "    scheduling idle thread\n"
                + "    non-ready: 0 (1/stopped), 1 (40/stopped), 2 (42/waiting), 3 (44/stopped)\n",
                SchedulerTrace.of(SchedulerKind.STATIC, p, p.threads().get(3), null, 0));
        assertEquals("", SchedulerTrace.of(SchedulerKind.STATIC, p, null, null, 0));
    }

    @Test
    void roundRobinTraceMarksTheElectedThreadInline() {
        PartitionThreads p = example(SchedulerKind.RR);
        KernelThread two = p.threads().get(2);
        assertEquals("--- scheduling partition: 0, low:0, high:4\n"
                + "--- Scheduling processor: 0\n"
                + "    scheduling thread 2 (priority 42)\n"
                + "    other ready:  1 (40)elected 2 !!! \n"
                + ", 3 (44)\n"
                + "    non-ready: 0 (1/stopped)\n",
                SchedulerTrace.of(SchedulerKind.RR, p, p.threads().get(1), two, 0));
    }

    @Test
    void rmsTraceListsPeriods() {
        PartitionThreads p = new PartitionThreads(0, 0, 3, 0x10000, SchedulerKind.RMS.create());
        p.initialize(PartitionMode.INIT_WARM, 0);
        KernelThread fast = Threads.create(p, 1, 200, 0, 0);
        Threads.create(p, 1, 1000, 0, 0);
        Threads.normal(p, 0);
        assertEquals("--- Scheduling processor: 0\n"
                + "    scheduling thread: 1 {200} ---  1 {200} , 2 {1000} , are runnable; \n"
                + "\t\t 0 (stopped) are NOT runnable;\n",
                SchedulerTrace.of(SchedulerKind.RMS, p, null, fast, 0));
    }
}
