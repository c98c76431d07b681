package org.jpok.api.device;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The machine's virtual time: nanoseconds since power-on, derived from retired instructions and
 * advanced straight to the next event while the CPU halts. Every method belongs to the vCPU thread.
 */
@ProviderType
public interface VirtualClock {

    /** Virtual nanoseconds since power-on, as of the current instruction boundary. */
    long nanos();

    /**
     * Runs {@code action} on the vCPU thread at the first instruction boundary whose virtual time
     * is at least {@code atNanos} (at once if that time has passed). Events due at the same time
     * run in the order they were scheduled, so runs are reproducible.
     */
    TimerEvent schedule(long atNanos, Runnable action);
}
