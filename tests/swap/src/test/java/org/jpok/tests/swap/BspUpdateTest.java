package org.jpok.tests.swap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;

import org.jpok.api.bsp.Bsp;
import org.jpok.api.kernel.BspControl.SwapReport;
import org.jpok.api.kernel.KernelStatus;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleRevision;

/**
 * {@code Bundle.update()} of the vmm BSP under a booted, running system: the system moves to the new revision's BSP
 * service and the partitions go on; a vCPU registration (the vticks partition's handler for IRQ 0) survives the
 * vmm to vmm update, since the new BSP can honour it.
 */
class BspUpdateTest extends BootedSystem {

    static final String VMM = "x86-qemu-vmm";

    private long vmmService() {
        try {
            Collection<ServiceReference<Bsp>> refs = context.getServiceReferences(Bsp.class,
                    "(" + Bsp.NAME_PROPERTY + "=" + VMM + ")");
            return refs.isEmpty() ? -1 : (Long) refs.iterator().next().getProperty(Constants.SERVICE_ID);
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** The upcall count vticks printed last, 0 before its first report. */
    private int upcalls() {
        String last = console.last("vticks: ");
        return last.endsWith(" upcalls") ? Integer.parseInt(last.split(" ")[1]) : 0;
    }

    private boolean runningOnVmm() {
        KernelStatus s = kernel.status();
        return VMM.equals(s.bsp()) && "RUNNING".equals(s.machine());
    }

    @Test
    void updatingTheVmmBspUnderARunningSystemKeepsVcpuRegistrationsAndThePartitionsGoOn() throws Exception {
        boot(guests.own("busy"));
        Bundle vmm = bundle("org.jpok.bsp.x86qemu.vmm");
        long service = vmmService();
        BundleRevision revision = vmm.adapt(BundleRevision.class);
        kernel.run(0);
        Await.until(() -> upcalls() >= 60, WAIT_S, console::text);
        assertEquals("vticks: registered 0", console.lines("vticks: ").get(0));

        vmm.update();
        Await.until(() -> vmmService() > 0 && runningOnVmm(), WAIT_S, () -> kernel.status().toString());
        assertNotEquals(service, vmmService(), "the update registered a new BSP service");
        assertNotSame(revision, vmm.adapt(BundleRevision.class), "a new bundle revision");
        int atUpdate = upcalls();
        int stormAtUpdate = console.lines("storm: ").size();
        Await.until(() -> upcalls() >= atUpdate + 60, WAIT_S, () -> "vticks gets upcalls after the update: "
                + bsps.lastSwap() + "\n" + console.text());
        Await.until(() -> console.lines("storm: ").size() > stormAtUpdate + 2, WAIT_S, console::text);
        kernel.pause();

        SwapReport last = bsps.lastSwap();
        assertEquals(VMM, last.to(), last.toString());
        assertEquals(VMM, last.from(), "frozen through the update, never on x86-qemu in between: " + last);
        List<String> lost = last.dropped().stream().filter(d -> d.contains("vCPU handler")).toList();
        assertEquals(List.of(), lost, "the new vmm BSP honours the registration: " + last);
        assertEquals(1, console.lines("vticks: registered").size(), "vticks did not restart");
        // A freeze inside vticks' upcall handler drops its saved frame (not carried over): the guest then says so.
        assertTrue(console.lines("vticks: upcall frame lost").size() <= 1, console.text());
        assertEquals(1, console.lines("storm: start").size(), "storm did not restart: " + kernel.healthEvents());
        assertTrue(kernel.healthEvents().isEmpty(), kernel.healthEvents().toString());
    }
}
