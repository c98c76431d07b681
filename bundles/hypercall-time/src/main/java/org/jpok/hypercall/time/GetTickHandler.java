package org.jpok.hypercall.time;

import org.jpok.api.hypercall.Hypercall;
import org.jpok.api.hypercall.HypercallContext;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.kernel.Errno;
import org.osgi.service.component.annotations.Component;

/**
 * GETTICK (20): a1 = partition-relative {@code uint64_t*} that receives the tick counter (milliseconds since boot,
 * as POK's vmm branch). EINVAL if the pointer leaves the partition (POK checked it without the length).
 */
@Component(service = HypercallHandler.class)
@Hypercall(id = HypercallIds.GETTICK, name = "gettick")
public final class GetTickHandler implements HypercallHandler {

    @Override
    public Errno handle(HypercallContext ctx) {
        int ptr = ctx.arg(1);
        if (!ctx.memory().fits(ptr, 8)) {
            return Errno.EINVAL;
        }
        ctx.memory().writeLong(ptr, ctx.clock().ticks());
        return Errno.OK;
    }
}
