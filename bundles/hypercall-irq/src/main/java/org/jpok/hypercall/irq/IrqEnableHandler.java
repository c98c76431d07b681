package org.jpok.hypercall.irq;

import org.jpok.api.hypercall.Hypercall;
import org.jpok.api.hypercall.HypercallContext;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.kernel.Errno;
import org.osgi.service.component.annotations.Component;

/** IRQ_PARTITION_ENABLE (27), the paravirtual {@code sti}: one level of disabling less. a1 is ignored. */
@Component(service = HypercallHandler.class)
@Hypercall(id = HypercallIds.IRQ_PARTITION_ENABLE, name = "irq-enable")
public final class IrqEnableHandler implements HypercallHandler {

    @Override
    public Errno handle(HypercallContext ctx) {
        ctx.vcpu().enableInterrupts();
        return Errno.OK;
    }
}
