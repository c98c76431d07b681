package org.jpok.kernel.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jpok.api.kernel.Errno;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.ThreadState;
import org.jpok.kernel.sched.KernelThread;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LockObjectTableTest {

    private static final int MUTEX = 1;
    private static final int SEMAPHORE = 2;
    private static final int EVENT = 3;
    private static final int LOCK = 1;
    private static final int UNLOCK = 2;
    private static final int WAIT = 3;
    private static final int SIGNAL = 4;
    private static final int BROADCAST = 5;

    private LockObjectTable table;
    private KernelThread a;
    private KernelThread b;
    private KernelThread c;
    private KernelThread other;

    @BeforeEach
    void setUp() {
        table = new LockObjectTable(new int[] {1, 4});
        a = thread(1, 0, 10);
        b = thread(1, 1, 20);
        c = thread(1, 2, 30);
        other = thread(0, 0, 10);
    }

    private static KernelThread thread(int partition, int lid, int priority) {
        KernelThread t = new KernelThread(partition * 10 + lid, partition, lid);
        t.setPriority(priority);
        t.setState(ThreadState.RUNNABLE);
        return t;
    }

    private int create(int partition, int kind, int queueing, int initial, int max) {
        LockCreation c = table.create(partition, PartitionMode.INIT_WARM, kind, 0, queueing, initial, max);
        assertEquals(Errno.OK, c.errno());
        return c.id();
    }

    private LockOutcome op(KernelThread t, int id, int op, int kind, long timeout, long now) {
        return table.operate(t, id, op, kind, timeout, now);
    }

    @Test
    void idsAreGlobalIndicesOfThePartitionsRange() {
        assertEquals(0, create(0, MUTEX, 0, 0, 0));
        assertEquals(1, create(1, MUTEX, 0, 0, 0), "partition 1's first object has id 1");
        assertEquals(2, create(1, SEMAPHORE, 0, 1, 3));
        assertEquals(Errno.LOCKOBJ_UNAVAILABLE,
                table.create(0, PartitionMode.INIT_COLD, MUTEX, 0, 0, 0, 0).errno(), "range exhausted");
    }

    @Test
    void creationIsCheckedLikePok() {
        assertEquals(Errno.MODE, table.create(1, PartitionMode.NORMAL, MUTEX, 0, 0, 0, 0).errno());
        assertEquals(Errno.LOCKOBJ_POLICY, table.create(1, PartitionMode.INIT_WARM, MUTEX, 3, 0, 0, 0).errno());
        assertEquals(Errno.LOCKOBJ_POLICY, table.create(1, PartitionMode.INIT_WARM, MUTEX, 0, 2, 0, 0).errno());
        assertEquals(Errno.LOCKOBJ_KIND, table.create(1, PartitionMode.INIT_WARM, 4, 0, 0, 0, 0).errno());
        assertEquals(Errno.EINVAL, table.create(1, PartitionMode.INIT_WARM, SEMAPHORE, 0, 0, 5, 2).errno());
    }

    @Test
    void operationsAreCheckedAgainstTheCallersRangeAndTheKind() {
        int m0 = create(0, MUTEX, 0, 0, 0);
        int m1 = create(1, MUTEX, 0, 0, 0);
        assertEquals(Errno.EINVAL, op(a, m0, LOCK, MUTEX, 0, 0).errno(), "another partition's object");
        assertEquals(Errno.EINVAL, op(a, m1, LOCK, SEMAPHORE, 0, 0).errno(), "wrong kind");
        assertEquals(Errno.EINVAL, op(a, m1, 9, MUTEX, 0, 0).errno(), "unknown operation");
        assertEquals(Errno.EINVAL, op(a, m1, WAIT, MUTEX, 0, 0).errno(), "wait on a mutex");
        assertEquals(Errno.LOCKOBJ_NOTREADY, op(a, 2, LOCK, MUTEX, 0, 0).errno(), "not created yet");
        assertEquals(Errno.OK, op(a, m1 + 256, LOCK, MUTEX, 0, 0).errno(), "only the low byte of the id counts");
        assertEquals(Errno.OK, op(other, m0, LOCK, MUTEX, 0, 0).errno());
    }

    @Test
    void mutexHandsOverToTheNextWaiterInFifoOrder() {
        int m = create(1, MUTEX, 0, 0, 0);
        assertEquals(Errno.OK, op(a, m, LOCK, MUTEX, 0, 0).errno());
        assertEquals(0, table.value(m));
        assertTrue(op(c, m, LOCK, MUTEX, 0, 1).blocked());
        assertTrue(op(b, m, LOCK, MUTEX, 0, 2).blocked());
        assertEquals(ThreadState.LOCK, c.state(), "no timeout: LOCK state");
        assertEquals(List.of(c, b), table.lockWaiters(m), "FIFO ignores priority");
        assertEquals(Errno.OK, op(a, m, UNLOCK, MUTEX, 0, 3).errno());
        assertEquals(ThreadState.RUNNABLE, c.state());
        assertEquals(0, table.value(m), "handed over, still taken");
        assertEquals(new LockOutcome(Errno.OK, false), table.resume(c, 4));
        op(c, m, UNLOCK, MUTEX, 0, 5);
        assertEquals(Errno.OK, table.resume(b, 6).errno());
        op(b, m, UNLOCK, MUTEX, 0, 7);
        assertEquals(1, table.value(m));
        op(b, m, UNLOCK, MUTEX, 0, 8);
        assertEquals(1, table.value(m), "a free mutex stays at 1");
    }

    @Test
    void priorityQueueingOrdersByPriorityThenArrival() {
        int s = create(1, SEMAPHORE, 1, 0, 5);
        KernelThread b2 = thread(1, 3, 20);
        op(a, s, LOCK, SEMAPHORE, 0, 0);
        op(b, s, LOCK, SEMAPHORE, 0, 0);
        op(c, s, LOCK, SEMAPHORE, 0, 0);
        op(b2, s, LOCK, SEMAPHORE, 0, 0);
        assertEquals(List.of(c, b, b2, a), table.lockWaiters(s));
    }

    @Test
    void semaphoreCountsAndSaturatesAtItsMaximum() {
        int s = create(1, SEMAPHORE, 0, 2, 3);
        assertEquals(Errno.OK, op(a, s, LOCK, SEMAPHORE, 0, 0).errno());
        assertEquals(Errno.OK, op(a, s, LOCK, SEMAPHORE, 0, 0).errno());
        assertEquals(0, table.value(s));
        assertTrue(op(a, s, LOCK, SEMAPHORE, 0, 0).blocked());
        op(b, s, UNLOCK, SEMAPHORE, 0, 0);
        assertEquals(0, table.value(s), "the signal went to the waiter");
        assertEquals(Errno.OK, table.resume(a, 1).errno());
        for (int i = 0; i < 5; i++) {
            op(b, s, UNLOCK, SEMAPHORE, 0, 0);
        }
        assertEquals(3, table.value(s));
    }

    @Test
    void timedLockTimesOutAndLeavesTheQueue() {
        int m = create(1, MUTEX, 0, 0, 0);
        op(a, m, LOCK, MUTEX, 0, 0);
        assertTrue(op(b, m, LOCK, MUTEX, 500, 100).blocked());
        assertEquals(ThreadState.WAITING, b.state());
        assertEquals(600, b.wakeupTime());
        b.setState(ThreadState.RUNNABLE); // woken early (e.g. THREAD_RESUME): it waits again
        assertTrue(table.resume(b, 300).blocked());
        assertEquals(ThreadState.WAITING, b.state());
        assertEquals(Errno.TIMEOUT, table.resume(b, 600).errno());
        assertFalse(table.lockWaiters(m).contains(b));
        op(a, m, UNLOCK, MUTEX, 0, 700);
        assertEquals(1, table.value(m), "nobody left to hand over to");
    }

    @Test
    void eventWaitReleasesTheLockAndRetakesItAfterTheSignal() {
        int e = create(1, EVENT, 0, 0, 0);
        assertEquals(Errno.OK, op(a, e, LOCK, EVENT, 0, 0).errno());
        assertTrue(op(a, e, WAIT, EVENT, 0, 1).blocked());
        assertEquals(1, table.value(e), "the wait released the lock");
        assertEquals(Errno.OK, op(b, e, LOCK, EVENT, 0, 2).errno());
        assertEquals(Errno.OK, op(b, e, SIGNAL, EVENT, 0, 3).errno());
        assertEquals(ThreadState.RUNNABLE, a.state());
        assertTrue(table.resume(a, 4).blocked(), "b still holds the lock");
        assertEquals(Errno.OK, op(b, e, UNLOCK, EVENT, 0, 5).errno());
        assertEquals(new LockOutcome(Errno.OK, false), table.resume(a, 6));
        assertEquals(0, table.value(e), "a holds the lock again");
        assertEquals(Errno.NOTFOUND, op(b, e, SIGNAL, EVENT, 0, 7).errno(), "nobody waits");
    }

    @Test
    void eventWaitTimesOutButStillRetakesTheLock() {
        int e = create(1, EVENT, 0, 0, 0);
        op(a, e, LOCK, EVENT, 0, 0);
        assertTrue(op(a, e, WAIT, EVENT, 100, 0).blocked());
        assertEquals(Errno.TIMEOUT, table.resume(a, 100).errno());
        assertEquals(0, table.value(e));
    }

    @Test
    void broadcastWakesEveryWaiterInPriorityOrder() {
        int e = create(1, EVENT, 0, 0, 0);
        for (KernelThread t : new KernelThread[] {a, b, c}) {
            op(t, e, LOCK, EVENT, 0, 0);
            assertTrue(op(t, e, WAIT, EVENT, 0, 0).blocked());
        }
        assertEquals(Errno.OK, op(other(), e, BROADCAST, EVENT, 0, 1).errno());
        assertEquals(ThreadState.RUNNABLE, a.state());
        assertEquals(ThreadState.RUNNABLE, b.state());
        assertEquals(ThreadState.RUNNABLE, c.state());
        assertEquals(Errno.OK, table.resume(c, 2).errno(), "first resumer takes the free lock");
        assertTrue(table.resume(b, 2).blocked());
    }

    private KernelThread other() {
        return thread(1, 3, 1);
    }

    @Test
    void forgetAndResetDropWaitersAndObjects() {
        int m = create(1, MUTEX, 0, 0, 0);
        op(a, m, LOCK, MUTEX, 0, 0);
        op(b, m, LOCK, MUTEX, 0, 0);
        table.forget(b);
        assertTrue(table.lockWaiters(m).isEmpty());
        assertEquals(null, b.pendingOperation());
        table.resetPartition(1);
        assertEquals(Errno.LOCKOBJ_NOTREADY, op(a, m, LOCK, MUTEX, 0, 0).errno());
        assertEquals(m, create(1, MUTEX, 0, 0, 0), "ids are reused after a reset");
    }

    @Test
    void anAbandonedWaiterIsSkippedAtHandOver() {
        int m = create(1, MUTEX, 0, 0, 0);
        op(a, m, LOCK, MUTEX, 0, 0);
        assertTrue(op(b, m, LOCK, MUTEX, 0, 0).blocked());
        assertTrue(op(c, m, LOCK, MUTEX, 0, 0).blocked());
        b.setPendingOperation(null); // THREAD_RESTART abandoned b's call
        b.setState(ThreadState.WAIT_NEXT_ACTIVATION);
        op(a, m, UNLOCK, MUTEX, 0, 1);
        assertEquals(ThreadState.WAIT_NEXT_ACTIVATION, b.state());
        assertEquals(ThreadState.RUNNABLE, c.state());
        assertEquals(Errno.OK, table.resume(c, 2).errno());
        op(c, m, UNLOCK, MUTEX, 0, 3);
        assertEquals(1, table.value(m), "free again: nobody valid waits");
    }

    @Test
    void resumeWithoutPendingCallIsRefused() {
        assertEquals(Errno.EINVAL, table.resume(a, 0).errno());
    }

    @Test
    void hugeTimeoutsDoNotWrap() {
        int m = create(1, MUTEX, 0, 0, 0);
        op(a, m, LOCK, MUTEX, 0, 0);
        assertTrue(op(b, m, LOCK, MUTEX, -1, 1000).blocked());
        assertEquals(Long.MAX_VALUE, b.wakeupTime());
        assertTrue(op(c, m, LOCK, MUTEX, Long.MAX_VALUE, 1000).blocked());
        assertEquals(Long.MAX_VALUE, c.wakeupTime());
    }
}
