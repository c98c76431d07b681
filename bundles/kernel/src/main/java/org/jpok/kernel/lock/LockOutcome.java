package org.jpok.kernel.lock;

import org.jpok.api.kernel.Errno;

/**
 * The result of a lock-object operation: finished with an errno for EAX, or blocked (the calling thread is now
 * LOCK or WAITING and the kernel calls {@link LockObjectTable#resume} when it runs again).
 */
public record LockOutcome(Errno errno, boolean blocked) {

    static final LockOutcome BLOCKED = new LockOutcome(null, true);

    static LockOutcome done(Errno errno) {
        return new LockOutcome(errno, false);
    }
}
