package org.jpok.hypercall.vcpu;

import org.jpok.api.hypercall.Hypercall;
import org.jpok.api.hypercall.HypercallContext;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.kernel.Errno;
import org.osgi.service.component.annotations.Component;

/**
 * VCPU_SET_FRAME (34, a jpok extension): a1 = partition-relative 64-byte {@code interrupt_frame}; its general
 * registers, EIP, ESP and arithmetic flags replace the innermost saved frame's, so that the next DO_IRET resumes
 * another guest task. Selectors and system flags are kept. EINVAL if no frame is saved or the buffer leaves the
 * partition.
 */
@Component(service = HypercallHandler.class)
@Hypercall(id = HypercallIds.VCPU_SET_FRAME, name = "vcpu-set-frame")
public final class SetFrameHandler implements HypercallHandler {

    @Override
    public Errno handle(HypercallContext ctx) {
        if (!ctx.memory().fits(ctx.arg(1), HypercallIds.FRAME_SIZE)) {
            return Errno.EINVAL;
        }
        return ctx.vcpu().replaceSavedFrame(PokFrameLayout.read(ctx.memory(), ctx.arg(1)));
    }
}
