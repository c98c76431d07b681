package org.jpok.kernel.core;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.jpok.api.kernel.Errno;
import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.kernel.hm.ErrorStatus;
import org.jpok.kernel.lock.LockCreation;
import org.jpok.kernel.lock.LockOutcome;
import org.jpok.kernel.port.PortIdResult;
import org.jpok.kernel.port.PortKind;
import org.jpok.kernel.port.PortOutcome;
import org.jpok.kernel.port.QueuingStatus;
import org.jpok.kernel.port.SamplingRead;
import org.jpok.kernel.port.SamplingStatus;
import org.jpok.kernel.sched.KernelThread;
import org.jpok.kernel.sched.ModeChange;
import org.jpok.kernel.sched.PartitionModes;
import org.jpok.kernel.sched.PartitionThreads;
import org.jpok.kernel.sched.ThreadAttributes;
import org.jpok.kernel.sched.ThreadControl;
import org.jpok.kernel.sched.ThreadCreation;
import org.jpok.kernel.syscall.ArgCheck;
import org.jpok.kernel.syscall.GuestStructs;
import org.jpok.kernel.syscall.SyscallArgs;
import org.jpok.kernel.syscall.SyscallId;

/**
 * Syscalls on vector 42 with POK's ABI: EAX = id, EBX = partition-relative pointer to {nargs, arg1..arg5}, the
 * result in the frame's EAX (nothing else changes). Every pointer is checked against the calling partition
 * before the kernel touches it; a bad one is EINVAL.
 */
final class Syscalls {

    /** What {@link #call} answers for a call that blocked: the result comes when the thread runs again. */
    static final int BLOCKED = -1;
    private static final int MAX_NAME = 64;

    private final KernelSystem k;
    private final GuestMemory mem;

    Syscalls(KernelSystem k) {
        this.k = k;
        this.mem = new GuestMemory(k.machine);
    }

    void handle(int frame) {
        Partition p = k.callerOf(frame);
        if (p == null) {
            throw new IllegalStateException("syscall from ring 0");
        }
        KernelThread caller = k.currentThread(p);
        int id = k.machine.readInt(frame + TrapFrame.EAX);
        int block = k.machine.readInt(frame + TrapFrame.EBX);
        int result;
        if (caller == null) {
            result = Errno.EINVAL.code();
        } else if (!p.fits(block, ArgCheck.ARGS_BLOCK_SIZE)) {
            result = Errno.EINVAL.code();
        } else {
            SyscallId sc = SyscallId.of(id);
            if (sc == null || !implemented(sc)) {
                k.machine.writeInt(frame + TrapFrame.EAX, Errno.EINVAL.code());
                k.raise(p, caller, k.machine.readInt(frame + TrapFrame.EIP), ErrorKind.ILLEGAL_REQUEST,
                        "unknown syscall " + id, new byte[0], true);
                return;
            }
            int at = p.base + block;
            SyscallArgs args = new SyscallArgs(k.machine.readInt(at), k.machine.readInt(at + 4),
                    k.machine.readInt(at + 8), k.machine.readInt(at + 12), k.machine.readInt(at + 16),
                    k.machine.readInt(at + 20));
            result = call(sc, p, caller, args, frame);
            if (changesNoThread(sc)) {
                k.machine.writeInt(frame + TrapFrame.EAX, result);
                k.rescheduleUnlessSettled();
                return;
            }
        }
        if (result != BLOCKED) {
            k.machine.writeInt(frame + TrapFrame.EAX, result);
        }
        if (!k.shutdownRequested) {
            k.reschedule();
        }
    }

    /**
     * Calls that only read kernel state, or touch the caller's memory, the console, ports' data or I/O ports: no
     * thread changes state, so the schedule after them is the one before (POK does not reschedule after them).
     */
    private static boolean changesNoThread(SyscallId sc) {
        switch (sc) {
            case CONSWRITE:
            case GETCHAR:
            case GETTICK:
            case THREAD_ID:
            case THREAD_STATUS:
            case ERROR_GET:
            case PARTITION_GET_ID:
            case PARTITION_GET_PERIOD:
            case PARTITION_GET_DURATION:
            case PARTITION_GET_LOCK_LEVEL:
            case PARTITION_GET_OPERATING_MODE:
            case PARTITION_GET_START_CONDITION:
            case MIDDLEWARE_SAMPLING_ID:
            case MIDDLEWARE_SAMPLING_READ:
            case MIDDLEWARE_SAMPLING_STATUS:
            case MIDDLEWARE_SAMPLING_WRITE:
            case MIDDLEWARE_QUEUEING_ID:
            case MIDDLEWARE_QUEUEING_STATUS:
            case INB:
            case OUTB:
                return true;
            default:
                return false;
        }
    }

    private static boolean implemented(SyscallId sc) {
        int id = sc.id();
        return id < 120 || (id >= 200 && id < 600) || sc == SyscallId.SHUTDOWN;
    }

    private int call(SyscallId sc, Partition p, KernelThread caller, SyscallArgs a, int frame) {
        long now = k.machine.clock().nanos();
        PartitionThreads pt = p.threads;
        int pi = p.config.index();
        switch (sc) {
            case CONSWRITE: {
                if (a.arg2() == 0 || !p.fits(a.arg1(), a.unsigned(2))) {
                    return Errno.EINVAL.code();
                }
                byte[] text = mem.read(p, a.arg1(), a.arg2());
                k.bsp.writeConsole(text, 0, text.length);
                return Errno.OK.code();
            }
            case GETCHAR: {
                if (!p.fits(a.arg1(), 1)) {
                    return Errno.EINVAL.code();
                }
                int c = k.bsp.readConsole();
                if (c >= 0) {
                    mem.writeByte(p, a.arg1(), c);
                }
                return Errno.OK.code();
            }
            case GETTICK:
                if (!p.fits(a.arg1(), 8)) {
                    return Errno.EINVAL.code();
                }
                mem.writeLong(p, a.arg1(), now);
                return Errno.OK.code();
            case SHUTDOWN:
                if (a.nargs() != 0) {
                    return Errno.EINVAL.code();
                }
                k.shutdownRequested = true;
                k.bsp.powerOff();
                return Errno.OK.code();
            case THREAD_CREATE: {
                if (!p.fits(a.arg1(), 4) || !p.fits(a.arg2(), GuestStructs.THREAD_ATTR_SIZE)) {
                    return Errno.EINVAL.code();
                }
                ThreadAttributes attr = GuestStructs.threadAttributes(
                        mem.read(p, a.arg2(), GuestStructs.THREAD_ATTR_SIZE));
                if (!p.fits(attr.entry(), 1)) {
                    return Errno.THREADATTR.code(); // an entry outside the partition could never run
                }
                ThreadCreation c = pt.createThread(attr);
                if (c.thread() != null) {
                    k.prepare(p, c.thread());
                    mem.writeInt(p, a.arg1(), c.thread().gid());
                }
                return c.errno().code();
            }
            case THREAD_SLEEP_UNTIL:
                return ThreadControl.sleepUntil(caller, a.unsigned(1) * 1000).code();
            case THREAD_SLEEP:
                return ThreadControl.sleep(caller, a.unsigned(1) * 1000, now).code();
            case THREAD_SUSPEND:
            case THREAD_STOPSELF:
                return ThreadControl.suspendSelf(caller).code();
            case THREAD_PERIOD:
                return ThreadControl.waitPeriod(caller).code();
            case THREAD_ID:
                if (!p.fits(a.arg1(), 4)) {
                    return Errno.EINVAL.code();
                }
                mem.writeInt(p, a.arg1(), caller.gid());
                return Errno.OK.code();
            case THREAD_STATUS: {
                KernelThread t = pt.byGid(a.arg1());
                if (t == null) {
                    return Errno.PARAM.code();
                }
                if (!p.fits(a.arg2(), GuestStructs.THREAD_ATTR_SIZE)) {
                    return Errno.EINVAL.code();
                }
                mem.write(p, a.arg2(), GuestStructs.threadStatus(t));
                return Errno.OK.code();
            }
            case THREAD_SET_PRIORITY:
                return ThreadControl.setPriority(pt, a.arg1(), a.unsigned(2)).code();
            case THREAD_RESUME:
                return ThreadControl.resume(pt, a.arg1(), now).code();
            case THREAD_SUSPEND_TARGET:
                return ThreadControl.suspendTarget(pt, caller, a.arg1()).code();
            case THREAD_DELAYED_START:
                return ThreadControl.delayedStart(pt, a.arg1(), a.unsigned(2) * 1000, now).code();
            case THREAD_RESTART: {
                Errno e = ThreadControl.restart(pt, caller, a.arg1());
                if (e == Errno.OK) {
                    KernelThread t = pt.byLocalIndex(a.arg1());
                    k.locks.forget(t);
                    k.ports.forget(t);
                    k.prepare(p, t);
                }
                return e.code();
            }
            case THREAD_STOP: {
                Errno e = ThreadControl.stop(pt, caller, a.arg1());
                if (e == Errno.OK) {
                    KernelThread t = pt.byLocalIndex(a.arg1());
                    k.locks.forget(t);
                    k.ports.forget(t);
                    k.contexts[t.gid()].pendingCompletion = null;
                }
                return e.code();
            }
            case THREAD_DEADLINE:
            case THREAD_STATE:
                // Not part of POK's kernel switch either: the ids exist, the calls do not.
                return Errno.EINVAL.code();
            case LOCKOBJ_CREATE: {
                if (!p.fits(a.arg1(), 1) || !p.fits(a.arg2(), GuestStructs.LOCKOBJ_ATTR_SIZE)) {
                    return Errno.EINVAL.code();
                }
                GuestStructs.LockAttributes la = GuestStructs.lockAttributes(
                        mem.read(p, a.arg2(), GuestStructs.LOCKOBJ_ATTR_SIZE));
                LockCreation c = k.locks.create(pi, pt.mode(), Integer.toUnsignedLong(la.kind()),
                        Integer.toUnsignedLong(la.lockingPolicy()), Integer.toUnsignedLong(la.queueingPolicy()),
                        la.initialValue(), la.maxValue());
                if (c.errno() == Errno.OK) {
                    mem.writeByte(p, a.arg1(), c.id());
                }
                return c.errno().code();
            }
            case LOCKOBJ_OPERATION: {
                if (!p.fits(a.arg2(), GuestStructs.LOCKOBJ_LOCKATTR_SIZE)) {
                    return Errno.EINVAL.code();
                }
                GuestStructs.LockRequest r = GuestStructs.lockRequest(
                        mem.read(p, a.arg2(), GuestStructs.LOCKOBJ_LOCKATTR_SIZE));
                LockOutcome o = k.locks.operate(caller, a.arg1(), Integer.toUnsignedLong(r.operation()),
                        Integer.toUnsignedLong(r.kind()), r.timeoutNs(), now);
                if (o.blocked()) {
                    return block(caller, frame, t -> {
                        LockOutcome again = k.locks.resume(caller, t);
                        return again.blocked() ? BLOCKED : again.errno().code();
                    });
                }
                return o.errno().code();
            }
            case ERROR_HANDLER_CREATE: {
                if (!p.fits(a.arg2(), 1)) {
                    return Errno.THREADATTR.code();
                }
                ThreadCreation c = pt.createErrorThread(a.arg2());
                if (c.thread() != null) {
                    // POK switches to the new handler at once; it runs until it stops itself to wait for errors.
                    k.prepare(p, c.thread());
                    pt.activateErrorThread();
                }
                return c.errno().code();
            }
            case ERROR_RAISE_APPLICATION_ERROR: {
                long len = Math.min(a.unsigned(2), ErrorStatus.MAX_MESSAGE);
                if (!p.fits(a.arg1(), len)) {
                    return Errno.EINVAL.code();
                }
                byte[] msg = mem.read(p, a.arg1(), (int) len);
                k.machine.writeInt(frame + TrapFrame.EAX, Errno.OK.code());
                k.raise(p, caller, k.machine.readInt(frame + TrapFrame.EIP), ErrorKind.APPLICATION_ERROR,
                        "application error", msg, true);
                return Errno.OK.code();
            }
            case ERROR_GET: {
                if (!p.fits(a.arg1(), ErrorStatus.STRUCT_SIZE)) {
                    return Errno.EINVAL.code();
                }
                ErrorStatus last = k.hm.lastError(pi);
                if (last.kind() == ErrorKind.INVALID) {
                    return Errno.UNAVAILABLE.code(); // no error recorded, as in POK
                }
                mem.write(p, a.arg1(), last.toBytes());
                return Errno.OK.code();
            }
            case PARTITION_SET_MODE: {
                ModeChange m = PartitionModes.setMode(pt, caller, a.arg1(), now);
                if (m.reinitialize()) {
                    k.restart(p, PartitionMode.ofCode(a.arg1()));
                    return BLOCKED; // the caller's context is gone with the old partition
                }
                return m.errno().code();
            }
            case PARTITION_GET_ID:
                return writeOut(p, a.arg1(), 1, () -> mem.writeByte(p, a.arg1(), pi));
            case PARTITION_GET_PERIOD:
                return writeOut(p, a.arg1(), 8, () -> mem.writeLong(p, a.arg1(), k.config.schedule().majorFrameNs()));
            case PARTITION_GET_DURATION:
                return writeOut(p, a.arg1(), 8, () -> mem.writeLong(p, a.arg1(), k.duration(pi)));
            case PARTITION_GET_LOCK_LEVEL:
                return writeOut(p, a.arg1(), 4, () -> mem.writeInt(p, a.arg1(), 0));
            case PARTITION_GET_OPERATING_MODE:
                return writeOut(p, a.arg1(), 4, () -> mem.writeInt(p, a.arg1(), pt.mode().code()));
            case PARTITION_GET_START_CONDITION:
                return writeOut(p, a.arg1(), 4, () -> mem.writeInt(p, a.arg1(), 0));
            case INB:
                if (!p.config.ioPorts().contains(a.arg1())) {
                    return Errno.EPERM.code();
                }
                return k.machine.in(a.arg1() & 0xFFFF, 1) & 0xFF;
            case OUTB:
                if (!p.config.ioPorts().contains(a.arg1())) {
                    return Errno.EPERM.code();
                }
                k.machine.out(a.arg1() & 0xFFFF, 1, a.arg2() & 0xFF);
                return Errno.OK.code();
            default:
                return ports(sc, p, caller, a, frame, now);
        }
    }

    private int ports(SyscallId sc, Partition p, KernelThread caller, SyscallArgs a, int frame, long now) {
        int pi = p.config.index();
        switch (sc) {
            case MIDDLEWARE_SAMPLING_CREATE:
            case MIDDLEWARE_QUEUEING_CREATE: {
                String name = mem.name(p, a.arg1(), MAX_NAME);
                if (name == null || !p.fits(a.arg5(), 1)) {
                    return Errno.EINVAL.code();
                }
                PortIdResult r = sc == SyscallId.MIDDLEWARE_SAMPLING_CREATE
                        ? k.ports.createSampling(pi, name, a.unsigned(2), a.arg3(), a.unsigned(4))
                        : k.ports.createQueuing(pi, name, a.unsigned(2), a.arg3(), a.arg4());
                if (r.errno() == Errno.OK || r.errno() == Errno.EXISTS) {
                    mem.writeByte(p, a.arg5(), r.id());
                }
                return r.errno().code();
            }
            case MIDDLEWARE_SAMPLING_ID:
            case MIDDLEWARE_QUEUEING_ID: {
                String name = mem.name(p, a.arg1(), MAX_NAME);
                if (name == null || !p.fits(a.arg2(), 1)) {
                    return Errno.EINVAL.code();
                }
                PortIdResult r = k.ports.id(pi, name,
                        sc == SyscallId.MIDDLEWARE_SAMPLING_ID ? PortKind.SAMPLING : PortKind.QUEUING);
                if (r.errno() == Errno.OK) {
                    mem.writeByte(p, a.arg2(), r.id());
                }
                return r.errno().code();
            }
            case MIDDLEWARE_SAMPLING_WRITE:
                if (!p.fits(a.arg2(), a.unsigned(3))) {
                    return Errno.EINVAL.code();
                }
                return k.ports.writeSampling(pi, a.arg1() & 0xFF, mem.read(p, a.arg2(), a.arg3()), now).code();
            case MIDDLEWARE_SAMPLING_READ: {
                if (!p.fits(a.arg3(), 4) || !p.fits(a.arg4(), 4)) {
                    return Errno.EINVAL.code();
                }
                SamplingRead r = k.ports.readSampling(pi, a.arg1() & 0xFF, now);
                byte[] data = r.data() == null ? new byte[0] : r.data();
                if (!p.fits(a.arg2(), data.length)) {
                    return Errno.EINVAL.code();
                }
                mem.write(p, a.arg2(), data);
                mem.writeInt(p, a.arg3(), data.length);
                mem.writeInt(p, a.arg4(), r.valid() ? 1 : 0);
                return r.errno().code();
            }
            case MIDDLEWARE_SAMPLING_STATUS: {
                if (!p.fits(a.arg2(), 20)) {
                    return Errno.EINVAL.code();
                }
                SamplingStatus s = k.ports.samplingStatus(pi, a.arg1() & 0xFF, now);
                if (s.errno() == Errno.OK) {
                    ByteBuffer b = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
                    b.putInt(0, (int) s.size());
                    b.put(4, (byte) s.direction().code());
                    b.putLong(8, s.refreshNs());
                    b.putInt(16, s.valid() ? 1 : 0);
                    mem.write(p, a.arg2(), b.array());
                }
                return s.errno().code();
            }
            case MIDDLEWARE_QUEUEING_STATUS: {
                if (!p.fits(a.arg2(), 8)) {
                    return Errno.EINVAL.code();
                }
                QueuingStatus s = k.ports.queuingStatus(pi, a.arg1() & 0xFF);
                if (s.errno() == Errno.OK) {
                    ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
                    b.putInt(0, (int) s.size());
                    b.put(4, (byte) s.direction().code());
                    b.put(5, (byte) s.messages());
                    b.put(6, (byte) s.waiting());
                    mem.write(p, a.arg2(), b.array());
                }
                return s.errno().code();
            }
            case MIDDLEWARE_QUEUEING_SEND: {
                if (!p.fits(a.arg2(), a.unsigned(3))) {
                    return Errno.EINVAL.code();
                }
                PortOutcome o = k.ports.send(caller, a.arg1() & 0xFF, mem.read(p, a.arg2(), a.arg3()), a.unsigned(4), now);
                if (o.blocked()) {
                    return block(caller, frame, t -> {
                        PortOutcome again = k.ports.resume(caller, t);
                        return again.blocked() ? BLOCKED : again.errno().code();
                    });
                }
                return o.errno().code();
            }
            case MIDDLEWARE_QUEUEING_RECEIVE: {
                int data = a.arg4();
                int lenOut = a.arg5();
                if (!p.fits(data, a.unsigned(3)) || !p.fits(lenOut, 4)) {
                    return Errno.EINVAL.code();
                }
                PortOutcome o = k.ports.receive(caller, a.arg1() & 0xFF, a.unsigned(3), a.unsigned(2), now);
                if (o.blocked()) {
                    return block(caller, frame, t -> {
                        PortOutcome again = k.ports.resume(caller, t);
                        return again.blocked() ? BLOCKED : deliver(p, again, data, lenOut);
                    });
                }
                return deliver(p, o, data, lenOut);
            }
            default:
                return Errno.EINVAL.code();
        }
    }

    private int deliver(Partition p, PortOutcome o, int data, int lenOut) {
        byte[] d = o.data() == null ? new byte[0] : o.data();
        mem.write(p, data, d);
        mem.writeInt(p, lenOut, d.length);
        return o.errno().code();
    }

    private int writeOut(Partition p, int ptr, int len, Runnable write) {
        if (!p.fits(ptr, len)) {
            return Errno.EINVAL.code();
        }
        write.run();
        return Errno.OK.code();
    }

    private int block(KernelThread caller, int frame, java.util.function.LongFunction<Integer> completion) {
        ThreadContext c = k.contexts[caller.gid()];
        c.pendingFrame = frame;
        c.pendingCompletion = completion;
        return BLOCKED;
    }
}
