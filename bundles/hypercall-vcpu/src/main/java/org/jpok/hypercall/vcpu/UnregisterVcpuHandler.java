package org.jpok.hypercall.vcpu;

import org.jpok.api.hypercall.Hypercall;
import org.jpok.api.hypercall.HypercallContext;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.kernel.Errno;
import org.osgi.service.component.annotations.Component;

/** IRQ_UNREGISTER_VCPU (31): a1 = the vector, 32 + IRQ line (as POK, unlike 30 which takes the line). */
@Component(service = HypercallHandler.class)
@Hypercall(id = HypercallIds.IRQ_UNREGISTER_VCPU, name = "vcpu-unregister")
public final class UnregisterVcpuHandler implements HypercallHandler {

    @Override
    public Errno handle(HypercallContext ctx) {
        return ctx.vcpu().unregisterEntry(ctx.arg(1));
    }
}
