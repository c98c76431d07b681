package org.jpok.kernel.sched;

import org.jpok.api.kernel.Errno;

/** The answer to a thread creation: {@link Errno#OK} with the new thread, or an error and null. */
public record ThreadCreation(Errno errno, KernelThread thread) {
}
