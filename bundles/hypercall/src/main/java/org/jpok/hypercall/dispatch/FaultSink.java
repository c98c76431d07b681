package org.jpok.hypercall.dispatch;

import org.jpok.api.kernel.ErrorKind;

/** Where the dispatcher reports a failed hypercall for the health monitor. */
@FunctionalInterface
public interface FaultSink {

    void report(int partition, ErrorKind kind, String detail);
}
