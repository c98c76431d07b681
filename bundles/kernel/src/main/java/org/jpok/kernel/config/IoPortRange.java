package org.jpok.kernel.config;

/** An inclusive range of I/O ports a partition may reach through INB/OUTB (POK's io_min..io_max). */
public record IoPortRange(int first, int last) {

    /** The range that admits no port. */
    public static final IoPortRange NONE = new IoPortRange(1, 0);

    public boolean contains(int port) {
        return port >= first && port <= last;
    }
}
