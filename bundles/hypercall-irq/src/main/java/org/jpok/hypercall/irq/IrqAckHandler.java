package org.jpok.hypercall.irq;

import org.jpok.api.hypercall.Hypercall;
import org.jpok.api.hypercall.HypercallContext;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.kernel.Errno;
import org.osgi.service.component.annotations.Component;

/** IRQ_PARTITION_ACK (29): a1 = IRQ line; re-arms its delivery to the caller. EINVAL for a bad line. */
@Component(service = HypercallHandler.class)
@Hypercall(id = HypercallIds.IRQ_PARTITION_ACK, name = "irq-ack")
public final class IrqAckHandler implements HypercallHandler {

    @Override
    public Errno handle(HypercallContext ctx) {
        return ctx.irqLines().ack(ctx.arg(1));
    }
}
