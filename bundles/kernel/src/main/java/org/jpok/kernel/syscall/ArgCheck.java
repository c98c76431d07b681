package org.jpok.kernel.syscall;

/**
 * The bounds rule for every guest pointer: a partition-relative range {@code [ptr, ptr + len)} is valid
 * iff it lies inside the partition, i.e. {@code ptr + len <= size}. All three are unsigned 32-bit
 * quantities as the guest passes them; the arithmetic is done in 64 bits so that it cannot wrap.
 */
public final class ArgCheck {

    /** Size of POK's syscall argument block {@code {nargs, arg1..arg5}}. */
    public static final int ARGS_BLOCK_SIZE = 24;

    private ArgCheck() {
    }

    /**
     * True if {@code len} bytes at partition-relative {@code ptr} lie inside a partition of {@code size}
     * bytes. {@code ptr} and {@code len} are read as unsigned 32-bit values.
     */
    public static boolean fits(int ptr, int len, long size) {
        long p = Integer.toUnsignedLong(ptr);
        long l = Integer.toUnsignedLong(len);
        return size >= 0 && l <= size && p <= size - l;
    }

    /** Like {@link #fits(int, int, long)} but for a length the kernel knows as a long (never negative). */
    public static boolean fits(int ptr, long len, long size) {
        long p = Integer.toUnsignedLong(ptr);
        return len >= 0 && size >= 0 && len <= size && p <= size - len;
    }
}
