package org.jpok.hypercall.dispatch;

import org.jpok.api.hypercall.HypercallHandler;

/**
 * One bound handler service, with the properties it had at its last bind or update.
 *
 * @param ids       the valid ids it claims
 * @param serviceId {@code service.id}
 * @param ranking   {@code service.ranking}
 */
public record HandlerBinding(HypercallHandler handler, int[] ids, long serviceId, int ranking, String name,
        String bundle, HandlerStats stats) {

    /** True if this binding serves an id rather than {@code other}: higher ranking, then lower service id. */
    public boolean beats(HandlerBinding other) {
        if (ranking != other.ranking) {
            return ranking > other.ranking;
        }
        return serviceId < other.serviceId;
    }
}
