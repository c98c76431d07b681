package org.jpok.kernel.port;

import org.jpok.api.kernel.Errno;

/**
 * The result of a queuing send or receive: finished with an errno (and, for a receive, the message), or blocked
 * until {@link PortTable#resume} is called for the thread.
 */
public record PortOutcome(Errno errno, boolean blocked, byte[] data) {

    private static final byte[] NONE = new byte[0];
    static final PortOutcome BLOCKED = new PortOutcome(null, true, NONE);

    static PortOutcome done(Errno errno) {
        return new PortOutcome(errno, false, NONE);
    }

    static PortOutcome received(byte[] data) {
        return new PortOutcome(Errno.OK, false, data);
    }
}
