package org.jpok.bsp.x86qemu.vmm;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** ConfigAdmin settings of the x86-qemu-vmm BSP (PID {@code org.jpok.bsp.x86qemu.vmm}). */
@ObjectClassDefinition(name = "jpok x86-qemu-vmm BSP", description = "Paravirtualizing PC board")
public @interface VmmBspConfig {

    @AttributeDefinition(name = "vmm.trapEmulate", description = "cli, sti, in and out from a partition "
            + "(#GP at IOPL 0) are emulated against its vCPU instead of going to the health monitor")
    boolean vmm_trapEmulate() default false;
}
