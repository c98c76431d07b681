package org.jpok.api.kernel;

/**
 * How a run ended.
 *
 * @param status the process exit status the launcher uses: 0 for a shutdown, the guest's value for
 *               an exit port, 3 for the time limit, 1 for an error
 */
public record RunOutcome(Reason reason, int status, String detail, long virtualNanos) {

    public enum Reason {
        /** The guest shut the system down (syscall 707 or a power-off). */
        SHUTDOWN,
        /** The guest wrote an exit status to an exit port. */
        GUEST_EXIT,
        /** The virtual time limit was reached. */
        TIME_LIMIT,
        /** Someone stopped or paused it. */
        STOPPED,
        /** The machine or the kernel failed; detail says how. */
        ERROR
    }
}
