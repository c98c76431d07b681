package org.jpok.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Pit8254Test {

    private final FakeContext ctx = new FakeContext();
    private final Pit8254 pit = new Pit8254();

    @BeforeEach
    void attach() {
        pit.attach(ctx);
    }

    private void program(int mode, int count) {
        pit.out(0x43, 1, 0x30 | mode << 1); // channel 0, lo/hi
        pit.out(0x40, 1, count & 0xFF);
        pit.out(0x40, 1, count >> 8);
    }

    private int readCount() {
        int lo = pit.in(0x40, 1);
        return lo | pit.in(0x40, 1) << 8;
    }

    @Test
    void mode2TicksAtExactPeriodsWithoutDrift() {
        program(2, 11932);
        ctx.advanceTo(11_000_000_000L);
        assertEquals(1099, ctx.irq0Edges.size());
        // tick k lands at ceil(k * 11932e9 / 1193182) ns, always computed from the load time
        long expected1000 = (1000L * 11932 * 1_000_000_000L + 1193182 - 1) / 1193182;
        assertEquals(expected1000, ctx.irq0Edges.get(999));
        assertEquals(10_000_150_858L, expected1000, "11,932,000 / 1,193,182 s, rounded up to a nanosecond");
        assertEquals(1, ctx.liveEvents(), "one event at a time, no polling");
    }

    @Test
    void liveCountDecreasesAndLatchFreezesIt() {
        program(2, 10000);
        assertEquals(10000, readCount());
        ctx.advanceTo(1_000_000); // 1 ms = 1193 input clocks
        assertEquals(10000 - 1193, readCount());
        pit.out(0x43, 1, 0x00); // latch channel 0
        ctx.advanceTo(2_000_000);
        assertEquals(10000 - 1193, readCount(), "latched value");
        assertEquals(10000 - 2386, readCount(), "live again after the latch was read");
    }

    @Test
    void mode0FiresOnceAtTerminalCount() {
        program(0, 1193); // ~1 ms
        ctx.advanceTo(999_000);
        assertEquals(0, ctx.risingEdges[0]);
        ctx.advanceTo(5_000_000);
        assertEquals(1, ctx.risingEdges[0]);
        assertEquals(PitTime.clocksToNanos(1193), ctx.irq0Edges.get(0));
        assertEquals(0, ctx.liveEvents());
    }

    @Test
    void mode3IsPeriodicWithSquareWaveCount() {
        program(3, 1000);
        ctx.advanceTo(PitTime.clocksToNanos(5000));
        assertEquals(5, ctx.risingEdges[0]);
        ctx.advanceTo(PitTime.clocksToNanos(5100));
        assertEquals(1000 - 200, readCount(), "counts down by two");
        ctx.advanceTo(PitTime.clocksToNanos(5600));
        assertEquals(1000 - 200, readCount(), "second half-period counts down again");
    }

    @Test
    void lowOnlyAndHighOnlyAccess() {
        pit.out(0x43, 1, 0x14); // channel 0, low byte only, mode 2
        pit.out(0x40, 1, 100);
        assertEquals(100, pit.in(0x40, 1));
        pit.out(0x43, 1, 0x24); // high byte only, mode 2
        pit.out(0x40, 1, 0x02);
        assertEquals(0x02, pit.in(0x40, 1));
        ctx.advanceTo(PitTime.clocksToNanos(0x200 * 3));
        assertEquals(3, ctx.risingEdges[0]);
    }

    @Test
    void countZeroMeans65536AndReprogrammingStopsTheOldTimer() {
        program(2, 0);
        ctx.advanceTo(PitTime.clocksToNanos(65536) - 1);
        assertEquals(0, ctx.risingEdges[0]);
        ctx.advanceTo(PitTime.clocksToNanos(65536));
        assertEquals(1, ctx.risingEdges[0]);
        pit.out(0x43, 1, 0x34); // control word: stop until a new count arrives
        ctx.advanceTo(1_000_000_000L);
        assertEquals(1, ctx.risingEdges[0]);
        assertEquals(0, ctx.liveEvents());
    }

    @Test
    void detachCancelsEverything() {
        program(2, 100);
        pit.detach();
        assertEquals(0, ctx.liveEvents());
        assertTrue(!ctx.irq[0]);
    }

    @Test
    void exactConversions() {
        assertEquals(1_000_000_000L, PitTime.clocksToNanos(1_193_182));
        assertEquals(1_193_182L * 100_000, PitTime.nanosToClocks(100_000_000_000_000L));
        assertEquals(839, PitTime.clocksToNanos(1), "838.1 ns rounds up");
    }
}
