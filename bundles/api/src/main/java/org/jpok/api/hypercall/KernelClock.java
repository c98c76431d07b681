package org.jpok.api.hypercall;

import org.osgi.annotation.versioning.ProviderType;

/** Kernel time, as a handler may read it. */
@ProviderType
public interface KernelClock {

    /** POK's tick counter: milliseconds since boot (POK's vmm branch counts 1 kHz PIT ticks). */
    long ticks();

    /** Virtual time since boot, in nanoseconds. */
    long nanos();
}
