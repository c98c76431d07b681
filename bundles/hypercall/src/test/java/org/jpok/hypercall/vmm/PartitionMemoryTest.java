package org.jpok.hypercall.vmm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jpok.api.hypercall.GuestMemoryException;
import org.jpok.hypercall.testing.FakeHost;
import org.junit.jupiter.api.Test;

class PartitionMemoryTest {

    private final FakeHost host = new FakeHost(2, 0x100, 0x1000);
    private final PartitionMemory p0 = new PartitionMemory(host, host.partitionBase(0), 0x1000);
    private final PartitionMemory p1 = new PartitionMemory(host, host.partitionBase(1), 0x1000);

    @Test
    void accessesArePartitionRelativeAndLittleEndian() {
        p1.writeInt(0x10, 0x11223344);
        assertEquals(0x44, host.physical[0x1100 + 0x10] & 0xFF);
        assertEquals(0x11223344, p1.readInt(0x10));
        p1.writeLong(0x20, 0x0102030405060708L);
        assertEquals(0x0102030405060708L, p1.readLong(0x20));
        assertEquals(0x08, p1.readByte(0x20));
        p1.writeBytes(0x30, "hi\0there".getBytes(), 0, 8);
        assertEquals("hi", p1.readString(0x30, 100));
        assertEquals("th", p1.readString(0x33, 2));
        assertArrayEquals("there".getBytes(), p1.readBytes(0x33, 5));
        assertEquals(0, p0.readInt(0x10), "partition 0 is untouched");
    }

    @Test
    void theLastBytesAreReachableAndOneMoreIsNot() {
        assertTrue(p0.fits(0xFFC, 4));
        p0.writeInt(0xFFC, -1);
        assertEquals(-1, p0.readInt(0xFFC));
        assertFalse(p0.fits(0xFFD, 4));
        GuestMemoryException e = assertThrows(GuestMemoryException.class, () -> p0.writeInt(0xFFD, 7));
        assertEquals(0xFFD, e.address());
        assertEquals(4, e.length());
        assertEquals(0, host.physical[0x1100] & 0xFF, "nothing spilled into partition 1");
    }

    @Test
    void pointersAreUnsignedAndCannotWrapBackIntoThePartition() {
        assertFalse(p0.fits(-4, 8));
        assertThrows(GuestMemoryException.class, () -> p0.readInt(0xFFFFFFFC));
        assertThrows(GuestMemoryException.class, () -> p0.readBytes(0x10, -1));
        assertThrows(GuestMemoryException.class, () -> p0.readBytes(0, new byte[0x2000], 0, 0x1001));
        assertFalse(p0.fits(0, 0x1001));
        assertTrue(p0.fits(0x1000, 0), "an empty range at the end is fine");
    }

    @Test
    void aStringRunningOffTheEndIsRefused() {
        p0.writeBytes(0xFFE, new byte[] {'a', 'b'}, 0, 2);
        assertThrows(GuestMemoryException.class, () -> p0.readString(0xFFE, 10));
        assertEquals("ab", p0.readString(0xFFE, 2));
    }
}
