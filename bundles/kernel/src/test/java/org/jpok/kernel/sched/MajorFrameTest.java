package org.jpok.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jpok.kernel.config.Slot;
import org.junit.jupiter.api.Test;

class MajorFrameTest {

    private final MajorFrame frame = new MajorFrame(100, List.of(new Slot(0, 30), new Slot(1, 20), new Slot(0, 10)));

    @Test
    void windowsStartAndEndAtExactTimes() {
        assertEquals(new Window(0, 0, 0, 30), frame.windowAt(0));
        assertEquals(new Window(0, 0, 0, 30), frame.windowAt(29));
        assertEquals(new Window(1, 1, 30, 50), frame.windowAt(30));
        assertEquals(new Window(2, 0, 50, 60), frame.windowAt(59));
    }

    @Test
    void timeAfterTheLastSlotIsAnIdleGap() {
        assertEquals(new Window(Window.GAP, MajorFrame.NO_PARTITION, 60, 100), frame.windowAt(60));
        assertEquals(MajorFrame.NO_PARTITION, frame.partitionAt(99));
        assertEquals(100, frame.nextSwitch(75));
    }

    @Test
    void theFrameRepeatsWithoutDrift() {
        long base = 1_000_000L * 100;
        assertEquals(new Window(1, 1, base + 30, base + 50), frame.windowAt(base + 42));
        assertEquals(base + 50, frame.nextSwitch(base + 30));
        assertEquals(0, frame.partitionAt(base));
        assertEquals(base + 100, frame.nextFrameStart(base));
        assertEquals(base + 100, frame.nextFrameStart(base + 99));
    }

    @Test
    void nextSwitchIsStrictlyAfterTheGivenTime() {
        long t = 0;
        int switches = 0;
        while (t < 1000) {
            long next = frame.nextSwitch(t);
            assertEquals(true, next > t);
            assertEquals(frame.windowAt(next).start(), next, "a switch time starts a window");
            t = next;
            switches++;
        }
        assertEquals(40, switches, "four windows per frame, ten frames");
    }

    @Test
    void aFrameWithoutGapHasOnlySlots() {
        MajorFrame full = new MajorFrame(50, List.of(new Slot(1, 25), new Slot(0, 25)));
        assertEquals(1, full.partitionAt(50));
        assertEquals(1, full.partitionAt(74));
        assertEquals(0, full.partitionAt(75));
        assertEquals(75, full.nextSwitch(50));
    }

    @Test
    void invalidSchedulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MajorFrame(10, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new MajorFrame(10, List.of(new Slot(0, 11))));
        assertThrows(IllegalArgumentException.class, () -> new MajorFrame(10, List.of(new Slot(0, 0))));
        assertThrows(IllegalArgumentException.class, () -> frame.windowAt(-1));
    }
}
