package org.jpok.api.hypercall;

/**
 * One line of the hypercall statistics: a handler service bound for an id, or an id called without a handler
 * ({@code serviceId} -1, empty name and bundle).
 *
 * @param id            the hypercall id
 * @param name          the handler's {@code hypercall.name}
 * @param bundle        symbolic name of the bundle that registered the handler
 * @param serviceId     its {@code service.id}, -1 for an id without handler
 * @param ranking       its {@code service.ranking}
 * @param active        whether it serves the id now (the best ranked of those claiming it)
 * @param calls         calls served by this handler, over all its ids (for an id without handler: calls to that id)
 * @param errors        calls that ended with another result than OK, including exceptions
 * @param faults        calls in which the handler threw
 * @param meanLatencyNs mean wall-clock time per call, nanoseconds (0 before the first call)
 */
public record HypercallStat(int id, String name, String bundle, long serviceId, int ranking, boolean active,
        long calls, long errors, long faults, long meanLatencyNs) {
}
