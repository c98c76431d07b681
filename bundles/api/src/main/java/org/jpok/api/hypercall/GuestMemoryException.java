package org.jpok.api.hypercall;

/**
 * A guest pointer that leaves the calling partition. The dispatcher answers it with
 * {@link org.jpok.api.kernel.Errno#EINVAL}, as POK answers a bad pointer.
 */
public class GuestMemoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long address;
    private final long length;

    /**
     * @param address partition-relative address, unsigned
     * @param length  bytes asked for
     * @param size    the partition's size
     */
    public GuestMemoryException(long address, long length, long size) {
        super(String.format("guest range 0x%x+%d is outside the partition (size 0x%x)", address, length, size));
        this.address = address;
        this.length = length;
    }

    public long address() {
        return address;
    }

    public long length() {
        return length;
    }
}
