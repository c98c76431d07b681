package org.jpok.api.hypercall;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One partition's memory, addressed as the guest addresses it (partition-relative; addresses are unsigned 32-bit
 * values). Every access checks that the whole range lies inside the partition and throws
 * {@link GuestMemoryException} otherwise, before touching anything. Multi-byte values are little-endian.
 */
@ProviderType
public interface GuestMemory {

    /** The partition's size in bytes. */
    long size();

    /** True if {@code len} bytes at {@code ptr} lie inside the partition. */
    boolean fits(int ptr, long len);

    int readByte(int ptr);

    int readInt(int ptr);

    long readLong(int ptr);

    void readBytes(int ptr, byte[] dst, int off, int len);

    default byte[] readBytes(int ptr, int len) {
        if (len < 0) {
            throw new GuestMemoryException(Integer.toUnsignedLong(ptr), Integer.toUnsignedLong(len), size());
        }
        byte[] b = new byte[len];
        readBytes(ptr, b, 0, len);
        return b;
    }

    /**
     * A NUL-terminated string of at most {@code maxLen} bytes (ISO-8859-1). Stops at the NUL or after
     * {@code maxLen} bytes; throws if the partition ends first.
     */
    String readString(int ptr, int maxLen);

    void writeByte(int ptr, int value);

    void writeInt(int ptr, int value);

    void writeLong(int ptr, long value);

    void writeBytes(int ptr, byte[] src, int off, int len);
}
