package org.jpok.api.machine;

/** Where the machine's run loop is. */
public enum MachineState {
    /** Powered on but not started yet: the kernel loads images and sets up the CPU now. */
    READY,
    /** The vCPU thread runs guest code (or fast-forwards while the CPU halts). */
    RUNNING,
    /** Paused by {@link Machine#pause()} or at the end of {@link Machine#step(long)}. */
    PAUSED,
    /** Stopped for good: a guest exit, a triple fault, an error or {@link Machine#stop()}. See {@link Machine#exit()}. */
    EXITED
}
