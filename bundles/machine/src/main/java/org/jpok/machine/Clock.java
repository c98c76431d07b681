package org.jpok.machine;

import java.util.function.LongSupplier;

import org.jpok.api.device.TimerEvent;
import org.jpok.api.device.VirtualClock;

/**
 * Virtual time = nanoseconds of retired instructions at a fixed rate, plus the nanoseconds skipped
 * while the CPU halted. Reading it needs only the CPU's retired counter, so it is exact at every
 * instruction boundary, also in the middle of a slice (when a device reads a count).
 */
final class Clock implements VirtualClock {

    private final long rate;
    private final LongSupplier retired;
    private final EventQueue events = new EventQueue();
    private long retiredBase;
    private long skippedNanos;
    /** Virtual time at which the running slice ends (MIN_VALUE between slices); an earlier new event cuts the slice short. */
    private long sliceEnd = Long.MIN_VALUE;
    private Runnable cutSlice = () -> { };

    Clock(int instructionsPerMicrosecond, LongSupplier retired) {
        this.rate = instructionsPerMicrosecond;
        this.retired = retired;
        this.retiredBase = retired.getAsLong();
    }

    void onEarlierEvent(Runnable cutSlice) {
        this.cutSlice = cutSlice;
    }

    @Override
    public long nanos() {
        return skippedNanos + toNanos(retiredSinceReset());
    }

    long retiredSinceReset() {
        return retired.getAsLong() - retiredBase;
    }

    @Override
    public TimerEvent schedule(long atNanos, Runnable action) {
        return schedule(atNanos, action, null);
    }

    TimerEvent schedule(long atNanos, Runnable action, DeviceSlot owner) {
        TimerEvent e = events.add(atNanos, action, owner);
        if (atNanos < sliceEnd) {
            cutSlice.run();
        }
        return e;
    }

    long nextEventTime() {
        return events.nextTime();
    }

    /** Runs every event that is due now, including ones that due events schedule for now. */
    void fireDue() {
        EventQueue.Event e;
        while ((e = events.pollDue(nanos())) != null) {
            e.action.run();
        }
    }

    /** The smallest instruction count after which virtual time reaches {@code atNanos} (0 if it has). */
    long instructionsUntil(long atNanos) {
        long d = atNanos - nanos();
        if (d <= 0) {
            return 0;
        }
        return d / 1000 * rate + ceilDiv(d % 1000 * rate, 1000);
    }

    /** Nanoseconds that {@code instructions} take (exact floor, no overflow for any realistic count). */
    long toNanos(long instructions) {
        return instructions / rate * 1000 + instructions % rate * 1000 / rate;
    }

    /** Jumps over halted time. */
    void fastForwardTo(long atNanos) {
        long now = nanos();
        if (atNanos > now) {
            skippedNanos += atNanos - now;
        }
    }

    void beginSlice(long endNanos) {
        sliceEnd = endNanos;
    }

    void endSlice() {
        sliceEnd = Long.MIN_VALUE;
    }

    /** Time 0, no events. */
    void reset() {
        retiredBase = retired.getAsLong();
        skippedNanos = 0;
        events.clear();
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
