package org.jpok.kernel.port;

import java.util.ArrayList;
import java.util.List;
import org.jpok.kernel.lock.QueueingPolicy;
import org.jpok.kernel.lock.WaitQueue;

/** A port declared by a channel in the configuration; the owning partition must create it before use. */
abstract class Port {

    private final int id;
    private final String name;
    private final PortDirection direction;
    private final int owner;
    private final long capacity;
    private final List<Port> destinations = new ArrayList<>();
    private final WaitQueue waiters = new WaitQueue(QueueingPolicy.FIFO);
    private boolean created;
    private long createdSize;

    Port(int id, String name, PortDirection direction, int owner, long capacity) {
        this.id = id;
        this.name = name;
        this.direction = direction;
        this.owner = owner;
        this.capacity = capacity;
    }

    abstract PortKind kind();

    /** Forgets all data, as a partition restart requires. */
    abstract void clear();

    int id() {
        return id;
    }

    String name() {
        return name;
    }

    PortDirection direction() {
        return direction;
    }

    int owner() {
        return owner;
    }

    /** The size configured for the channel: the most a CREATE may ask for. */
    long capacity() {
        return capacity;
    }

    /** IN ports this OUT port feeds (empty for an IN port). */
    List<Port> destinations() {
        return destinations;
    }

    /** Threads blocked on this port (queuing ports: senders on OUT, receivers on IN). */
    WaitQueue waiters() {
        return waiters;
    }

    boolean isCreated() {
        return created;
    }

    /** The size given at creation, which bounds messages. */
    long size() {
        return createdSize;
    }

    void markCreated(long size) {
        created = true;
        createdSize = size;
    }

    void reset() {
        created = false;
        createdSize = 0;
        waiters.clear();
        clear();
    }
}
