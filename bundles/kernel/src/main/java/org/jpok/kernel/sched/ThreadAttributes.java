package org.jpok.kernel.sched;

/**
 * The fields of POK's {@code pok_thread_attr_t} that THREAD_CREATE reads. Times are the raw u64 values the
 * guest passed: 0 means none (aperiodic, no deadline, infinite capacity), as does -1.
 */
public record ThreadAttributes(int priority, int entry, long period, long deadline, long timeCapacity) {

    /** POK's convention: 0 and -1 both mean "not set". */
    static long orInfinite(long value) {
        return value == 0 ? KernelThread.INFINITE : value;
    }
}
