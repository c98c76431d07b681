package org.jpok.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The paravirt-ticks example on both PC BSPs: under x86-qemu-vmm the PIT's IRQ 0 reaches the ticker partition
 * as vCPU upcalls; under x86-qemu the same binary's {@code int $45} is a #GP for the health monitor, and the
 * neighbour partition runs to its shutdown. paravirt-guest-os switches two guest tasks from its virtual timer.
 */
class ParavirtTest extends WithGuestSystems {

    static JpokProcess.Result run(String... args) throws Exception {
        return JpokProcess.run(JpokProcess.currentJava(), work, 120, args);
    }

    @Test
    void virtualTicksArePrintedUnderTheVmmBsp() throws Exception {
        Path config = systems.example("paravirt-ticks");
        JpokProcess.Result r = run("run", config.toString(), "--bsp", "x86-qemu-vmm");
        assertEquals(0, r.exitStatus(), r.err());
        assertEquals(SystemRunTest.BANNER + Files.readString(config.resolveSibling("expected-output.txt")), r.out());
        assertTrue(r.out().contains("Clock gettick: 1\n"), r.out());
        assertFalse(r.err().contains("health monitor"), r.err());
    }

    @Test
    void theSameBinaryFailsCleanlyUnderTheNativeBsp() throws Exception {
        Path config = systems.example("paravirt-ticks");
        JpokProcess.Result r = run("run", config.toString(), "--bsp", "x86-qemu");
        assertEquals(0, r.exitStatus(), r.err());
        assertTrue(r.err().contains("health monitor: partition ticker"), r.err());
        assertTrue(r.err().contains("ILLEGAL_REQUEST (exception 13"), r.err());
        assertFalse(r.out().contains("Clock gettick"), r.out());
        for (int tick = 1; tick <= 3; tick++) {
            assertTrue(r.out().contains("neighbour: tick " + tick + "\n"), r.out());
        }
    }

    @Test
    void aGuestOsSwitchesTwoTasksOnVirtualTimerInterrupts() throws Exception {
        Path config = systems.example("paravirt-guest-os");
        JpokProcess.Result r = run("run", config.toString());
        assertEquals(0, r.exitStatus(), r.err());
        assertEquals(SystemRunTest.BANNER + Files.readString(config.resolveSibling("expected-output.txt")), r.out());
        assertTrue(r.out().contains("task A: step 1, shared 1\ntask B: step 1, shared 2\n"), "tasks interleave");
    }

    @Test
    void theGuestOsIsStoppedByTheHealthMonitorUnderTheNativeBsp() throws Exception {
        Path config = systems.example("paravirt-guest-os");
        JpokProcess.Result r = run("run", config.toString(), "--bsp", "x86-qemu", "--max-time", "50ms");
        assertEquals(3, r.exitStatus(), r.err());
        assertEquals(SystemRunTest.BANNER, r.out());
        assertTrue(r.err().contains("health monitor: partition guestos"), r.err());
        assertTrue(r.err().contains("ILLEGAL_REQUEST (exception 13"), r.err());
    }
}
