package org.jpok.kernel.lock;

import org.jpok.api.kernel.Errno;

/**
 * What a blocked lock-object call still has to do: finish a LOCK, finish an event WAIT, or re-take the event's
 * lock after the wait with {@code result} to return.
 */
record PendingLock(LockObject object, Phase phase, long deadline, Errno result) {

    enum Phase { LOCK, EVENT_WAIT, RELOCK }
}
