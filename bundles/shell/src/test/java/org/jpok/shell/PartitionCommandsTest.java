package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jpok.api.kernel.KernelControl;
import org.jpok.api.kernel.KernelInspector;
import org.jpok.api.kernel.PartitionInfo;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.ScheduleInfo;
import org.jpok.api.kernel.ThreadInfo;
import org.jpok.api.kernel.ThreadState;
import org.junit.jupiter.api.Test;

class PartitionCommandsTest {

    /** Two partitions, three threads, a 50 ms frame of two 20 ms slots and an idle gap, now in slot 1. */
    static final KernelInspector FAKE = new KernelInspector() {
        @Override
        public List<PartitionInfo> partitions() {
            return List.of(new PartitionInfo(0, "alpha", PartitionMode.NORMAL, 0x100000, 65536, 2, 0),
                    new PartitionInfo(1, "beta", PartitionMode.INIT_COLD, 0x110000, 65536, 1, 3));
        }

        @Override
        public List<ThreadInfo> threads() {
            return List.of(new ThreadInfo(0, 0, 0, ThreadState.RUNNABLE, 1, -1, -1, 0x1000, false),
                    new ThreadInfo(1, 0, 1, ThreadState.WAIT_NEXT_ACTIVATION, 5, 20_000_000, 10_000_000, 0x1234, false),
                    new ThreadInfo(3, 1, 0, ThreadState.RUNNABLE, 1, -1, -1, 0x2000, true));
        }

        @Override
        public ScheduleInfo schedule() {
            return new ScheduleInfo(50_000_000, List.of(new ScheduleInfo.Slot(0, 20_000_000),
                    new ScheduleInfo.Slot(1, 20_000_000)), 1, 25_000_000, 4);
        }

        @Override
        public int currentPartition() {
            return 1;
        }

        @Override
        public ConsoleText console(int partition, long from) {
            return new ConsoleText(new byte[0], 0);
        }
    };

    private final List<String> modeCalls = new java.util.ArrayList<>();
    private final PartitionCommands commands = new PartitionCommands(FAKE, new KernelControl() {
        @Override
        public void setMode(int partition, PartitionMode mode) {
            modeCalls.add(partition + " " + mode);
        }

        @Override
        public java.util.concurrent.CompletableFuture<Long> step(long count) {
            throw new UnsupportedOperationException();
        }
    });

    @Test
    void modeAndRestartNameThePartitionAndTheMode() {
        assertEquals("partition beta: STOPPED", commands.mode("beta", "stopped"));
        assertEquals("partition alpha: INIT_WARM", commands.mode("0", "init-warm"));
        assertEquals("partition beta: INIT_COLD", commands.restart("beta"));
        assertEquals(List.of("1 STOPPED", "0 INIT_WARM", "1 INIT_COLD"), modeCalls);
        assertEquals("unknown mode 'sleepy' (use STOPPED, INIT_COLD or INIT_WARM)",
                assertThrows(IllegalArgumentException.class, () -> commands.mode("beta", "sleepy")).getMessage());
        assertEquals("unknown partition 'x'",
                assertThrows(IllegalArgumentException.class, () -> commands.restart("x")).getMessage());
    }

    @Test
    void partitionsListsEveryPartitionInATable() {
        List<String> lines = commands.partitions().lines().toList();
        assertEquals("ID  NAME   MODE       BASE        SIZE   THREADS  FAULTS", lines.get(0));
        assertEquals("1   beta   INIT_COLD  0x00110000  65536  1        3", lines.get(2));
        assertEquals(3, lines.size());
    }

    @Test
    void threadsShowsTimesStateAndTheRunningOne() {
        List<String> lines = commands.threads().lines().toList();
        assertEquals(4, lines.size());
        assertTrue(lines.get(2).matches("1\\s+alpha\\s+1\\s+WAIT_NEXT_ACTIVATION\\s+5\\s+20ms\\s+10ms\\s+0x00001234"), lines.get(2));
        assertTrue(lines.get(3).endsWith("<- running"), lines.get(3));
    }

    @Test
    void threadsOfOnePartitionByNameOrId() {
        assertEquals(3, commands.threads("alpha").lines().count());
        assertEquals(2, commands.threads("1").lines().count());
        assertEquals("unknown partition 'gamma'",
                assertThrows(IllegalArgumentException.class, () -> commands.threads("gamma")).getMessage());
    }

    @Test
    void scheduleMarksTheCurrentSlotAndShowsTheIdleGap() {
        List<String> lines = commands.schedule().lines().toList();
        assertEquals("major frame 50ms, frame 4 at offset 25ms", lines.get(0));
        assertTrue(lines.get(3).matches("1\\s+beta\\s+20ms\\s+20ms\\s+<- now"), lines.get(3));
        assertTrue(lines.get(4).matches("-\\s+\\(idle\\)\\s+40ms\\s+10ms"), lines.get(4));
    }
}
