package org.jpok.kernel.lock;

/** POK's lock-object kinds ({@code pok_lockobj_kind_t}). */
public enum LockKind {
    MUTEX(1),
    SEMAPHORE(2),
    EVENT(3);

    private final int code;

    LockKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The kind with this POK value, or null. */
    public static LockKind ofCode(long code) {
        for (LockKind k : values()) {
            if (k.code == code) {
                return k;
            }
        }
        return null;
    }
}
