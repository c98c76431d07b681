package org.jpok.kernel.core;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * ConfigAdmin settings of the kernel (PID {@code org.jpok.kernel}). The component reads them as a map, so an unset
 * name stays distinguishable from an empty one; this definition is what the launcher checks {@code config/} against.
 */
@ObjectClassDefinition(name = "jpok kernel", description = "The partitioning kernel")
public @interface KernelConfig {

    @AttributeDefinition(required = false,
            description = "The BSP a booted system swaps to when a BSP service of this name appears (e.g. x86-qemu-vmm)")
    String bsp_name();
}
