package org.jpok.hypercall.console;

import org.jpok.api.hypercall.GuestMemory;
import org.jpok.api.hypercall.Hypercall;
import org.jpok.api.hypercall.HypercallContext;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.kernel.Errno;
import org.osgi.service.component.annotations.Component;

/** CONSWRITE (10): a1 = partition-relative buffer, a2 = length. EINVAL if the buffer leaves the partition. */
@Component(service = HypercallHandler.class)
@Hypercall(id = HypercallIds.CONSWRITE, name = "conswrite")
public final class ConsoleWriteHandler implements HypercallHandler {

    /** Copied in pieces, so that a guest asking for a huge write does not make the kernel allocate it at once. */
    static final int CHUNK = 4096;

    @Override
    public Errno handle(HypercallContext ctx) {
        int ptr = ctx.arg(1);
        long len = Integer.toUnsignedLong(ctx.arg(2));
        GuestMemory mem = ctx.memory();
        if (!mem.fits(ptr, len)) {
            return Errno.EINVAL;
        }
        byte[] buf = new byte[(int) Math.min(CHUNK, len)];
        for (long done = 0; done < len; ) {
            int n = (int) Math.min(buf.length, len - done);
            mem.readBytes(ptr + (int) done, buf, 0, n);
            ctx.console().write(buf, 0, n);
            done += n;
        }
        return Errno.OK;
    }
}
