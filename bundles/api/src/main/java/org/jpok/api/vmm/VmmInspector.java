package org.jpok.api.vmm;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Read-only view of the vCPUs of a vmm BSP, registered as a service by that BSP. Only the BSP attached to the
 * running machine has vCPUs; the others answer empty. vCPU thread (submit through the machine's command queue).
 */
@ProviderType
public interface VmmInspector {

    /** Partition {@code p}'s vCPU now, or empty when this BSP is not the attached one. */
    Optional<VcpuSnapshot> vcpu(int p);
}
