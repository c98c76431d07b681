package org.jpok.kernel.lock;

import org.jpok.api.kernel.Errno;

/** The result of LOCKOBJ_CREATE: the errno and, on OK, the global object id. */
public record LockCreation(Errno errno, int id) {
}
