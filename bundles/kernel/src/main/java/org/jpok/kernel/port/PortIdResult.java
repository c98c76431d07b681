package org.jpok.kernel.port;

import org.jpok.api.kernel.Errno;

/** The result of a port CREATE or ID call: the errno and the global port id (valid with OK and EXISTS). */
public record PortIdResult(Errno errno, int id) {
}
