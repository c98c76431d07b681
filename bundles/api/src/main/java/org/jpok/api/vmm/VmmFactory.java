package org.jpok.api.vmm;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates the paravirtualization state of one attached vmm BSP. The hypercall handlers are shared: every
 * {@link Vmm} dispatches through the same whiteboard of {@link org.jpok.api.hypercall.HypercallHandler} services.
 */
@ProviderType
public interface VmmFactory {

    /** Fresh state: every vCPU enabled and empty, every meta-handler row free, no kernel handler. */
    Vmm create(VmmHost host);
}
