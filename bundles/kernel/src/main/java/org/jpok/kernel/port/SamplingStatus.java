package org.jpok.kernel.port;

import org.jpok.api.kernel.Errno;

/** The fields of SAMPLING_STATUS: size, direction, refresh period and current validity. */
public record SamplingStatus(Errno errno, long size, PortDirection direction, long refreshNs, boolean valid) {
}
