package org.jpok.api.machine;

/**
 * Why and how the machine stopped.
 *
 * @param reason what stopped it
 * @param status the exit status: the value an exit device reported, 0 for a power-off or a
 *               {@link Machine#stop()}, 1 for a triple fault or an error
 * @param detail one line for people: which device asked, or what went wrong
 * @param virtualNanos the virtual time at the stop
 */
public record MachineExit(Reason reason, int status, String detail, long virtualNanos) {

    public enum Reason {
        /** A guest asked through an exit device (isa-debug-exit, ACPI power-off). */
        GUEST,
        /** The CPU triple-faulted; a real PC would reset. */
        SHUTDOWN,
        /** Someone called {@link Machine#stop()}. */
        STOPPED,
        /** A device, a host-call handler or a submitted task threw; the detail says what. */
        ERROR
    }

    @Override
    public String toString() {
        return reason + " status=" + status + " at " + virtualNanos + " ns: " + detail;
    }
}
