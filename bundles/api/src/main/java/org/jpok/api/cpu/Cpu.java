package org.jpok.api.cpu;

import java.util.function.IntPredicate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One i386 core in 32-bit protected mode. All methods but {@link #requestExit()} belong to the
 * vCPU thread that runs the machine.
 */
@ProviderType
public interface Cpu {

    /**
     * Runs until {@code budget} instructions have retired, or earlier at {@code hlt}, at a host
     * call, at {@link #requestExit()} or at a triple fault. An interrupted {@code rep} string
     * instruction resumes where it stopped.
     */
    CpuExit run(long budget);

    /** Instructions retired since the core was created; the machine's virtual clock counts these. */
    long retired();

    /** Asks a running {@link #run(long)} to return at the next instruction boundary. Any thread. */
    void requestExit();

    /** The number that the last host-call instruction carried. */
    int hostCallNumber();

    /**
     * Lets {@link #run(long)} serve host calls itself instead of returning {@link CpuExit#HOST_CALL}: at a
     * host-call instruction the core calls {@code handler.test(number)} with its state exact (EIP past the
     * instruction, {@link #retired()} counting it, {@link #hostCallNumber()} set). {@code true}: the call was
     * served, and the core goes on as after any other instruction, so a {@link #requestExit()}, a pending
     * interrupt or the end of the budget take effect before the next instruction; {@code false}: {@code run}
     * returns {@link CpuExit#HOST_CALL} as without a handler. Null removes the handler. A core that does not
     * support this ignores it and always returns {@link CpuExit#HOST_CALL}.
     */
    default void setHostCallHandler(IntPredicate handler) {
    }

    /** Copies the complete architectural state into {@code into}. */
    void saveContext(RegisterContext into);

    /** Replaces the complete architectural state. */
    void loadContext(RegisterContext from);

    /** Reads a general register (0 = EAX … 7 = EDI). */
    int gpr(int index);

    /** Writes a general register (0 = EAX … 7 = EDI). */
    void setGpr(int index, int value);

    int eip();

    void setEip(int eip);

    /** EFLAGS with the lazily computed arithmetic flags folded in. */
    int eflags();

    void setEflags(int eflags);

    /**
     * Tells the core that something other than the guest wrote physical memory (the kernel loading
     * an image, a syscall writing a result), so that decoded code for that range is dropped.
     */
    void invalidateCode(int physicalAddress, int length);

    /** Back to the power-on state: real mode is not modelled, so this is flat 32-bit ring 0 with IF=0. */
    void reset();
}
