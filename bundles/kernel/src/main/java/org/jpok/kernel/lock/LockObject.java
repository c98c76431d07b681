package org.jpok.kernel.lock;

/**
 * One entry of POK's lock-object table. A mutex or an event's lock holds value 1 when free and 0 when taken;
 * a semaphore counts up to {@code max}. An event also has the queue of threads waiting for a signal.
 */
final class LockObject {

    private boolean created;
    private LockKind kind;
    private int value;
    private int max;
    private WaitQueue lockQueue;
    private WaitQueue eventQueue;

    boolean isCreated() {
        return created;
    }

    void create(LockKind kind, QueueingPolicy policy, int value, int max) {
        this.created = true;
        this.kind = kind;
        this.value = value;
        this.max = max;
        this.lockQueue = new WaitQueue(policy);
        this.eventQueue = new WaitQueue(QueueingPolicy.PRIORITY);
    }

    void destroy() {
        created = false;
        kind = null;
        lockQueue = null;
        eventQueue = null;
    }

    LockKind kind() {
        return kind;
    }

    int value() {
        return value;
    }

    void setValue(int value) {
        this.value = value;
    }

    int max() {
        return max;
    }

    WaitQueue lockQueue() {
        return lockQueue;
    }

    WaitQueue eventQueue() {
        return eventQueue;
    }
}
