package org.jpok.api.vmm;

import org.osgi.annotation.versioning.ConsumerType;

/** The kernel's own handler of an IRQ line in the meta-handler (for IRQ 0: the scheduler tick). */
@ConsumerType
@FunctionalInterface
public interface KernelIrqHandler {

    void irq(int line);
}
