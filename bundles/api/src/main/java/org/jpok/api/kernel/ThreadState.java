package org.jpok.api.kernel;

/** POK's thread states ({@code pok_state_t}), with POK's numeric values and trace names. */
public enum ThreadState {
    STOPPED(0, "stopped"),
    RUNNABLE(1, "runnable"),
    WAITING(2, "waiting"),
    LOCK(3, "lock"),
    WAIT_NEXT_ACTIVATION(4, "waiting next activation"),
    DELAYED_START(5, "delayed start");

    private final int code;
    private final String traceName;

    ThreadState(int code, String traceName) {
        this.code = code;
        this.traceName = traceName;
    }

    public int code() {
        return code;
    }

    /** The name POK's scheduler traces print for this state. */
    public String traceName() {
        return traceName;
    }
}
