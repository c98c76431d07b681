package org.jpok.devices;

import org.jpok.api.device.DeviceContext;
import org.jpok.api.device.TimerEvent;

/**
 * One 8254 counter. Counting is computed, not simulated: the channel remembers when its count was
 * loaded, derives the live count from the clock, and schedules one clock event for its next
 * output edge. Modes 0 (interrupt on terminal count), 2 (rate generator) and 3 (square wave) are
 * modelled; 1, 4 and 5 need the gate input, which the PC wires high for channel 0, and count as
 * mode 0 here.
 */
final class PitChannel {

    /** Access modes from the control word. */
    static final int LATCH = 0, LOW = 1, HIGH = 2, LOW_HIGH = 3;

    private final Runnable onRisingEdge;
    private DeviceContext context;

    private int mode;
    private int access = LOW_HIGH;
    private boolean bcd;
    /** The count written, 1..65536 (0 is written for 65536). */
    private int reload;
    private boolean counting;
    private long loadedAt;
    /** Edges (output rising) already scheduled or fired since loading. */
    private long edges;
    private TimerEvent next;

    // byte sequencing for lo/hi access
    private boolean writeHighNext;
    private int writeLow;
    private boolean readHighNext;
    private boolean latched;
    private int latchValue;
    private boolean latchHighNext;

    PitChannel(Runnable onRisingEdge) {
        this.onRisingEdge = onRisingEdge;
    }

    void attach(DeviceContext context) {
        this.context = context;
        cancel();
        mode = 0;
        access = LOW_HIGH;
        bcd = false;
        reload = 0x10000;
        counting = false;
        writeHighNext = readHighNext = latched = latchHighNext = false;
    }

    void detach() {
        cancel();
        context = null;
    }

    /** A control word for this channel with a non-zero access mode: reprogram and stop counting. */
    void program(int accessMode, int newMode, boolean bcdCounting) {
        cancel();
        access = accessMode;
        mode = newMode > 5 ? newMode - 4 : newMode; // 6 and 7 are aliases of 2 and 3
        bcd = bcdCounting;
        counting = false;
        writeHighNext = readHighNext = latched = false;
    }

    /** The counter latch command: freezes the current count for the next read(s). */
    void latch() {
        if (!latched) {
            latched = true;
            latchValue = currentCount();
            latchHighNext = false;
        }
    }

    void write(int value) {
        value &= 0xFF;
        switch (access) {
            case LOW -> load(value);
            case HIGH -> load(value << 8);
            default -> {
                if (!writeHighNext) {
                    writeLow = value;
                    writeHighNext = true;
                    if (mode == 0) {
                        cancel(); // mode 0 stops counting when the first byte arrives
                        counting = false;
                    }
                } else {
                    writeHighNext = false;
                    load(writeLow | value << 8);
                }
            }
        }
    }

    int read() {
        if (latched) {
            int v = byteOf(latchValue, access == LOW_HIGH ? latchHighNext : access == HIGH);
            if (access == LOW_HIGH && !latchHighNext) {
                latchHighNext = true;
            } else {
                latched = false;
            }
            return v;
        }
        int count = currentCount();
        if (access == LOW_HIGH) {
            boolean high = readHighNext;
            readHighNext = !readHighNext;
            return byteOf(count, high);
        }
        return byteOf(count, access == HIGH);
    }

    /** The live count as the chip would show it (0 stands for 65536). */
    int currentCount() {
        if (!counting) {
            return reload & 0xFFFF;
        }
        long elapsed = PitTime.nanosToClocks(context.clock().nanos() - loadedAt);
        long value = switch (mode) {
            case 2 -> reload - elapsed % reload;
            case 3 -> squareWaveCount(elapsed % reload);
            default -> reload - elapsed % 0x10000; // mode 0 keeps counting down after terminal count
        };
        return (int) value & 0xFFFF;
    }

    int mode() {
        return mode;
    }

    boolean bcd() {
        return bcd;
    }

    /** In mode 3 the count runs down twice per period, two at a time. */
    private long squareWaveCount(long phase) {
        long firstHalf = (reload + 1) / 2;
        long sinceHalf = phase < firstHalf ? phase : phase - firstHalf;
        return (reload & ~1) - 2 * sinceHalf;
    }

    private void load(int value) {
        reload = value == 0 ? 0x10000 : value;
        counting = true;
        loadedAt = context.clock().nanos();
        edges = 0;
        cancel();
        scheduleNextEdge();
    }

    /** The output rises at terminal count (mode 0, once) or at the end of every period (modes 2, 3). */
    private void scheduleNextEdge() {
        if (mode != 2 && mode != 3 && edges > 0) {
            return;
        }
        long at = loadedAt + PitTime.clocksToNanos((edges + 1) * reload);
        next = context.clock().schedule(at, this::edge);
    }

    private void edge() {
        next = null;
        edges++;
        onRisingEdge.run();
        scheduleNextEdge();
    }

    private void cancel() {
        if (next != null) {
            next.cancel();
            next = null;
        }
    }

    private static int byteOf(int value, boolean high) {
        return high ? value >> 8 & 0xFF : value & 0xFF;
    }
}
