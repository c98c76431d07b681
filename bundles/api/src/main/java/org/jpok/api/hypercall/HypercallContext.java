package org.jpok.api.hypercall;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What a {@link HypercallHandler} sees of the machine: the caller, its arguments, its own memory, its vCPU and a
 * few narrow kernel services. Valid only during the call that received it.
 */
@ProviderType
public interface HypercallContext {

    /** The calling partition's index. */
    int partition();

    /** The hypercall id (EAX at the trap). */
    int id();

    /** The {@code nargs} word of the argument block, as the guest stored it (libpok always stores 2). */
    int nargs();

    /**
     * Argument {@code n} (1 to 5) of the block {@code {nargs, arg1..arg5}}; all five are always read.
     *
     * @throws IllegalArgumentException if {@code n} is not 1 to 5
     */
    int arg(int n);

    /** The calling partition's memory, partition-relative and bounds-checked. */
    GuestMemory memory();

    /** The calling partition's virtual CPU. */
    VirtualCpu vcpu();

    /** The console. */
    GuestConsole console();

    /** Kernel time. */
    KernelClock clock();

    /** The meta-handler's IRQ routing, acting for the calling partition. */
    IrqLines irqLines();
}
