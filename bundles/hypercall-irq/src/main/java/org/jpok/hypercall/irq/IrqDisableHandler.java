package org.jpok.hypercall.irq;

import org.jpok.api.hypercall.Hypercall;
import org.jpok.api.hypercall.HypercallContext;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.kernel.Errno;
import org.osgi.service.component.annotations.Component;

/** IRQ_PARTITION_DISABLE (28), the paravirtual {@code cli}: one more level of disabling (it nests). a1 is ignored. */
@Component(service = HypercallHandler.class)
@Hypercall(id = HypercallIds.IRQ_PARTITION_DISABLE, name = "irq-disable")
public final class IrqDisableHandler implements HypercallHandler {

    @Override
    public Errno handle(HypercallContext ctx) {
        ctx.vcpu().disableInterrupts();
        return Errno.OK;
    }
}
