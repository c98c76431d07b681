package org.jpok.hypercall.vcpu;

import org.jpok.api.hypercall.Hypercall;
import org.jpok.api.hypercall.HypercallContext;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.kernel.Errno;
import org.osgi.service.component.annotations.Component;

/**
 * IRQ_DO_IRET (32): return from a virtual interrupt. The guest resumes the next pending IRQ's handler or its saved
 * frame, with that frame's own EAX; with nothing to return from it gets EINVAL after its {@code int $45}.
 */
@Component(service = HypercallHandler.class)
@Hypercall(id = HypercallIds.IRQ_DO_IRET, name = "do-iret")
public final class DoIretHandler implements HypercallHandler {

    @Override
    public Errno handle(HypercallContext ctx) {
        return ctx.vcpu().returnFromInterrupt();
    }
}
