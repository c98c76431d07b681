package org.jpok.hypercall.vmm;

import java.nio.charset.StandardCharsets;
import org.jpok.api.hypercall.GuestMemory;
import org.jpok.api.hypercall.GuestMemoryException;
import org.jpok.api.vmm.VmmHost;

/**
 * A partition's memory through the host's physical memory, partition-relative and bounds-checked. The rule is
 * POK's pointer check (§1.3) done in 64 bits: {@code [ptr, ptr + len)} must lie in {@code [0, size)}, with
 * {@code ptr} and {@code len} unsigned. Single-threaded (vCPU thread): it reuses one scratch buffer.
 */
public final class PartitionMemory implements GuestMemory {

    private final VmmHost host;
    private final long base;
    private final long size;
    private final byte[] scratch = new byte[8];

    public PartitionMemory(VmmHost host, long base, long size) {
        this.host = host;
        this.base = base;
        this.size = size;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public boolean fits(int ptr, long len) {
        long p = Integer.toUnsignedLong(ptr);
        return len >= 0 && len <= size && p <= size - len;
    }

    private long check(int ptr, long len) {
        if (!fits(ptr, len)) {
            throw new GuestMemoryException(Integer.toUnsignedLong(ptr), len, size);
        }
        return base + Integer.toUnsignedLong(ptr);
    }

    @Override
    public int readByte(int ptr) {
        host.readPhysical(check(ptr, 1), scratch, 0, 1);
        return scratch[0] & 0xFF;
    }

    @Override
    public int readInt(int ptr) {
        host.readPhysical(check(ptr, 4), scratch, 0, 4);
        return (scratch[0] & 0xFF) | (scratch[1] & 0xFF) << 8 | (scratch[2] & 0xFF) << 16 | (scratch[3] & 0xFF) << 24;
    }

    @Override
    public long readLong(int ptr) {
        long at = check(ptr, 8);
        host.readPhysical(at, scratch, 0, 8);
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (scratch[i] & 0xFF);
        }
        return v;
    }

    @Override
    public void readBytes(int ptr, byte[] dst, int off, int len) {
        long at = check(ptr, len);
        if (len > 0) {
            host.readPhysical(at, dst, off, len);
        }
    }

    @Override
    public String readString(int ptr, int maxLen) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < maxLen; i++) {
            int b = readByte(ptr + i);
            if (b == 0) {
                break;
            }
            sb.append((char) b);
        }
        return new String(sb.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
    }

    @Override
    public void writeByte(int ptr, int value) {
        long at = check(ptr, 1);
        scratch[0] = (byte) value;
        host.writePhysical(at, scratch, 0, 1);
    }

    @Override
    public void writeInt(int ptr, int value) {
        long at = check(ptr, 4);
        for (int i = 0; i < 4; i++) {
            scratch[i] = (byte) (value >>> (8 * i));
        }
        host.writePhysical(at, scratch, 0, 4);
    }

    @Override
    public void writeLong(int ptr, long value) {
        long at = check(ptr, 8);
        for (int i = 0; i < 8; i++) {
            scratch[i] = (byte) (value >>> (8 * i));
        }
        host.writePhysical(at, scratch, 0, 8);
    }

    @Override
    public void writeBytes(int ptr, byte[] src, int off, int len) {
        long at = check(ptr, len);
        if (len > 0) {
            host.writePhysical(at, src, off, len);
        }
    }
}
