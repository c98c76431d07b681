package org.jpok.tests.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/** {@code pok:bsp} in the real framework: it follows BSP bundles going and coming, and refuses a swap before boot. */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class BspCommandTest {

    @InjectBundleContext
    BundleContext context;

    @Test
    void listsTheBspServicesAsTheirBundlesStopAndStart(@InjectService CommandProcessor processor) throws Exception {
        Bundle vmm = Arrays.stream(context.getBundles())
                .filter(b -> "org.jpok.bsp.x86qemu.vmm".equals(b.getSymbolicName())).findFirst().orElseThrow();
        try (CommandSession session = processor.createSession(System.in, System.out, System.err)) {
            String both = String.valueOf(session.execute("pok:bsp"));
            assertTrue(both.lines().anyMatch(l -> l.matches("x86-qemu-vmm\\s+" + vmm.getBundleId() + "\\s+0\\s*")), both);
            assertTrue(both.contains("no swap since boot"), both);
            vmm.stop();
            try {
                String one = String.valueOf(session.execute("pok:bsp"));
                assertFalse(one.contains("x86-qemu-vmm"), one);
                assertTrue(one.lines().anyMatch(l -> l.startsWith("x86-qemu ")), one);
            } finally {
                vmm.start();
            }
            assertTrue(String.valueOf(session.execute("pok:bsp")).contains("x86-qemu-vmm"));
            Exception e = assertThrows(Exception.class, () -> session.execute("pok:bsp x86-qemu"));
            assertEquals("nothing is booted", e.getMessage());
        }
    }
}
