package org.jpok.kernel.core;

import org.jpok.api.machine.Machine;

/**
 * Reads and writes of one partition's memory at partition-relative addresses. Callers check every range with
 * {@link Partition#fits} first; these methods only translate.
 */
final class GuestMemory {
    private final Machine machine;
    /** vCPU thread only, like every caller. */
    private final byte[] scratch = new byte[8];

    GuestMemory(Machine machine) {
        this.machine = machine;
    }

    byte[] read(Partition p, int ptr, int len) {
        byte[] b = new byte[len];
        machine.readMemory(p.base + ptr, b, 0, len);
        return b;
    }

    void write(Partition p, int ptr, byte[] data) {
        machine.writeMemory(p.base + ptr, data, 0, data.length);
    }

    void writeInt(Partition p, int ptr, int v) {
        machine.writeInt(p.base + ptr, v);
    }

    void writeByte(Partition p, int ptr, int v) {
        scratch[0] = (byte) v;
        machine.writeMemory(p.base + ptr, scratch, 0, 1);
    }

    /** One write of 8 bytes, so the machine checks its decoded code once (GETTICK's result, on every call). */
    void writeLong(Partition p, int ptr, long v) {
        for (int i = 0; i < 8; i++) {
            scratch[i] = (byte) (v >>> 8 * i);
        }
        machine.writeMemory(p.base + ptr, scratch, 0, 8);
    }

    /** A NUL-terminated name of at most {@code max} bytes that lies inside the partition, or null. */
    String name(Partition p, int ptr, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < max; i++) {
            if (!p.fits(ptr + i, 1)) {
                return null;
            }
            byte[] b = read(p, ptr + i, 1);
            if (b[0] == 0) {
                return sb.toString();
            }
            sb.append((char) (b[0] & 0xFF));
        }
        return null;
    }
}
