package org.jpok.api.cpu;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What the CPU core reaches outside itself: physical memory, the I/O port space and the
 * interrupt controller. The machine implements it; the core calls it only from the vCPU thread.
 */
@ConsumerType
public interface CpuBus {

    /** Physical memory, little-endian, index = physical address. The core reads it directly for speed. */
    byte[] ram();

    /** Reads {@code size} (1, 2 or 4) bytes from an I/O port. */
    int in(int port, int size);

    /** Writes {@code size} (1, 2 or 4) bytes to an I/O port. */
    void out(int port, int size, int value);

    /**
     * Whether the external INTR line is asserted (sampled between instructions when IF=1). It may
     * change only between calls of {@link Cpu#run(long)} or through the core's own calls of
     * {@link #in} and {@link #out}: the core samples it when {@code run} starts, after port I/O
     * and after instructions that set IF, not before every instruction.
     */
    boolean intr();

    /** The INTA cycle: the interrupt controller hands over the vector of the highest pending IRQ. */
    int acknowledge();
}
