package org.jpok.hypercall.dispatch;

import org.jpok.api.hypercall.HypercallContext;

/** A hypercall being dispatched: the handler's context, plus the dispatcher's note that the handler threw. */
public interface DispatchCall extends HypercallContext {

    /** The handler threw: whatever it did to the calling frame is void. */
    void faulted();
}
