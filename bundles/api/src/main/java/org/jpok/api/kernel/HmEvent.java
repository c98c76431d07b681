package org.jpok.api.kernel;

/**
 * One health-monitor log record.
 *
 * @param timeNs    virtual time of the event, nanoseconds since boot
 * @param partition index of the failing partition
 * @param thread    global index of the failing thread, or -1 if no thread of the partition was running
 * @param eip       the faulting instruction address, partition-relative (0 when the error has none)
 * @param kind      what went wrong
 * @param response  what the health monitor did about it
 * @param detail    a short human-readable description (may be empty, never null)
 */
public record HmEvent(long timeNs, int partition, int thread, int eip, ErrorKind kind, HmResponse response,
        String detail) {

    public HmEvent {
        if (kind == null || response == null) {
            throw new IllegalArgumentException("kind and response are required");
        }
        detail = detail == null ? "" : detail;
    }
}
