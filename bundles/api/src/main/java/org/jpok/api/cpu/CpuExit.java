package org.jpok.api.cpu;

/** Why {@link Cpu#run(long)} returned. */
public enum CpuExit {
    /** The instruction budget is spent. */
    BUDGET,
    /** The CPU executed {@code hlt} and waits for an interrupt. */
    HALT,
    /** A ring-0 stub executed the host-call instruction; {@link Cpu#hostCallNumber()} says which. */
    HOST_CALL,
    /** {@link Cpu#requestExit()} was called. */
    EXIT_REQUESTED,
    /** A triple fault: the core cannot deliver an exception and has stopped, as a real PC resets. */
    SHUTDOWN
}
