package org.jpok.hypercall.virt;

import org.jpok.api.kernel.Errno;

/** What a vCPU asks of the state that owns it: the meta-handler routes and the hypercall in progress. */
public interface VcpuHost {

    /** True if the meta-handler routes {@code line} to {@code partition} (hypercall 25). */
    boolean routed(int partition, int line);

    /** DO_IRET on the hypercall {@code partition} is making now. */
    Errno returnFromInterrupt(int partition);
}
