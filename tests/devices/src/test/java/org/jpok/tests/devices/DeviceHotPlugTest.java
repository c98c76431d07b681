package org.jpok.tests.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.jpok.api.cpu.CpuFactory;
import org.jpok.api.machine.Machine;
import org.jpok.api.machine.MachineState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.util.tracker.ServiceTracker;

/**
 * In a real Felix with SCR: the machine picks up the device bundle's devices as a whiteboard;
 * stopping that bundle detaches their ports and starting it reattaches them, also while the
 * machine runs.
 */
@ExtendWith(BundleContextExtension.class)
class DeviceHotPlugTest {

    private static final int LSR = 0x3FD;
    private static final int PIC_MASK = 0x21;

    @InjectBundleContext
    BundleContext context;

    private ServiceRegistration<CpuFactory> cpuFactory;
    private ServiceTracker<Machine, Machine> machines;

    @BeforeEach
    void registerCpuAndFindMachine() throws Exception {
        cpuFactory = context.registerService(CpuFactory.class, bus -> new SpinningCpu(), null);
        machines = new ServiceTracker<>(context, Machine.class, null);
        machines.open();
    }

    @AfterEach
    void cleanUp() throws Exception {
        devicesBundle().start();
        machines.close();
        cpuFactory.unregister();
    }

    @Test
    void stoppingTheDevicesBundleUnplugsItsPortsAndStartingItPlugsThemBack() throws Exception {
        Machine machine = machines.waitForService(10_000);
        assertNotNull(machine, "the machine comes up once a CPU factory is there");
        waitUntilPlugged(machine);

        devicesBundle().stop();
        assertEquals(0xFF, in(machine, LSR), "UART gone");
        assertEquals(0xFF, in(machine, PIC_MASK), "PIC gone");
        long before = machine.unclaimedPortAccesses().getOrDefault(LSR, 0L);
        in(machine, LSR);
        assertEquals(before + 1, machine.unclaimedPortAccesses().get(LSR), "unclaimed accesses are counted");

        devicesBundle().start();
        waitUntilPlugged(machine);
        assertEquals(0x00, in(machine, PIC_MASK), "a fresh PIC: nothing masked");
    }

    @Test
    void devicesComeAndGoWhileTheMachineRuns() throws Exception {
        Machine machine = machines.waitForService(10_000);
        waitUntilPlugged(machine);
        machine.start();
        long t0 = machine.call(machine::instructionsRetired).get(10, TimeUnit.SECONDS);

        devicesBundle().stop();
        assertEquals(0xFF, in(machine, LSR));
        devicesBundle().start();
        waitUntilPlugged(machine);

        assertEquals(MachineState.RUNNING, machine.state());
        long t1 = machine.call(machine::instructionsRetired).get(10, TimeUnit.SECONDS);
        assertTrue(t1 > t0, "the guest kept running across the unplug and replug");
        machine.stop();
        machine.exit().get(10, TimeUnit.SECONDS);
    }

    private Bundle devicesBundle() {
        return Arrays.stream(context.getBundles())
                .filter(b -> "org.jpok.devices".equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new AssertionError("org.jpok.devices is not installed"));
    }

    private static int in(Machine machine, int port) throws Exception {
        return machine.call(() -> machine.in(port, 1)).get(10, TimeUnit.SECONDS);
    }

    /** DS registers the devices asynchronously; the UART's LSR shows THRE|TEMT once it is attached. */
    private static void waitUntilPlugged(Machine machine) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while ((in(machine, LSR) & 0x60) != 0x60) {
            assertTrue(System.nanoTime() < deadline, "the UART never attached");
            Thread.sleep(5);
        }
    }
}
