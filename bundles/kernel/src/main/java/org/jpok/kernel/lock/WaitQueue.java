package org.jpok.kernel.lock;

import java.util.ArrayList;
import java.util.List;
import org.jpok.kernel.sched.KernelThread;

/**
 * Threads waiting on an object, in FIFO order or by priority. A priority waiter goes behind every queued
 * thread of equal or higher priority, so equal priorities stay FIFO (POK's insertion rule).
 */
public final class WaitQueue {

    private final QueueingPolicy policy;
    private final List<KernelThread> waiters = new ArrayList<>();

    public WaitQueue(QueueingPolicy policy) {
        this.policy = policy;
    }

    public QueueingPolicy policy() {
        return policy;
    }

    public void enqueue(KernelThread t) {
        int at = waiters.size();
        if (policy == QueueingPolicy.PRIORITY) {
            at = 0;
            while (at < waiters.size() && waiters.get(at).priority() >= t.priority()) {
                at++;
            }
        }
        waiters.add(at, t);
    }

    /** Removes and returns the head, or null when nobody waits. */
    public KernelThread dequeue() {
        return waiters.isEmpty() ? null : waiters.remove(0);
    }

    public boolean remove(KernelThread t) {
        return waiters.remove(t);
    }

    public boolean contains(KernelThread t) {
        return waiters.contains(t);
    }

    public boolean isEmpty() {
        return waiters.isEmpty();
    }

    public int size() {
        return waiters.size();
    }

    /** A snapshot in queue order. */
    public List<KernelThread> waiters() {
        return List.copyOf(waiters);
    }

    public void clear() {
        waiters.clear();
    }
}
