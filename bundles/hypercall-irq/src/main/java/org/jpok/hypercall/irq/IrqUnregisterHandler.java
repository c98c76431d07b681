package org.jpok.hypercall.irq;

import org.jpok.api.hypercall.Hypercall;
import org.jpok.api.hypercall.HypercallContext;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.kernel.Errno;
import org.osgi.service.component.annotations.Component;

/** IRQ_UNREGISTER_HANDLER (26): a1 = IRQ line 0..15. */
@Component(service = HypercallHandler.class)
@Hypercall(id = HypercallIds.IRQ_UNREGISTER_HANDLER, name = "irq-unregister")
public final class IrqUnregisterHandler implements HypercallHandler {

    @Override
    public Errno handle(HypercallContext ctx) {
        return ctx.irqLines().unregisterHandler(ctx.arg(1));
    }
}
