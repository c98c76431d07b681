package org.jpok.tests.swap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.jpok.api.kernel.RunOutcome;
import org.jpok.api.machine.MachineState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The devices bundle (PIC, PIT, UART, power-off) stopped and started under a booted system that runs real guests:
 * the machine and its one vCPU thread live through it, and the next boot runs exactly as before.
 */
class DevicesRestartTest extends BootedSystem {

    @AfterEach
    void devicesBack() throws Exception {
        bundle("org.jpok.devices").start();
    }

    private static long vcpuThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("jpok-vcpu")).count();
    }

    @Test
    void stoppingAndStartingTheDevicesUnderARunningSystemLeavesTheMachineUsable() throws Exception {
        Path config = guests.own("busy");
        RunOutcome before = bootAndRun(config, 30_000_000);
        String reference = console.text();
        long threads = vcpuThreads();

        boot(config);
        kernel.run(0);
        Await.until(() -> console.lines("vticks: ").size() >= 2, WAIT_S, console::text);
        Bundle devices = bundle("org.jpok.devices");
        devices.stop();
        long stoppedAt = machine.virtualNanos();
        Await.until(() -> machine.virtualNanos() > stoppedAt + 5_000_000, WAIT_S, () -> "the guests run on without"
                + " devices: " + machine.state());
        devices.start();
        Await.until(() -> machine.virtualNanos() > stoppedAt + 10_000_000, WAIT_S, machine.state()::toString);
        assertNotEquals(MachineState.EXITED, machine.state(), () -> String.valueOf(machine.exit().getNow(null)));

        RunOutcome after = bootAndRun(config, 30_000_000);
        assertEquals(before, after);
        assertEquals(reference, console.text(), "the devices came back whole: the same boot prints the same");
        assertTrue(reference.contains("vticks: 20 upcalls"), reference);
        assertEquals(threads, vcpuThreads(), "no vCPU thread leaked or lost");
        assertEquals(1, threads);
    }
}
