package org.jpok.kernel.core;

import org.jpok.api.machine.Machine;

/**
 * Reads and writes of one partition's memory at partition-relative addresses. Callers check every range with
 * {@link Partition#fits} first; these methods only translate.
 */
final class GuestMemory {
    private final Machine machine;

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
        write(p, ptr, new byte[] {(byte) v});
    }

    void writeLong(Partition p, int ptr, long v) {
        writeInt(p, ptr, (int) v);
        writeInt(p, ptr + 4, (int) (v >>> 32));
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
