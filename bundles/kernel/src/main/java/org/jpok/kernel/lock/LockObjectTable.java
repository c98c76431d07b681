package org.jpok.kernel.lock;

import java.util.List;
import org.jpok.api.kernel.Errno;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.ThreadState;
import org.jpok.kernel.sched.KernelThread;

/**
 * POK's global lock-object table (§1.6.4): partition {@code p} owns the contiguous id range
 * {@code [low(p), high(p))}, and ids are global. Semaphores, mutexes and events with FIFO or priority queueing
 * and relative timeouts in nanoseconds (0 = wait forever). There is no owner check on unlock, as in POK.
 */
public final class LockObjectTable {

    private final LockObject[] objects;
    private final int[] low;
    private final int[] high;

    /** @param perPartition how many lock objects each partition may create (config: semaphores+mutexes+events) */
    public LockObjectTable(int[] perPartition) {
        low = new int[perPartition.length];
        high = new int[perPartition.length];
        int next = 0;
        for (int p = 0; p < perPartition.length; p++) {
            low[p] = next;
            next += perPartition[p];
            high[p] = next;
        }
        objects = new LockObject[next];
        for (int i = 0; i < next; i++) {
            objects[i] = new LockObject();
        }
    }

    /**
     * LOCKOBJ_CREATE (201): the first free object of the partition's range. Checks in POK's order: mode (MODE),
     * room (LOCKOBJ_UNAVAILABLE), locking policy 0..2 and queueing policy (LOCKOBJ_POLICY), kind (LOCKOBJ_KIND);
     * a semaphore whose initial value exceeds its maximum is EINVAL (POK accepts it).
     */
    public LockCreation create(int partition, PartitionMode mode, long kindCode, long lockingPolicy,
            long queueingPolicy, int initialValue, int maxValue) {
        if (!mode.isInit()) {
            return new LockCreation(Errno.MODE, -1);
        }
        int id = -1;
        for (int i = low[partition]; i < high[partition]; i++) {
            if (!objects[i].isCreated()) {
                id = i;
                break;
            }
        }
        if (id < 0) {
            return new LockCreation(Errno.LOCKOBJ_UNAVAILABLE, -1);
        }
        QueueingPolicy queueing = QueueingPolicy.ofCode(queueingPolicy);
        if (lockingPolicy < 0 || lockingPolicy > 2 || queueing == null) {
            return new LockCreation(Errno.LOCKOBJ_POLICY, -1);
        }
        LockKind kind = LockKind.ofCode(kindCode);
        if (kind == null) {
            return new LockCreation(Errno.LOCKOBJ_KIND, -1);
        }
        if (kind == LockKind.SEMAPHORE) {
            if (initialValue > maxValue) {
                return new LockCreation(Errno.EINVAL, -1);
            }
            objects[id].create(kind, queueing, initialValue, maxValue);
        } else {
            objects[id].create(kind, kind == LockKind.EVENT ? QueueingPolicy.PRIORITY : queueing, 1, 1);
        }
        return new LockCreation(Errno.OK, id);
    }

    /** LOCKOBJ_OPERATION (202) by {@code caller} on object {@code id} (only its low byte counts, as in POK). */
    public LockOutcome operate(KernelThread caller, int id, long operation, long kindCode, long timeoutNs,
            long now) {
        int index = id & 0xFF;
        int p = caller.partition();
        if (index < low[p] || index >= high[p]) {
            return LockOutcome.done(Errno.EINVAL);
        }
        LockObject obj = objects[index];
        if (!obj.isCreated()) {
            return LockOutcome.done(Errno.LOCKOBJ_NOTREADY);
        }
        if (LockKind.ofCode(kindCode) != obj.kind()) {
            return LockOutcome.done(Errno.EINVAL);
        }
        LockOperation op = LockOperation.ofCode(operation);
        if (op == null) {
            return LockOutcome.done(Errno.EINVAL);
        }
        long deadline = deadline(timeoutNs, now);
        switch (op) {
            case LOCK:
                return lock(obj, caller, deadline, PendingLock.Phase.LOCK, Errno.OK);
            case UNLOCK:
                unlock(obj);
                return LockOutcome.done(Errno.OK);
            case WAIT:
                if (obj.kind() != LockKind.EVENT) {
                    return LockOutcome.done(Errno.EINVAL);
                }
                unlock(obj);
                obj.eventQueue().enqueue(caller);
                caller.block(deadline);
                caller.setPendingOperation(new PendingLock(obj, PendingLock.Phase.EVENT_WAIT, deadline, null));
                return LockOutcome.BLOCKED;
            case SIGNAL:
                if (obj.kind() != LockKind.EVENT) {
                    return LockOutcome.done(Errno.EINVAL);
                }
                KernelThread woken = nextWaiter(obj, obj.eventQueue());
                if (woken == null) {
                    return LockOutcome.done(Errno.NOTFOUND);
                }
                makeRunnable(woken);
                return LockOutcome.done(Errno.OK);
            case BROADCAST:
                if (obj.kind() != LockKind.EVENT) {
                    return LockOutcome.done(Errno.EINVAL);
                }
                for (KernelThread t = nextWaiter(obj, obj.eventQueue()); t != null;
                        t = nextWaiter(obj, obj.eventQueue())) {
                    makeRunnable(t);
                }
                return LockOutcome.done(Errno.OK);
            default:
                return LockOutcome.done(Errno.EINVAL);
        }
    }

    /**
     * Finishes the blocked call of {@code caller}, which runs again: it was handed the object (OK), timed out
     * (TIMEOUT), or was woken for another reason before its time and blocks again.
     */
    public LockOutcome resume(KernelThread caller, long now) {
        if (!(caller.pendingOperation() instanceof PendingLock)) {
            return LockOutcome.done(Errno.EINVAL);
        }
        PendingLock pending = (PendingLock) caller.pendingOperation();
        LockObject obj = pending.object();
        switch (pending.phase()) {
            case LOCK:
            case RELOCK:
                if (obj.lockQueue().contains(caller)) {
                    return stillQueued(obj.lockQueue(), caller, pending, now);
                }
                caller.setPendingOperation(null);
                return LockOutcome.done(pending.phase() == PendingLock.Phase.LOCK ? Errno.OK : pending.result());
            case EVENT_WAIT:
            default:
                Errno result = Errno.OK;
                if (obj.eventQueue().contains(caller)) {
                    if (!expired(pending.deadline(), now)) {
                        caller.block(pending.deadline());
                        return LockOutcome.BLOCKED;
                    }
                    obj.eventQueue().remove(caller);
                    result = Errno.TIMEOUT;
                }
                caller.setPendingOperation(null);
                return lock(obj, caller, KernelThread.INFINITE, PendingLock.Phase.RELOCK, result);
        }
    }

    /** Removes {@code t} from every queue (its partition restarts or it was stopped while waiting). */
    public void forget(KernelThread t) {
        for (LockObject o : objects) {
            if (o.isCreated()) {
                o.lockQueue().remove(t);
                o.eventQueue().remove(t);
            }
        }
        if (t.pendingOperation() instanceof PendingLock) {
            t.setPendingOperation(null);
        }
    }

    /** Destroys every object of {@code partition} (re-initialisation creates them anew). */
    public void resetPartition(int partition) {
        for (int i = low[partition]; i < high[partition]; i++) {
            objects[i].destroy();
        }
    }

    /** The object's value (1 = free mutex, the count of a semaphore); for tests and status. */
    public int value(int id) {
        return objects[id].value();
    }

    /** Threads waiting to lock object {@code id}, in queue order. */
    public List<KernelThread> lockWaiters(int id) {
        return objects[id].lockQueue().waiters();
    }

    private LockOutcome lock(LockObject obj, KernelThread caller, long deadline, PendingLock.Phase phase,
            Errno result) {
        if (obj.value() > 0) {
            obj.setValue(obj.value() - 1);
            return LockOutcome.done(phase == PendingLock.Phase.LOCK ? Errno.OK : result);
        }
        obj.lockQueue().enqueue(caller);
        caller.block(deadline);
        caller.setPendingOperation(new PendingLock(obj, phase, deadline, result));
        return LockOutcome.BLOCKED;
    }

    /** Hands the object to the first waiter (value stays 0), or frees it; a semaphore saturates at max. */
    private static void unlock(LockObject obj) {
        if (obj.value() == 0) {
            KernelThread next = nextWaiter(obj, obj.lockQueue());
            if (next != null) {
                makeRunnable(next);
                return;
            }
        }
        if (obj.kind() == LockKind.SEMAPHORE) {
            if (obj.value() < obj.max()) {
                obj.setValue(obj.value() + 1);
            }
        } else {
            obj.setValue(1);
        }
    }

    /**
     * The head of {@code queue} that still waits on {@code obj}; threads whose call was abandoned meanwhile
     * (THREAD_RESTART, a partition restart) are dropped, so the object never goes to a thread not asking for it.
     */
    private static KernelThread nextWaiter(LockObject obj, WaitQueue queue) {
        for (KernelThread t = queue.dequeue(); t != null; t = queue.dequeue()) {
            if (t.pendingOperation() instanceof PendingLock pending && pending.object() == obj) {
                return t;
            }
        }
        return null;
    }

    private LockOutcome stillQueued(WaitQueue queue, KernelThread caller, PendingLock pending, long now) {
        if (expired(pending.deadline(), now)) {
            queue.remove(caller);
            caller.setPendingOperation(null);
            return LockOutcome.done(pending.phase() == PendingLock.Phase.LOCK ? Errno.TIMEOUT : pending.result());
        }
        caller.block(pending.deadline());
        return LockOutcome.BLOCKED;
    }

    private static void makeRunnable(KernelThread t) {
        t.setState(ThreadState.RUNNABLE);
    }

    private static boolean expired(long deadline, long now) {
        return deadline != KernelThread.INFINITE && now >= deadline;
    }

    /** Absolute deadline for a relative timeout (u64 ns, 0 = forever), saturating instead of wrapping. */
    private static long deadline(long timeoutNs, long now) {
        if (timeoutNs == 0) {
            return KernelThread.INFINITE;
        }
        if (timeoutNs < 0 || now + timeoutNs < now) {
            return Long.MAX_VALUE;
        }
        return now + timeoutNs;
    }
}
