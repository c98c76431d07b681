package org.jpok.api.hypercall;

import org.jpok.api.kernel.Errno;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A partition's virtual CPU: a virtual interrupt flag kept as a disable-nesting counter, 16 virtual IRQ slots
 * (one per PIC line) with pending counters, one common guest entry point and a stack of at most
 * {@link #MAX_FRAMES} interrupted frames. An IRQ for the partition stays pending until the partition runs with
 * virtual interrupts enabled; it is then delivered as an upcall: the interrupted frame is saved, EIP becomes the
 * entry, EAX the IRQ line, and virtual interrupts are disabled one level until DO_IRET (as an x86 interrupt gate
 * clears IF and {@code iret} restores it).
 */
@ProviderType
public interface VirtualCpu {

    /** Deepest nesting of interrupted frames. */
    int MAX_FRAMES = 16;

    /** The owning partition. */
    int partition();

    /** Paravirtual {@code cli} (hypercall 28): one more level of disabling. */
    void disableInterrupts();

    /** Paravirtual {@code sti} (hypercall 27): one level less; no effect at 0. */
    void enableInterrupts();

    /** True when the disable counter is 0, i.e. upcalls may be delivered. */
    boolean interruptsEnabled();

    /** The disable-nesting counter (0 = enabled). */
    int disableDepth();

    /**
     * Hypercall 30: deliver IRQ {@code line} to this vCPU; {@code entry} becomes the common entry point.
     *
     * @return OK, or EINVAL for a line outside 0..15 or an entry outside the partition
     */
    Errno registerEntry(int line, int entry);

    /**
     * Hypercall 31: stop delivering the IRQ with IDT {@code vector} (32 + line, as POK). Pending occurrences are
     * dropped; the entry point is cleared with the last line.
     *
     * @return OK, or EINVAL for a vector that is not registered
     */
    Errno unregisterEntry(int vector);

    /** True if IRQ {@code line} is delivered to the entry point (registered with hypercall 30). */
    boolean slotRegistered(int line);

    /** True while some line is registered, so that {@link #entry()} is the upcalls' entry point. */
    boolean hasEntry();

    /** The common entry point of the upcalls, partition-relative; meaningful only if {@link #hasEntry()}. */
    int entry();

    /** Undelivered occurrences of IRQ {@code line} (0 for a bad line). */
    int pending(int line);

    /** Number of saved interrupted frames. */
    int savedFrames();

    /** The innermost saved interrupted frame (the one DO_IRET returns to), or null if none is saved. */
    InterruptFrame savedFrame();

    /**
     * Replaces the innermost saved frame's user state by {@code f}'s: the general registers, EIP, ESP and the
     * arithmetic flags (CF, PF, AF, ZF, SF, DF, OF). Selectors and system flags (IF, IOPL, ...) stay as saved, so a
     * guest cannot raise its privilege. This lets a guest OS switch tasks from its interrupt handler.
     *
     * @return OK, or EINVAL if no frame is saved
     */
    Errno replaceSavedFrame(InterruptFrame f);

    /**
     * Hypercall 32 ({@code DO_IRET}), on the frame of the hypercall being served: enters the handler of the next
     * pending IRQ (on the same saved frame) if there is one, else restores the top saved frame and re-enables
     * virtual interrupts to the interrupted level. In both cases the registers of the resumed frame are kept as
     * they are (EAX is not overwritten with the hypercall's result).
     *
     * @return OK, or EINVAL if no frame is saved (the hypercall then returns normally)
     * @throws IllegalStateException outside a hypercall
     */
    Errno returnFromInterrupt();
}
