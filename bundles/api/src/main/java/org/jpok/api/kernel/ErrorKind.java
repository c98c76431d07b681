package org.jpok.api.kernel;

/** POK's error kinds ({@code POK_ERROR_KIND_*}), as the kernel numbers them. */
public enum ErrorKind {
    INVALID(9),
    DEADLINE_MISSED(10),
    APPLICATION_ERROR(11),
    NUMERIC_ERROR(12),
    ILLEGAL_REQUEST(13),
    STACK_OVERFLOW(14),
    MEMORY_VIOLATION(15),
    HARDWARE_FAULT(16),
    POWER_FAIL(17),
    PARTITION_CONFIGURATION(30),
    PARTITION_INIT(31),
    PARTITION_SCHEDULING(32),
    PARTITION_HANDLER(33),
    PARTITION_PROCESS(34),
    KERNEL_INIT(50),
    KERNEL_SCHEDULING(51),
    KERNEL_CONFIG(52);

    private final int code;

    ErrorKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The kind with this POK value, or null if there is none. */
    public static ErrorKind ofCode(int code) {
        for (ErrorKind k : values()) {
            if (k.code == code) {
                return k;
            }
        }
        return null;
    }
}
