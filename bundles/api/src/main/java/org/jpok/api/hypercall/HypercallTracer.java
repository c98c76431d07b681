package org.jpok.api.hypercall;

import org.jpok.api.kernel.Errno;
import org.osgi.annotation.versioning.ConsumerType;

/** Hears of every hypercall once it has been served. Called on the vCPU thread: it must be quick and not block. */
@ConsumerType
@FunctionalInterface
public interface HypercallTracer {

    /**
     * @param partition the caller
     * @param id        the hypercall id
     * @param args      the {@code nargs} arguments the caller passed (at most 5; a copy)
     * @param result    what the caller got back
     * @param latencyNs wall-clock time spent serving it
     */
    void traced(int partition, int id, int[] args, Errno result, long latencyNs);
}
