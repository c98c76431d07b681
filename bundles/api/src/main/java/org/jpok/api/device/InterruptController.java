package org.jpok.api.device;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The interrupt controller between the ISA IRQ lines and the CPU's INTR pin (on a PC, the 8259A
 * pair). It is an OSGi service; the machine uses the best-ranked one. All methods are called on the
 * vCPU thread.
 */
@ConsumerType
public interface InterruptController {

    /** The machine drives IRQ line {@code irq} (0 to 15) to {@code level}. */
    void setIrq(int irq, boolean level);

    /** Whether the INTR output to the CPU is asserted. Called often: keep it cheap. */
    boolean intr();

    /**
     * The interrupt-acknowledge cycle: returns the vector (0 to 255) that the CPU then takes, and
     * updates the in-service state. Called only when {@link #intr()} was true.
     */
    int acknowledge();
}
