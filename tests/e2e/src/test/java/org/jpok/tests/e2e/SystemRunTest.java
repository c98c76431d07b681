package org.jpok.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code java -jar jpok.jar run}: real partition ELFs built from the SDK's examples (and two systems of this
 * module) run in deterministic time on the kernel and the x86-qemu BSP. Skipped where gcc cannot build 32-bit
 * code.
 */
class SystemRunTest extends WithGuestSystems {

    static final String BANNER = "POK kernel initialized\n";

    static JpokProcess.Result run(String... args) throws Exception {
        return JpokProcess.run(JpokProcess.currentJava(), work, 120, args);
    }

    @Test
    void twoPartitionsPrintInScheduleOrderAndShutDown() throws Exception {
        Path config = systems.example("two-partitions");
        JpokProcess.Result r = run("run", config.toString());
        String expected = Files.readString(config.resolveSibling("expected-output.txt"));
        assertEquals(0, r.exitStatus(), r.err());
        assertEquals(BANNER + expected, r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "semaphores", "arinc653", "ports", "swap-demo"})
    void examplesPrintTheirExpectedOutput(String example) throws Exception {
        Path config = systems.example(example);
        JpokProcess.Result r = run("run", config.toString());
        assertEquals(0, r.exitStatus(), r.err());
        assertEquals(BANNER + Files.readString(config.resolveSibling("expected-output.txt")), r.out());
    }

    @Test
    void theSecondSlotBeginsExactlyAtTwoMilliseconds() throws Exception {
        Path config = systems.example("two-partitions");
        JpokProcess.Result before = run("run", config.toString(), "--max-time", "1999us");
        assertEquals(3, before.exitStatus(), before.err());
        assertEquals(BANNER + "p1: tick 1\n", before.out(), "p2 has not run before its slot");
        JpokProcess.Result after = run("run", config.toString(), "--max-time", "2100us");
        assertEquals(3, after.exitStatus(), after.err());
        assertEquals(BANNER + "p1: tick 1\np2: tick 1\n", after.out(), "p2 runs within 100 us of its slot start");
    }

    @Test
    void faultsGoToTheErrorHandlerWhileTheOtherPartitionKeepsPrinting() throws Exception {
        Path config = systems.example("faults");
        JpokProcess.Result r = run("run", config.toString());
        assertEquals(0, r.exitStatus(), r.err());
        assertEquals(BANNER + Files.readString(config.resolveSibling("expected-output.txt")), r.out());
        assertTrue(r.err().contains("health monitor: partition faulty thread 2 eip 0x"), r.err());
        assertTrue(r.err().contains("NUMERIC_ERROR"), r.err());
    }

    @Test
    void cliStopsTheRoguePartitionOnly() throws Exception {
        systems.borrowPartition("cli", "faults", "healthy");
        Path config = systems.resourceSystem("cli", "config.yaml", "rogue/main.c");
        JpokProcess.Result r = run("run", config.toString());
        assertEquals(0, r.exitStatus(), r.err());
        assertEquals(BANNER + "rogue: cli\nhealthy: tick 1\nhealthy: tick 2\nhealthy: tick 3\nhealthy: tick 4\n",
                r.out());
        assertTrue(r.err().contains("partition rogue") && r.err().contains("ILLEGAL_REQUEST")
                && r.err().contains("exception 13") && r.err().contains("STOPPED"), r.err());
    }

    @Test
    void theExitPortGivesTheGuestsStatus() throws Exception {
        Path config = systems.resourceSystem("exit-port", "config.yaml", "exiter/main.c");
        JpokProcess.Result r = run("run", config.toString());
        assertEquals(7, r.exitStatus(), r.err());
        assertEquals(BANNER + "exiter: status 3\n", r.out());
    }
}
