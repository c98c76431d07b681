package org.jpok.hypercall.vcpu;

import org.jpok.api.hypercall.Hypercall;
import org.jpok.api.hypercall.HypercallContext;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.kernel.Errno;
import org.osgi.service.component.annotations.Component;

/**
 * VCPU_GET_FRAME (33, a jpok extension): a1 = partition-relative 64-byte buffer that receives the innermost saved
 * frame in POK's {@code interrupt_frame} layout. EINVAL if no frame is saved or the buffer leaves the partition.
 */
@Component(service = HypercallHandler.class)
@Hypercall(id = HypercallIds.VCPU_GET_FRAME, name = "vcpu-get-frame")
public final class GetFrameHandler implements HypercallHandler {

    @Override
    public Errno handle(HypercallContext ctx) {
        InterruptFrame f = ctx.vcpu().savedFrame();
        if (f == null || !ctx.memory().fits(ctx.arg(1), HypercallIds.FRAME_SIZE)) {
            return Errno.EINVAL;
        }
        PokFrameLayout.write(ctx.memory(), ctx.arg(1), f);
        return Errno.OK;
    }
}
