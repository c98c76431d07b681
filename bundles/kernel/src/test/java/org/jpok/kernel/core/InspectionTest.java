package org.jpok.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jpok.api.kernel.PartitionInfo;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.RunOutcome;
import org.jpok.api.kernel.ScheduleInfo;
import org.jpok.api.kernel.ThreadInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The KernelInspector snapshots of a real two-partition system paused by a time limit. */
class InspectionTest {

    @TempDir
    Path dir;

    @Test
    void nothingBootedIsOneClearError() {
        try (KernelWorld w = new KernelWorld()) {
            assertEquals("nothing is booted",
                    assertThrows(IllegalStateException.class, () -> w.kernel.partitions()).getMessage());
            assertEquals("nothing is booted", assertThrows(IllegalStateException.class, () -> w.kernel.schedule()).getMessage());
        }
    }

    @Test
    void partitionsThreadsAndScheduleOfAPausedSystem() throws Exception {
        KernelCoreTest systems = new KernelCoreTest();
        systems.dir = dir;
        Path config = systems.system(KernelCoreTest.hanging(), "log", KernelCoreTest.hanging());
        try (KernelWorld w = new KernelWorld()) {
            // 5 ms into 4 ms frames of two 2 ms slots: frame 1, offset 1 ms, slot 0 (partition a).
            RunOutcome o = w.run(config, 5_000_000);
            assertEquals(RunOutcome.Reason.TIME_LIMIT, o.reason());

            List<PartitionInfo> parts = w.kernel.partitions();
            assertEquals(List.of("a", "b"), parts.stream().map(PartitionInfo::name).toList());
            assertEquals(KernelArea.PARTITIONS_BASE, parts.get(0).base());
            assertEquals(0x10000, parts.get(1).size());
            assertEquals(PartitionMode.INIT_WARM, parts.get(0).mode(), "a hanging main thread never sets NORMAL");
            assertEquals(1, parts.get(0).threads(), "only the main thread was created");
            assertEquals(0, parts.get(1).faults());

            List<ThreadInfo> threads = w.kernel.threads();
            assertEquals(2, threads.size());
            ThreadInfo running = threads.stream().filter(ThreadInfo::running).findFirst().orElseThrow();
            assertEquals(0, running.partition(), "partition a's main thread holds the CPU in slot 0");
            assertTrue(running.eip() >= Asm.ORIGIN && running.eip() < 0x800, "EIP inside a's code: " + running.eip());

            ScheduleInfo s = w.kernel.schedule();
            assertEquals(4_000_000, s.majorFrameNs());
            assertEquals(List.of(new ScheduleInfo.Slot(0, 2_000_000), new ScheduleInfo.Slot(1, 2_000_000)), s.slots());
            assertEquals(0, s.currentSlot());
            assertEquals(1, s.frameNumber());
            assertEquals(1_000_000, s.frameOffsetNs());
            assertEquals(0, w.kernel.currentPartition());
        }
    }

    @Test
    void theOperatorRestartsAndStopsAPartition() throws Exception {
        KernelCoreTest systems = new KernelCoreTest();
        systems.dir = dir;
        byte[] a = new Asm().syscall(KernelCoreTest.CONSWRITE, KernelCoreTest.PRINT).hang().elf(0x800, KernelCoreTest.data("a\n"));
        Path config = systems.system(a, "log", KernelCoreTest.hanging());
        try (KernelWorld w = new KernelWorld()) {
            assertEquals(RunOutcome.Reason.TIME_LIMIT, w.run(config, 3_000_000).reason());
            assertEquals("POK kernel initialized\na\n", w.console.toString());

            w.kernel.setMode(0, PartitionMode.INIT_COLD); // while b's slot runs: a starts anew in its next window
            assertEquals(PartitionMode.INIT_COLD, w.kernel.partitions().get(0).mode());
            assertEquals(RunOutcome.Reason.TIME_LIMIT, w.kernel.run(6_000_000).get(60, java.util.concurrent.TimeUnit.SECONDS).reason());
            assertEquals("POK kernel initialized\na\na\n", w.console.toString());

            w.kernel.setMode(0, PartitionMode.STOPPED);
            assertEquals(PartitionMode.STOPPED, w.kernel.partitions().get(0).mode());
            assertEquals("mode NORMAL cannot be set from outside the partition (use STOPPED, INIT_COLD or INIT_WARM)",
                    assertThrows(IllegalArgumentException.class, () -> w.kernel.setMode(1, PartitionMode.NORMAL)).getMessage());
            assertEquals("unknown partition id 5",
                    assertThrows(IllegalArgumentException.class, () -> w.kernel.setMode(5, PartitionMode.STOPPED)).getMessage());
        }
    }

    @Test
    void stepRunsExactlyTheAskedInstructionsAndLeavesTheSystemPaused() throws Exception {
        KernelCoreTest systems = new KernelCoreTest();
        systems.dir = dir;
        Path config = systems.system(KernelCoreTest.hanging(), "log", KernelCoreTest.hanging());
        try (KernelWorld w = new KernelWorld()) {
            w.kernel.boot(config, null);
            assertEquals(25L, w.kernel.step(25).get(60, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(25L, w.board.instructionsRetired());
            assertEquals("PAUSED", w.kernel.status().machine());
            assertEquals(RunOutcome.Reason.TIME_LIMIT, w.kernel.run(3_000_000).get(60, java.util.concurrent.TimeUnit.SECONDS).reason());
            long before = w.board.instructionsRetired();
            assertEquals(10L, w.kernel.step(10).get(60, java.util.concurrent.TimeUnit.SECONDS), "a time limit's freeze is undone");
            assertEquals(before + 10, w.board.instructionsRetired());
        }
    }
}
