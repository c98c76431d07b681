package org.jpok.kernel.syscall;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.jpok.kernel.sched.KernelThread;
import org.jpok.kernel.sched.ThreadAttributes;

/**
 * The structures that cross the syscall boundary, in their i386 layout (§1.7): u64 members 4-byte aligned,
 * enums 4 bytes, little-endian.
 */
public final class GuestStructs {

    /** {@code pok_thread_attr_t}. */
    public static final int THREAD_ATTR_SIZE = 40;
    /** {@code pok_lockobj_attr_t}. */
    public static final int LOCKOBJ_ATTR_SIZE = 16;
    /** {@code pok_lockobj_lockattr_t}. */
    public static final int LOCKOBJ_LOCKATTR_SIZE = 20;
    /** The user stack size POK reports for every thread. */
    static final int REPORTED_STACK_SIZE = 8192;

    private GuestStructs() {
    }

    private static ByteBuffer le(byte[] bytes, int size, String what) {
        if (bytes.length != size) {
            throw new IllegalArgumentException(what + " has " + size + " bytes, not " + bytes.length);
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** THREAD_CREATE's attributes: priority u8 @0, entry @4, period u64 @8, deadline u64 @16, capacity u64 @24. */
    public static ThreadAttributes threadAttributes(byte[] bytes) {
        ByteBuffer b = le(bytes, THREAD_ATTR_SIZE, "pok_thread_attr_t");
        return new ThreadAttributes(Byte.toUnsignedInt(b.get(0)), b.getInt(4), b.getLong(8), b.getLong(16),
                b.getLong(24));
    }

    /**
     * THREAD_STATUS's answer: deadline (the thread's absolute deadline, 0 if none), state, current priority,
     * entry, period, time capacity (−1 kept as POK keeps it), stack size 8192, affinity 0.
     */
    public static byte[] threadStatus(KernelThread t) {
        ByteBuffer b = ByteBuffer.allocate(THREAD_ATTR_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) t.priority());
        b.put(1, (byte) 0);
        b.putInt(4, t.entry());
        b.putLong(8, t.period());
        b.putLong(16, t.absoluteDeadline() == Long.MAX_VALUE ? 0 : t.absoluteDeadline());
        b.putLong(24, t.timeCapacity());
        b.putInt(32, REPORTED_STACK_SIZE);
        b.putInt(36, t.state().code());
        return b.array();
    }

    /** LOCKOBJ_CREATE's attributes. */
    public record LockAttributes(int kind, int lockingPolicy, int queueingPolicy, int initialValue, int maxValue) {
    }

    /** Decodes kind @0, locking policy @4, queueing policy @8, initial u16 @12, max u16 @14. */
    public static LockAttributes lockAttributes(byte[] bytes) {
        ByteBuffer b = le(bytes, LOCKOBJ_ATTR_SIZE, "pok_lockobj_attr_t");
        return new LockAttributes(b.getInt(0), b.getInt(4), b.getInt(8), Short.toUnsignedInt(b.getShort(12)),
                Short.toUnsignedInt(b.getShort(14)));
    }

    /** LOCKOBJ_OPERATION's request. */
    public record LockRequest(int operation, int kind, int lockKind, long timeoutNs) {
    }

    /** Decodes operation @0, object kind @4, lock kind @8, timeout u64 @12 (relative ns, 0 = forever). */
    public static LockRequest lockRequest(byte[] bytes) {
        ByteBuffer b = le(bytes, LOCKOBJ_LOCKATTR_SIZE, "pok_lockobj_lockattr_t");
        return new LockRequest(b.getInt(0), b.getInt(4), b.getInt(8), b.getLong(12));
    }
}
