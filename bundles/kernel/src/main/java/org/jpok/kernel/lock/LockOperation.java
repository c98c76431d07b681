package org.jpok.kernel.lock;

/** POK's lock-object operations ({@code pok_lockobj_operation_t}). */
public enum LockOperation {
    LOCK(1),
    UNLOCK(2),
    WAIT(3),
    SIGNAL(4),
    BROADCAST(5);

    private final int code;

    LockOperation(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The operation with this POK value, or null. */
    public static LockOperation ofCode(long code) {
        for (LockOperation o : values()) {
            if (o.code == code) {
                return o;
            }
        }
        return null;
    }
}
