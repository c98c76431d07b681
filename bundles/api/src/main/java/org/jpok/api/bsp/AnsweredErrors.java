package org.jpok.api.bsp;

import org.jpok.api.cpu.Cpu;
import org.jpok.api.kernel.ErrorKind;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The kernel's side for an error that a BSP has already answered with an errno in the guest's frame (a hypercall
 * that found no handler, or a bad pointer among its arguments). The health monitor records it like an illegal
 * syscall: the calling thread goes on with its result unless its partition's action stops or restarts it. A
 * kernel passes an object implementing this to {@link Bsp#hostCalls}; a BSP checks for it with instanceof.
 */
@ProviderType
public interface AnsweredErrors {

    /**
     * Called on the vCPU thread with ESP at the caller's trap frame, after the result was written into it.
     *
     * @param partition the calling partition
     */
    void answered(Cpu cpu, int partition, ErrorKind kind, String detail);
}
