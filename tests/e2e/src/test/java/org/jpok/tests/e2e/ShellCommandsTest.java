package org.jpok.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The pok: shell commands in batch mode on the two-partitions example (2 ms and 3 ms slots in a 5 ms frame),
 * paused by a 12 ms time limit: frame 2, early in p2's slot (2 to 5 ms into the frame). Skipped where gcc cannot build
 * 32-bit code.
 */
class ShellCommandsTest extends WithGuestSystems {

    static JpokProcess.Result batch(String commands) throws Exception {
        return JpokProcess.run(JpokProcess.currentJava(), work, 120, "-c", commands);
    }

    /** Boots the SDK example in batch mode, runs the commands after it and expects a clean exit. */
    static JpokProcess.Result afterBooting(String example, String commands) throws Exception {
        JpokProcess.Result r = batch("pok:boot '" + systems.example(example) + "'; " + commands);
        assertEquals(0, r.exitStatus(), r.err());
        return r;
    }

    @Test
    void partitionsThreadsScheduleAndStatusOfAPausedSystem() throws Exception {
        JpokProcess.Result r = afterBooting("two-partitions", "pok:run 12ms; pok:partitions; pok:threads;"
                + " pok:schedule; pok:status; pok:hm");
        List<String> out = r.out().lines().toList();
        String all = r.out();

        assertTrue(out.contains("TIME_LIMIT at 12000000 ns: time limit reached"), all);
        assertTrue(all.contains("ID  NAME  MODE    BASE        SIZE   THREADS  FAULTS"), all);
        assertTrue(out.stream().anyMatch(l -> l.matches("0\\s+p1\\s+NORMAL\\s+0x[0-9a-f]{8}\\s+65536\\s+2\\s+0")), all);
        assertTrue(out.stream().anyMatch(l -> l.matches("1\\s+p2\\s+NORMAL\\s+0x[0-9a-f]{8}\\s+65536\\s+2\\s+0")), all);

        assertTrue(out.stream().anyMatch(l -> l.matches("ID\\s+PARTITION\\s+LOCAL\\s+STATE\\s+PRIO\\s+PERIOD\\s+DEADLINE\\s+EIP")), all);
        // Each worker has printed its tick and waits for its next 5 ms activation; the main threads have ended.
        assertTrue(out.stream().anyMatch(l -> l.matches("1\\s+p1\\s+1\\s+WAIT_NEXT_ACTIVATION\\s+10\\s+5ms\\s+-\\s+0x[0-9a-f]{8}")), all);
        assertTrue(out.stream().anyMatch(l -> l.matches("3\\s+p2\\s+1\\s+WAIT_NEXT_ACTIVATION\\s+10\\s+5ms\\s+-\\s+0x[0-9a-f]{8}")), all);
        assertTrue(out.stream().anyMatch(l -> l.matches("0\\s+p1\\s+0\\s+STOPPED\\s+.*")), all);

        assertTrue(out.stream().anyMatch(l -> l.startsWith("major frame 5ms, frame 2 at offset ")), all);
        assertTrue(out.stream().anyMatch(l -> l.matches("0\\s+p1\\s+0ns\\s+2ms")), all);
        assertTrue(out.stream().anyMatch(l -> l.matches("1\\s+p2\\s+2ms\\s+3ms\\s+<- now")), all);

        assertTrue(all.contains("BSP x86-qemu, machine PAUSED, virtual time 12"), all);
        assertTrue(out.stream().anyMatch(l -> l.matches("  wall time \\d{1,5} ms since boot, instructions retired [1-9]\\d*")), all);
        assertTrue(out.stream().anyMatch(l -> l.matches("  current partition p2, slot 1, major frame 2 at 2\\d{6} ns of 5000000 ns")), all);
        assertTrue(out.contains("no health-monitor events"), all);
    }

    @Test
    void badArgumentsGetOneLineNamingThem() throws Exception {
        assertEquals("jpok: nothing is booted", batch("pok:partitions").err().strip());
        Path config = systems.example("two-partitions");
        JpokProcess.Result r = batch("pok:boot '" + config + "'; pok:threads foo");
        assertEquals("jpok: unknown partition 'foo'", r.err().strip());
        r = batch("pok:boot '" + config + "'; pok:mem p1 0xZZ");
        assertEquals("jpok: bad number '0xZZ'", r.err().strip());
    }

    @Test
    void memDumpsAPartitionRegsShowTheCpuAndStepRuns() throws Exception {
        JpokProcess.Result r = afterBooting("two-partitions", "pok:run 1ms; pok:mem p1 0 32; pok:regs; pok:step 5; pok:disasm p1 0x100 4");
        List<String> out = r.out().lines().toList();
        assertTrue(out.stream().anyMatch(l -> l.matches("00000000 ( [0-9a-f]{2}){16}  \\|.{16}\\|")), r.out());
        assertTrue(out.stream().anyMatch(l -> l.matches("00000010 ( [0-9a-f]{2}){16}  \\|.{16}\\|")), r.out());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("eax=") && l.contains("ebx=")), r.out());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("eip=")), r.out());
        assertTrue(out.contains("5 instruction(s) retired"), r.out());
        // Four decoded lines from 0x100 on, each with its address, its bytes and a mnemonic.
        assertEquals(4, out.stream().filter(l -> l.matches("000001[0-9a-f]{2}:  ([0-9a-f]{2} )+\\s+[a-z.].*")).count(), r.out());
    }

    @Test
    void restartStopIrqAndHypercalls() throws Exception {
        JpokProcess.Result r = afterBooting("two-partitions", "pok:run 3ms; pok:restart p1; pok:run 5ms;"
                + " pok:partitions; pok:mode p2 stopped; pok:partitions; pok:irq 5; pok:hypercalls");
        String all = r.out();
        List<String> out = all.lines().toList();
        assertTrue(out.contains("partition p1: INIT_COLD"), all);
        // Restarted in p2's slot, p1 runs its main again in its next window and prints its first tick anew.
        assertEquals(2, out.stream().filter(l -> l.equals("p1: tick 1")).count(), all);
        assertTrue(out.contains("partition p2: STOPPED"), all);
        assertTrue(out.stream().anyMatch(l -> l.matches("1\\s+p2\\s+STOPPED\\s+.*")), all);
        assertTrue(out.contains("IRQ 5 raised"), all);
        assertTrue(out.stream().anyMatch(l -> l.matches("ID\\s+NAME\\s+BUNDLE\\s+RANKING\\s+ACTIVE\\s+CALLS\\s+ERRORS\\s+MEAN")), all);
        assertTrue(out.stream().anyMatch(l -> l.matches("10\\s+\\S+\\s+org.jpok.hypercall.console\\s+.*")), all);
    }

    @Test
    void consoleRepeatsTheOutputSoFar() throws Exception {
        JpokProcess.Result r = afterBooting("two-partitions", "pok:run 1ms; pok:console; pok:console 1");
        List<String> out = r.out().lines().toList();
        // Once as the guest printed it, once from pok:console and once as the last line for pok:console 1.
        assertEquals(3, out.stream().filter(l -> l.equals("p1: tick 1")).count(), r.out());
    }

    @Test
    void consoleOfOnePartitionAndFollowingIt() throws Exception {
        JpokProcess.Result r = afterBooting("two-partitions", "pok:run 12ms; pok:console p1; pok:console p2 1;"
                + " pok:run; pok:console -f p2");
        String all = r.out();
        // p1's lines alone, right after the run's outcome: the kernel attributes bytes to the partition on the CPU.
        assertTrue(all.contains("time limit reached\np1: tick 1\np1: tick 2\np1: tick 3\n\np2: tick 2\n"), all);
        // The follow prints p2's last lines, then the new ones until the system shuts down: each p2 line shows once
        // from the guest and once from the follow, however far the background run got before the follow began.
        for (int tick = 3; tick <= 5; tick++) {
            String line = "p2: tick " + tick;
            assertEquals(2, all.lines().filter(l -> l.equals(line)).count(), all);
        }
        assertEquals(1, all.lines().filter(l -> l.equals("p1: tick 5")).count(), all);
        assertTrue(all.lines().anyMatch(l -> l.equals("(console follow ended: the machine is EXITED)")), all);
    }

    @Test
    void vcpuShowsTheTickerUnderTheVmmBspAndSaysWhyNotUnderTheNativeOne() throws Exception {
        JpokProcess.Result r = afterBooting("paravirt-ticks", "pok:run 5ms; pok:vcpu ticker");
        assertTrue(r.out().lines().anyMatch(l -> l.matches("vCPU of ticker: virtual IF \\S+.*, \\d+ saved frame\\(s\\)")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("pending: ")), r.out());
        r = batch("pok:boot '" + systems.example("two-partitions") + "'; pok:vcpu p1");
        assertEquals("jpok: no vCPU: the active BSP is x86-qemu", r.err().strip());
    }

    @Test
    void hypercallInvokesForAPartitionAndTheTraceLogsIt() throws Exception {
        JpokProcess.Result r = afterBooting("paravirt-ticks", "pok:run 2ms;"
                + " pok:hypercall-trace on; pok:hypercall ticker 10 0 0; pok:hypercall-trace off; pok:hypercall ticker 10 0 0");
        List<String> out = r.out().lines().toList();
        assertTrue(out.contains("hypercall trace on (to stderr)"), r.out());
        assertEquals(2, out.stream().filter(l -> l.equals("hypercall 10 for ticker: OK (0)")).count(), r.out());
        // Exactly one traced call of id 10 with the arguments given: the one made while the trace was on.
        assertEquals(1, r.err().lines().filter(l -> l.matches("hypercall: ticker id 10 \\(0x00000000, 0x00000000\\) -> OK in \\d+\\w+")).count(), r.err());
        r = batch("pok:boot '" + systems.example("two-partitions") + "'; pok:hypercall p1 10");
        assertEquals("jpok: no hypercalls: the active BSP is x86-qemu", r.err().strip());
    }

    @Test
    void resetBootsTheSameSystemAgain() throws Exception {
        Path config = systems.example("two-partitions");
        JpokProcess.Result r = batch("pok:boot '" + config + "'; pok:run 3ms; pok:reset; pok:status; pok:run 3ms");
        assertEquals(0, r.exitStatus(), r.err());
        List<String> out = r.out().lines().toList();
        assertTrue(out.contains("reset: " + config + " booted again on x86-qemu"), r.out());
        assertTrue(r.out().contains("virtual time 0 ns"), r.out());
        // The first tick, printed once per boot.
        assertEquals(2, out.stream().filter(l -> l.equals("p1: tick 1")).count(), r.out());
    }
}
