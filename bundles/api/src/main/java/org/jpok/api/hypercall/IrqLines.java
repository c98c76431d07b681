package org.jpok.api.hypercall;

import org.jpok.api.kernel.Errno;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The meta-handler's routing of PIC lines to partitions, acting for the calling partition (hypercalls 25, 26 and
 * 29). A partition can route a line only to itself and can never install a kernel handler.
 */
@ProviderType
public interface IrqLines {

    /**
     * Routes IRQ {@code line} to the caller, delivered as an upcall to {@code handler}; unmasks the line.
     *
     * @return OK, or EINVAL for a line outside 0..15 or a handler outside the partition
     */
    Errno registerHandler(int line, int handler);

    /** Stops routing {@code line} to the caller; masks it once no partition and no kernel handler wants it. */
    Errno unregisterHandler(int line);

    /** The caller has served {@code line}: it may be delivered to the caller again. EINVAL for a bad line. */
    Errno ack(int line);
}
