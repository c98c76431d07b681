package org.jpok.machine;

import java.util.PriorityQueue;

import org.jpok.api.device.TimerEvent;

/**
 * Clock events ordered by virtual time, then by the order they were scheduled, so that two runs
 * fire them in the same order. Cancelled events stay queued and are skipped (cancel is O(1)).
 */
final class EventQueue {

    static final class Event implements TimerEvent, Comparable<Event> {
        final long at;
        final long sequence;
        final Runnable action;
        final DeviceSlot owner;
        boolean cancelled;

        Event(long at, long sequence, Runnable action, DeviceSlot owner) {
            this.at = at;
            this.sequence = sequence;
            this.action = action;
            this.owner = owner;
        }

        @Override
        public long at() {
            return at;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        boolean live() {
            return !cancelled && (owner == null || owner.attached());
        }

        @Override
        public int compareTo(Event o) {
            int c = Long.compare(at, o.at);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    private final PriorityQueue<Event> queue = new PriorityQueue<>();
    private long sequence;

    Event add(long at, Runnable action, DeviceSlot owner) {
        Event e = new Event(at, sequence++, action, owner);
        queue.add(e);
        return e;
    }

    /** The time of the earliest live event, or Long.MAX_VALUE. */
    long nextTime() {
        Event head;
        while ((head = queue.peek()) != null && !head.live()) {
            queue.poll();
        }
        return head == null ? Long.MAX_VALUE : head.at;
    }

    /** Removes and returns the earliest live event due at or before {@code now}, or null. */
    Event pollDue(long now) {
        return nextTime() <= now ? queue.poll() : null;
    }

    void clear() {
        queue.clear();
    }
}
