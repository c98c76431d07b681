package org.jpok.api.hypercall;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Serves one or several hypercalls ({@code int $45} under the vmm BSP). Register it as an OSGi service with the
 * service properties {@value #ID_PROPERTY} (one id, or several: Integer, int[], Integer[], a String or a
 * collection of them) and {@value #NAME_PROPERTY}; a DS component can use {@link Hypercall} for both. When
 * several services claim one id, the highest {@code service.ranking} serves it (ties: the lowest
 * {@code service.id}).
 *
 * <p>Called on the machine's vCPU thread, one call at a time. A handler must not block. Whatever it throws
 * reaches the guest as {@link org.jpok.api.kernel.Errno#UNAVAILABLE} (or EINVAL for a
 * {@link GuestMemoryException}), is counted against the handler and reported to the health monitor; the machine
 * goes on.
 */
@ConsumerType
public interface HypercallHandler {

    /** Service property: the hypercall id(s) served. */
    String ID_PROPERTY = "hypercall.id";
    /** Service property: a short name shown by the shell. */
    String NAME_PROPERTY = "hypercall.name";

    /**
     * Serves one call.
     *
     * @param ctx the calling partition's restricted view, valid only during this call
     * @return the result the guest finds in EAX (POK's errno, {@code OK} = 0); never null
     */
    org.jpok.api.kernel.Errno handle(HypercallContext ctx);
}
