package org.jpok.devices;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jpok.api.device.ConsoleSink;
import org.jpok.api.device.DeviceContext;
import org.jpok.api.device.TimerEvent;
import org.jpok.api.device.VirtualClock;

/** A hand-driven machine for register-level device tests: time moves only when the test says so. */
final class FakeContext implements DeviceContext, VirtualClock {

    final class Event implements TimerEvent {
        final long at;
        final long seq;
        final Runnable action;
        boolean cancelled;

        Event(long at, long seq, Runnable action) {
            this.at = at;
            this.seq = seq;
            this.action = action;
        }

        @Override
        public long at() {
            return at;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    long now;
    private long seq;
    private final List<Event> events = new ArrayList<>();
    final boolean[] irq = new boolean[16];
    /** Rising edges seen per line. */
    final int[] risingEdges = new int[16];
    /** Virtual times of the rising edges of IRQ 0. */
    final List<Long> irq0Edges = new ArrayList<>();
    final ByteArrayOutputStream console = new ByteArrayOutputStream();
    final ArrayDeque<Integer> input = new ArrayDeque<>();
    Runnable inputListener;
    Integer exitStatus;
    String exitSource;

    @Override
    public VirtualClock clock() {
        return this;
    }

    @Override
    public long nanos() {
        return now;
    }

    @Override
    public TimerEvent schedule(long atNanos, Runnable action) {
        Event e = new Event(atNanos, seq++, action);
        events.add(e);
        return e;
    }

    /** Moves time forward to {@code t}, firing due events at their own times, in order. */
    void advanceTo(long t) {
        while (true) {
            Event next = events.stream().filter(e -> !e.cancelled && e.at <= t)
                    .min(Comparator.<Event>comparingLong(e -> e.at).thenComparingLong(e -> e.seq)).orElse(null);
            if (next == null) {
                break;
            }
            events.remove(next);
            now = Math.max(now, next.at);
            next.action.run();
        }
        now = t;
    }

    long liveEvents() {
        return events.stream().filter(e -> !e.cancelled).count();
    }

    @Override
    public void setIrq(int line, boolean level) {
        if (level && !irq[line]) {
            risingEdges[line]++;
            if (line == 0) {
                irq0Edges.add(now);
            }
        }
        irq[line] = level;
    }

    @Override
    public ConsoleSink console() {
        return console::write;
    }

    @Override
    public int readConsoleInput() {
        Integer b = input.poll();
        return b == null ? -1 : b;
    }

    @Override
    public void onConsoleInput(Runnable listener) {
        inputListener = listener;
    }

    void type(String s) {
        for (char c : s.toCharArray()) {
            input.add((int) c);
        }
        if (inputListener != null) {
            inputListener.run();
        }
    }

    @Override
    public void requestExit(int status, String source) {
        exitStatus = status;
        exitSource = source;
    }

    String consoleText() {
        return console.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
