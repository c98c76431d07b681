package org.jpok.kernel.port;

import org.jpok.api.kernel.Errno;

/** The result of SAMPLING_READ: the message (empty unless OK) and whether it is still fresh. */
public record SamplingRead(Errno errno, byte[] data, boolean valid) {
}
