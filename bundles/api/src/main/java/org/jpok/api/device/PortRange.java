package org.jpok.api.device;

/**
 * A contiguous range of I/O ports that one device claims.
 *
 * @param first the first port, 0 to 0xFFFF
 * @param count how many ports, at least 1; {@code first + count} must not pass 0x10000
 */
public record PortRange(int first, int count) {

    public PortRange {
        if (first < 0 || count < 1 || first + count > 0x10000) {
            throw new IllegalArgumentException("bad port range: first=0x" + Integer.toHexString(first) + " count=" + count);
        }
    }

    /** A range of {@code count} ports starting at {@code first}. */
    public static PortRange of(int first, int count) {
        return new PortRange(first, count);
    }

    public boolean contains(int port) {
        return port >= first && port < first + count;
    }

    @Override
    public String toString() {
        return String.format("0x%04x-0x%04x", first, first + count - 1);
    }
}
