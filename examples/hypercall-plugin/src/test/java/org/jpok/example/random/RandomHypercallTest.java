package org.jpok.example.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.jpok.api.hypercall.GuestConsole;
import org.jpok.api.hypercall.GuestMemory;
import org.jpok.api.hypercall.GuestMemoryException;
import org.jpok.api.hypercall.HypercallContext;
import org.jpok.api.hypercall.IrqLines;
import org.jpok.api.hypercall.KernelClock;
import org.jpok.api.hypercall.VirtualCpu;
import org.jpok.api.kernel.Errno;
import org.junit.jupiter.api.Test;

/** Tests the handler with a hand-made context: a plugin needs nothing but the API to be tested. */
class RandomHypercallTest {

    private final RandomHypercall handler = new RandomHypercall();

    @Test
    void theSameSeedGivesTheSameSequenceAndPartitionsAreIndependent() {
        Call a = new Call(0);
        handler.handle(a.with(RandomHypercall.SEED, 42));
        int first = next(a);
        int second = next(a);
        assertNotEquals(first, second);
        handler.handle(a.with(RandomHypercall.SEED, 42));
        assertEquals(first, next(a));
        Call b = new Call(1);
        handler.handle(b.with(RandomHypercall.SEED, 42));
        next(a);
        assertEquals(first, next(b), "partition 1's sequence does not move with partition 0's");
    }

    @Test
    void aPointerOutsideThePartitionIsEinvalAndConsumesNothing() {
        Call a = new Call(0);
        assertEquals(Errno.EINVAL, handler.handle(a.with(RandomHypercall.NEXT, 0xFFFE)));
        int x = next(a);
        Call fresh = new Call(0);
        assertEquals(x, next(new RandomHypercall(), fresh));
    }

    private int next(Call c) {
        return next(handler, c);
    }

    private static int next(RandomHypercall h, Call c) {
        assertEquals(Errno.OK, h.handle(c.with(RandomHypercall.NEXT, 0x100)));
        return c.memory().readInt(0x100);
    }

    /** A partition of 64 KiB in a byte array, and the two registers a call needs. */
    private static final class Call implements HypercallContext, GuestMemory {
        private final int partition;
        private final byte[] mem = new byte[0x10000];
        private int id;
        private int a1;

        Call(int partition) {
            this.partition = partition;
        }

        Call with(int callId, int arg1) {
            id = callId;
            a1 = arg1;
            return this;
        }

        @Override public int partition() { return partition; }
        @Override public int id() { return id; }
        @Override public int nargs() { return 1; }
        @Override public int arg(int n) { return n == 1 ? a1 : 0; }
        @Override public GuestMemory memory() { return this; }
        @Override public VirtualCpu vcpu() { throw new UnsupportedOperationException(); }
        @Override public GuestConsole console() { throw new UnsupportedOperationException(); }
        @Override public KernelClock clock() { throw new UnsupportedOperationException(); }
        @Override public IrqLines irqLines() { throw new UnsupportedOperationException(); }

        @Override public long size() { return mem.length; }

        @Override
        public boolean fits(int ptr, long len) {
            return len >= 0 && Integer.toUnsignedLong(ptr) + len <= mem.length;
        }

        private int at(int ptr, int len) {
            if (!fits(ptr, len)) {
                throw new GuestMemoryException(Integer.toUnsignedLong(ptr), len, mem.length);
            }
            return ptr;
        }

        @Override public int readByte(int ptr) { return mem[at(ptr, 1)] & 0xFF; }

        @Override
        public int readInt(int ptr) {
            int p = at(ptr, 4);
            return (mem[p] & 0xFF) | (mem[p + 1] & 0xFF) << 8 | (mem[p + 2] & 0xFF) << 16 | (mem[p + 3] & 0xFF) << 24;
        }

        @Override public long readLong(int ptr) { return Integer.toUnsignedLong(readInt(ptr)) | (long) readInt(ptr + 4) << 32; }
        @Override public void readBytes(int ptr, byte[] dst, int off, int len) { System.arraycopy(mem, at(ptr, len), dst, off, len); }
        @Override public String readString(int ptr, int maxLen) { throw new UnsupportedOperationException(); }
        @Override public void writeByte(int ptr, int value) { mem[at(ptr, 1)] = (byte) value; }

        @Override
        public void writeInt(int ptr, int value) {
            int p = at(ptr, 4);
            for (int i = 0; i < 4; i++) {
                mem[p + i] = (byte) (value >>> (8 * i));
            }
        }

        @Override public void writeLong(int ptr, long value) { writeInt(ptr, (int) value); writeInt(ptr + 4, (int) (value >>> 32)); }
        @Override public void writeBytes(int ptr, byte[] src, int off, int len) { System.arraycopy(src, off, mem, at(ptr, len), len); }
    }
}
