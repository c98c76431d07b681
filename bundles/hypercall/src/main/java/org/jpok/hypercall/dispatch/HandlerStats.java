package org.jpok.hypercall.dispatch;

import java.util.concurrent.atomic.LongAdder;

/** Counters of one handler service; they survive a change of its properties. Written on the vCPU thread. */
public final class HandlerStats {

    final LongAdder calls = new LongAdder();
    final LongAdder errors = new LongAdder();
    final LongAdder faults = new LongAdder();
    final LongAdder latencyNs = new LongAdder();

    public long calls() {
        return calls.sum();
    }

    public long errors() {
        return errors.sum();
    }

    public long faults() {
        return faults.sum();
    }

    /** Mean nanoseconds per call, 0 before the first. */
    public long meanLatencyNs() {
        long c = calls.sum();
        return c == 0 ? 0 : latencyNs.sum() / c;
    }
}
