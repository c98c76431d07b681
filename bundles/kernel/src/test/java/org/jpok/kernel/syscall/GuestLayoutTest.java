package org.jpok.kernel.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.jpok.api.kernel.ThreadState;
import org.jpok.kernel.sched.KernelThread;
import org.jpok.kernel.sched.ThreadAttributes;
import org.junit.jupiter.api.Test;

class GuestLayoutTest {

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void argumentBlockDecodes() {
        ByteBuffer b = le(24).putInt(0, 2).putInt(4, 0x1000).putInt(8, -1);
        SyscallArgs a = SyscallArgs.decode(b.array());
        assertEquals(2, a.nargs());
        assertEquals(0x1000, a.arg(1));
        assertEquals(0xFFFFFFFFL, a.unsigned(2));
        assertEquals(0, a.arg(5));
        assertThrows(IllegalArgumentException.class, () -> a.arg(6));
        assertThrows(IllegalArgumentException.class, () -> SyscallArgs.decode(new byte[20]));
    }

    @Test
    void threadAttributesDecodeAndStatusEncode() {
        ByteBuffer b = le(40).put(0, (byte) 200).putInt(4, 0x1234).putLong(8, 5_000_000L).putLong(16, 1_000_000L)
                .putLong(24, 0);
        assertEquals(new ThreadAttributes(200, 0x1234, 5_000_000L, 1_000_000L, 0),
                GuestStructs.threadAttributes(b.array()));
        KernelThread t = new KernelThread(3, 0, 3);
        t.setPriority(7);
        t.setEntry(0x40);
        t.setPeriod(1000);
        t.setTimeCapacity(KernelThread.INFINITE);
        t.setState(ThreadState.WAIT_NEXT_ACTIVATION);
        ByteBuffer s = ByteBuffer.wrap(GuestStructs.threadStatus(t)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(7, s.get(0));
        assertEquals(0x40, s.getInt(4));
        assertEquals(1000, s.getLong(8));
        assertEquals(0, s.getLong(16));
        assertEquals(-1, s.getLong(24));
        assertEquals(8192, s.getInt(32));
        assertEquals(4, s.getInt(36));
    }

    @Test
    void lockStructsDecode() {
        ByteBuffer a = le(16).putInt(0, 2).putInt(4, 1).putInt(8, 1).putShort(12, (short) 3)
                .putShort(14, (short) 0xFFFF);
        assertEquals(new GuestStructs.LockAttributes(2, 1, 1, 3, 65535), GuestStructs.lockAttributes(a.array()));
        ByteBuffer r = le(20).putInt(0, 3).putInt(4, 3).putInt(8, 2).putLong(12, 7_000L);
        assertEquals(new GuestStructs.LockRequest(3, 3, 2, 7_000L), GuestStructs.lockRequest(r.array()));
        assertThrows(IllegalArgumentException.class, () -> GuestStructs.lockRequest(new byte[16]));
    }

    @Test
    void selectorsMatchPokOnOneCpu() {
        assertEquals(0x23, Selectors.code(0));
        assertEquals(0x2B, Selectors.data(0));
        assertEquals(0x33, Selectors.code(1));
        assertEquals(0x4B, Selectors.data(2));
        assertEquals(0, Selectors.partitionOfCs(0x23, 2));
        assertEquals(1, Selectors.partitionOfCs(0x33, 2));
        assertEquals(-1, Selectors.partitionOfCs(0x43, 2), "beyond the last partition");
        assertEquals(-1, Selectors.partitionOfCs(0x2B, 2), "a data selector");
        assertEquals(-1, Selectors.partitionOfCs(0x08, 2));
        assertEquals(-1, Selectors.partitionOfCs(0x20, 2), "RPL 0");
        assertEquals(-1, Selectors.partitionOfCs(0x10023, 2));
    }
}
