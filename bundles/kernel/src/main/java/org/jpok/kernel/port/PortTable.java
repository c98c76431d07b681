package org.jpok.kernel.port;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.jpok.api.kernel.Errno;
import org.jpok.api.kernel.ThreadState;
import org.jpok.kernel.config.ChannelConfig;
import org.jpok.kernel.config.PortRef;
import org.jpok.kernel.sched.KernelThread;

/**
 * All ports of the system (§1.6.5, §1.6.6), built from the {@code ports:} channels of the configuration. Ids
 * are global, in declaration order (each channel's source, then its destinations). Data moves from OUT to IN
 * ports only in {@link #flush}, which the kernel calls at each major-frame boundary.
 */
public final class PortTable {

    private final List<Port> ports = new ArrayList<>();

    public PortTable(List<ChannelConfig> channels) {
        for (ChannelConfig c : channels) {
            Port source = add(c, c.source(), PortDirection.OUT);
            for (PortRef d : c.destinations()) {
                source.destinations().add(add(c, d, PortDirection.IN));
            }
        }
    }

    private Port add(ChannelConfig c, PortRef ref, PortDirection direction) {
        int id = ports.size();
        Port p = c.kind() == PortKind.SAMPLING
                ? new SamplingPort(id, ref.name(), direction, ref.partition(), c.size())
                : new QueuingPort(id, ref.name(), direction, ref.partition(), c.size());
        ports.add(p);
        return p;
    }

    public int size() {
        return ports.size();
    }

    // ---- sampling ports ------------------------------------------------------------------------------------

    /** SAMPLING_CREATE (105). An already created port answers EXISTS with its id, as in POK. */
    public PortIdResult createSampling(int partition, String name, long size, int directionCode, long refreshNs) {
        Port p = byName(name, PortKind.SAMPLING);
        if (p == null) {
            return new PortIdResult(Errno.NOTFOUND, -1);
        }
        if (p.owner() != partition || PortDirection.ofCode(directionCode) != p.direction() || size <= 0
                || size > p.capacity()) {
            return new PortIdResult(Errno.PORT, -1);
        }
        if (p.isCreated()) {
            return new PortIdResult(Errno.EXISTS, p.id());
        }
        p.markCreated(size);
        ((SamplingPort) p).setRefreshNs(Math.max(0, refreshNs));
        return new PortIdResult(Errno.OK, p.id());
    }

    /** SAMPLING_WRITE (104): replaces the OUT port's message; the next flush delivers it. */
    public Errno writeSampling(int partition, int id, byte[] data, long now) {
        Port p = created(id);
        if (p == null || data.length == 0 || data.length > p.size()) {
            return Errno.EINVAL;
        }
        Errno e = check(p, partition, PortKind.SAMPLING, PortDirection.OUT, Errno.PORT);
        if (e != Errno.OK) {
            return e;
        }
        ((SamplingPort) p).store(data.clone(), now);
        return Errno.OK;
    }

    /** SAMPLING_READ (102): the IN port's last message and its validity; EMPTY if nothing arrived yet. */
    public SamplingRead readSampling(int partition, int id, long now) {
        Port p = created(id);
        if (p == null) {
            return new SamplingRead(Errno.EINVAL, new byte[0], false);
        }
        Errno e = check(p, partition, PortKind.SAMPLING, PortDirection.IN, Errno.PORT);
        if (e != Errno.OK) {
            return new SamplingRead(e, new byte[0], false);
        }
        SamplingPort s = (SamplingPort) p;
        if (s.message() == null) {
            return new SamplingRead(Errno.EMPTY, new byte[0], false);
        }
        return new SamplingRead(Errno.OK, s.message().clone(), s.isValid(now));
    }

    /** SAMPLING_STATUS (103). */
    public SamplingStatus samplingStatus(int partition, int id, long now) {
        Port p = created(id);
        if (p == null || p.kind() != PortKind.SAMPLING) {
            return new SamplingStatus(Errno.EINVAL, 0, null, 0, false);
        }
        if (p.owner() != partition) {
            return new SamplingStatus(Errno.PORT, 0, null, 0, false);
        }
        SamplingPort s = (SamplingPort) p;
        return new SamplingStatus(Errno.OK, s.size(), s.direction(), s.refreshNs(), s.isValid(now));
    }

    // ---- queuing ports -------------------------------------------------------------------------------------

    /** QUEUEING_CREATE (110): FIFO discipline only; creating an existing port again is OK, as in POK. */
    public PortIdResult createQueuing(int partition, String name, long size, int directionCode, int discipline) {
        if (discipline != 0) {
            return new PortIdResult(Errno.DISCIPLINE, -1);
        }
        Port p = byName(name, PortKind.QUEUING);
        if (p == null) {
            return new PortIdResult(Errno.NOTFOUND, -1);
        }
        if (p.owner() != partition || PortDirection.ofCode(directionCode) != p.direction() || size <= 0
                || size > p.capacity()) {
            return new PortIdResult(Errno.PORT, -1);
        }
        if (!p.isCreated()) {
            p.markCreated(size);
        }
        return new PortIdResult(Errno.OK, p.id());
    }

    /**
     * QUEUEING_SEND (111): queues one message on the caller's OUT port. Without room: FULL if {@code timeoutNs}
     * is 0, else the caller blocks until a flush makes room or the timeout passes.
     */
    public PortOutcome send(KernelThread caller, int id, byte[] data, long timeoutNs, long now) {
        Port p = created(id);
        if (p == null) {
            return PortOutcome.done(Errno.EINVAL);
        }
        Errno e = check(p, caller.partition(), PortKind.QUEUING, PortDirection.OUT, Errno.EPERM);
        if (e != Errno.OK) {
            return PortOutcome.done(e);
        }
        if (data.length == 0 || data.length > p.size()) {
            return PortOutcome.done(Errno.SIZE);
        }
        QueuingPort q = (QueuingPort) p;
        PendingTransfer t = new PendingTransfer(q, data.clone(), 0, deadline(timeoutNs, now));
        return attempt(caller, t, timeoutNs == 0, now);
    }

    /**
     * QUEUEING_RECEIVE (112): takes the oldest message of the caller's IN port, cut to {@code maxLength} bytes.
     * When empty: EMPTY if {@code timeoutNs} is 0, else the caller blocks until a message or the timeout.
     */
    public PortOutcome receive(KernelThread caller, int id, long maxLength, long timeoutNs, long now) {
        Port p = created(id);
        if (p == null || maxLength <= 0) {
            return PortOutcome.done(Errno.EINVAL);
        }
        Errno e = check(p, caller.partition(), PortKind.QUEUING, PortDirection.IN, Errno.PORT);
        if (e != Errno.OK) {
            return PortOutcome.done(e);
        }
        int max = (int) Math.min(maxLength, Integer.MAX_VALUE);
        PendingTransfer t = new PendingTransfer((QueuingPort) p, null, max, deadline(timeoutNs, now));
        return attempt(caller, t, timeoutNs == 0, now);
    }

    /** Finishes the blocked send or receive of {@code caller}, which runs again. */
    public PortOutcome resume(KernelThread caller, long now) {
        if (!(caller.pendingOperation() instanceof PendingTransfer)) {
            return PortOutcome.done(Errno.EINVAL);
        }
        PendingTransfer t = (PendingTransfer) caller.pendingOperation();
        t.port().waiters().remove(caller);
        caller.setPendingOperation(null);
        return attempt(caller, t, false, now);
    }

    /** QUEUEING_STATUS (114). */
    public QueuingStatus queuingStatus(int partition, int id) {
        Port p = created(id);
        if (p == null || p.kind() != PortKind.QUEUING) {
            return new QueuingStatus(Errno.EINVAL, 0, null, 0, 0);
        }
        if (p.owner() != partition) {
            return new QueuingStatus(Errno.PORT, 0, null, 0, 0);
        }
        QueuingPort q = (QueuingPort) p;
        return new QueuingStatus(Errno.OK, q.size(), q.direction(), q.messageCount(), q.waiters().size());
    }

    // ---- both kinds ----------------------------------------------------------------------------------------

    /** SAMPLING_ID (101) and QUEUEING_ID (113): a port of {@code kind} named {@code name} owned by the caller. */
    public PortIdResult id(int partition, String name, PortKind kind) {
        Port p = byName(name, kind);
        if (p == null) {
            return new PortIdResult(Errno.NOTFOUND, -1);
        }
        if (p.owner() != partition) {
            return new PortIdResult(Errno.PORT, -1);
        }
        return new PortIdResult(Errno.OK, p.id());
    }

    /**
     * Moves data from the OUT ports of every partition that {@code flushes} (POK: NORMAL or IDLE mode) to their
     * created IN ports: sampling messages are copied to every destination; queued messages move in order while
     * they fit (the rest waits for the next flush). Threads blocked on the ports involved are made RUNNABLE to
     * retry. Returns the threads woken.
     */
    public List<KernelThread> flush(IntPredicate flushes) {
        List<KernelThread> woken = new ArrayList<>();
        for (Port p : ports) {
            if (p.direction() != PortDirection.OUT || !p.isCreated() || !flushes.test(p.owner())) {
                continue;
            }
            if (p instanceof SamplingPort) {
                flushSampling((SamplingPort) p);
            } else {
                flushQueuing((QueuingPort) p, woken);
            }
        }
        return woken;
    }

    /** Removes {@code t} from every port's waiters (it was stopped or its partition restarts). */
    public void forget(KernelThread t) {
        for (Port p : ports) {
            p.waiters().remove(t);
        }
        if (t.pendingOperation() instanceof PendingTransfer) {
            t.setPendingOperation(null);
        }
    }

    /** Forgets the ports of a partition being re-initialised: it must create them again. */
    public void resetPartition(int partition) {
        for (Port p : ports) {
            if (p.owner() == partition) {
                p.reset();
            }
        }
    }

    private static void flushSampling(SamplingPort s) {
        if (!s.isDirty()) {
            return;
        }
        for (Port d : s.destinations()) {
            if (d.isCreated()) {
                byte[] m = s.message();
                ((SamplingPort) d).store(Arrays.copyOf(m, (int) Math.min(m.length, d.size())), s.writtenAt());
            }
        }
        s.clean();
    }

    private static void flushQueuing(QueuingPort q, List<KernelThread> woken) {
        Port d = q.destinations().get(0);
        if (!d.isCreated()) {
            return;
        }
        QueuingPort in = (QueuingPort) d;
        boolean moved = false;
        while (q.peek() != null && q.peek().length <= in.size() && in.fits(q.peek().length)) {
            in.push(q.pop());
            moved = true;
        }
        if (moved) {
            wakeAll(q, woken);
            wakeAll(in, woken);
        }
    }

    private static void wakeAll(Port p, List<KernelThread> woken) {
        for (KernelThread t = p.waiters().dequeue(); t != null; t = p.waiters().dequeue()) {
            // A thread whose call was abandoned meanwhile (THREAD_RESTART) is not woken.
            if (t.pendingOperation() instanceof PendingTransfer pending && pending.port() == p) {
                t.setState(ThreadState.RUNNABLE);
                woken.add(t);
            }
        }
    }

    private PortOutcome attempt(KernelThread caller, PendingTransfer t, boolean noWait, long now) {
        QueuingPort q = t.port();
        if (t.isSend()) {
            if (q.fits(t.message().length)) {
                q.push(t.message());
                return PortOutcome.done(Errno.OK);
            }
        } else if (q.peek() != null) {
            byte[] m = q.pop();
            return PortOutcome.received(m.length <= t.maxLength() ? m : Arrays.copyOf(m, t.maxLength()));
        }
        if (noWait) {
            return PortOutcome.done(t.isSend() ? Errno.FULL : Errno.EMPTY);
        }
        if (now >= t.deadline()) {
            return PortOutcome.done(Errno.TIMEOUT);
        }
        q.waiters().enqueue(caller);
        caller.block(t.deadline());
        caller.setPendingOperation(t);
        return PortOutcome.BLOCKED;
    }

    private static Errno check(Port p, int partition, PortKind kind, PortDirection direction, Errno notOwner) {
        if (p.kind() != kind) {
            return Errno.KIND;
        }
        if (p.owner() != partition) {
            return notOwner;
        }
        if (p.direction() != direction) {
            return Errno.DIRECTION;
        }
        return Errno.OK;
    }

    private Port created(int id) {
        return id >= 0 && id < ports.size() && ports.get(id).isCreated() ? ports.get(id) : null;
    }

    private Port byName(String name, PortKind kind) {
        for (Port p : ports) {
            if (p.kind() == kind && p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    private static long deadline(long timeoutNs, long now) {
        if (timeoutNs <= 0 || now + timeoutNs < now) {
            return timeoutNs == 0 ? now : Long.MAX_VALUE;
        }
        return now + timeoutNs;
    }
}
