package org.jpok.api.kernel;

/** POK's partition operating modes ({@code pok_partition_mode_t}), with POK's numeric values. */
public enum PartitionMode {
    INIT_COLD(1),
    INIT_WARM(2),
    NORMAL(3),
    IDLE(4),
    RESTART(5),
    STOPPED(6);

    private final int code;

    PartitionMode(int code) {
        this.code = code;
    }

    /** The value that crosses the syscall boundary. */
    public int code() {
        return code;
    }

    /** True for the two initialisation modes, in which threads and lock objects may be created. */
    public boolean isInit() {
        return this == INIT_COLD || this == INIT_WARM;
    }

    /** The mode with this POK value, or null if there is none. */
    public static PartitionMode ofCode(int code) {
        for (PartitionMode m : values()) {
            if (m.code == code) {
                return m;
            }
        }
        return null;
    }
}
