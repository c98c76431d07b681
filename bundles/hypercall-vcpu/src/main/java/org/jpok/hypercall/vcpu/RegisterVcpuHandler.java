package org.jpok.hypercall.vcpu;

import org.jpok.api.hypercall.Hypercall;
import org.jpok.api.hypercall.HypercallContext;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.kernel.Errno;
import org.osgi.service.component.annotations.Component;

/** IRQ_REGISTER_VCPU (30): a1 = IRQ line 0..15, a2 = partition-relative common entry point. */
@Component(service = HypercallHandler.class)
@Hypercall(id = HypercallIds.IRQ_REGISTER_VCPU, name = "vcpu-register")
public final class RegisterVcpuHandler implements HypercallHandler {

    @Override
    public Errno handle(HypercallContext ctx) {
        return ctx.vcpu().registerEntry(ctx.arg(1), ctx.arg(2));
    }
}
