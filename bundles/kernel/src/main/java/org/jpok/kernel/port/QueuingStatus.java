package org.jpok.kernel.port;

import org.jpok.api.kernel.Errno;

/** The fields of QUEUEING_STATUS: size, direction, queued messages and blocked threads. */
public record QueuingStatus(Errno errno, long size, PortDirection direction, int messages, int waiting) {
}
