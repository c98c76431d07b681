package org.jpok.kernel.lock;

/** POK's queueing disciplines for threads waiting on an object ({@code pok_queueing_discipline_t}). */
public enum QueueingPolicy {
    FIFO(0),
    PRIORITY(1);

    private final int code;

    QueueingPolicy(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The policy with this POK value, or null. */
    public static QueueingPolicy ofCode(long code) {
        return code == 0 ? FIFO : code == 1 ? PRIORITY : null;
    }
}
