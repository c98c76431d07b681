package org.jpok.api.vmm;

import java.util.Optional;

import org.jpok.api.kernel.Errno;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Invokes hypercalls on behalf of a partition, for testing from a shell; registered by a vmm BSP. Only the BSP
 * attached to the running machine can; the others answer empty. vCPU thread (submit through the machine's command
 * queue), so a call happens at an instruction boundary.
 */
@ProviderType
public interface HypercallInvoker {

    /**
     * See {@link Vmm#invoke}: the result, or empty when this BSP is not the attached one.
     *
     * @throws IllegalArgumentException as {@link Vmm#invoke} does
     */
    Optional<Errno> invoke(int p, int id, int... args);
}
