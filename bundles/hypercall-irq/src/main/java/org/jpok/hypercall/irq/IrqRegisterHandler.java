package org.jpok.hypercall.irq;

import org.jpok.api.hypercall.Hypercall;
import org.jpok.api.hypercall.HypercallContext;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.kernel.Errno;
import org.osgi.service.component.annotations.Component;

/** IRQ_REGISTER_HANDLER (25): a1 = IRQ line 0..15, a2 = partition-relative handler. */
@Component(service = HypercallHandler.class)
@Hypercall(id = HypercallIds.IRQ_REGISTER_HANDLER, name = "irq-register")
public final class IrqRegisterHandler implements HypercallHandler {

    @Override
    public Errno handle(HypercallContext ctx) {
        return ctx.irqLines().registerHandler(ctx.arg(1), ctx.arg(2));
    }
}
