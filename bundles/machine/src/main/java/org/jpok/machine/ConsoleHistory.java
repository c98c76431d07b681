package org.jpok.machine;

import org.jpok.api.device.ConsoleSink;

/**
 * The last bytes the guest wrote to the console, kept in a bounded ring so that a shell can show
 * them without replacing the machine's sink. Written on the vCPU thread, read from any thread.
 */
final class ConsoleHistory {

    private final byte[] ring;
    private long written;

    ConsoleHistory(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("console history capacity must be positive, got " + capacity);
        }
        this.ring = new byte[capacity];
    }

    synchronized void record(int b) {
        ring[(int) (written % ring.length)] = (byte) b;
        written++;
    }

    synchronized long written() {
        return written;
    }

    synchronized void clear() {
        written = 0;
    }

    /** The kept bytes, oldest first. */
    synchronized byte[] snapshot() {
        int n = (int) Math.min(written, ring.length);
        byte[] out = new byte[n];
        int start = (int) ((written - n) % ring.length);
        int first = Math.min(n, ring.length - start);
        System.arraycopy(ring, start, out, 0, first);
        System.arraycopy(ring, 0, out, first, n - first);
        return out;
    }

    /** A sink that records each byte, then hands it to whatever {@code target} currently returns. */
    ConsoleSink tee(java.util.function.Supplier<ConsoleSink> target) {
        return new ConsoleSink() {
            @Override
            public void write(int b) {
                record(b);
                target.get().write(b);
            }

            @Override
            public void flush() {
                target.get().flush();
            }
        };
    }
}
