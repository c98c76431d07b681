package org.jpok.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jpok.kernel.config.Slot;
import org.junit.jupiter.api.Test;

class PartitionSchedulerTest {

    private final List<Long> flushes = new ArrayList<>();
    private final PartitionThreads p0 = Threads.partition(SchedulerKind.STATIC, 2);
    private final PartitionThreads p1 = new PartitionThreads(1, 2, 2, Threads.SIZE, SchedulerKind.RR.create());
    private final MajorFrame frame = new MajorFrame(100, List.of(new Slot(0, 60), new Slot(1, 30)));
    private final PartitionScheduler scheduler = new PartitionScheduler(frame, List.of(p0, p1), flushes::add);

    PartitionSchedulerTest() {
        p1.initialize(org.jpok.api.kernel.PartitionMode.INIT_WARM, 0x40);
    }

    @Test
    void windowsSwitchAtExactTimesAndTheGapIdles() {
        Dispatch d = scheduler.schedule(0);
        assertEquals(0, d.partition());
        assertSame(p0.mainThread(), d.thread());
        assertEquals(60, d.nextSwitch());
        assertTrue(d.partitionChanged());
        d = scheduler.schedule(30);
        assertFalse(d.partitionChanged());
        assertEquals(60, d.nextSwitch());
        d = scheduler.schedule(60);
        assertEquals(1, d.partition());
        assertSame(p1.mainThread(), d.thread());
        assertEquals(90, d.nextSwitch());
        d = scheduler.schedule(90);
        assertEquals(MajorFrame.NO_PARTITION, d.partition());
        assertNull(d.thread());
        assertEquals(100, d.nextSwitch());
        assertTrue(flushes.isEmpty());
        d = scheduler.schedule(100);
        assertEquals(0, d.partition());
        assertEquals(List.of(100L), flushes, "ports flush once per major frame, before the new window");
    }

    @Test
    void lateCallsCatchUpWithTheFrameAndEveryFlush() {
        scheduler.schedule(0);
        Dispatch d = scheduler.schedule(365);
        assertEquals(1, d.partition(), "365 is in partition 1's window of the fourth frame");
        assertEquals(390, d.nextSwitch());
        assertEquals(List.of(100L, 200L, 300L), flushes);
    }

    @Test
    void capacityIsChargedOnlyInsideTheOwnWindow() {
        KernelThread t = Threads.create(p0, 5, 1000, 0, 100);
        Threads.normal(p0, 0);
        assertSame(t, scheduler.schedule(0).thread());
        scheduler.schedule(60);
        assertEquals(40, t.remainingCapacity(), "60 ns used in the window");
        scheduler.schedule(100);
        assertEquals(40, t.remainingCapacity(), "nothing charged while partition 1 and the gap ran");
        assertSame(t, scheduler.schedule(100).thread());
        assertNull(scheduler.schedule(140).thread(), "capacity used up: waits for its next activation");
    }
}
