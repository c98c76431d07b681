package org.jpok.tests.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.jpok.api.bsp.Bsp;
import org.jpok.api.kernel.Kernel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/** The jpok runtime in a real framework: bundles resolve and start, and the pok commands are wired into Gogo. */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class RuntimeTest {

    static final List<String> JPOK_BUNDLES = List.of("org.jpok.api", "org.jpok.cpu", "org.jpok.machine", "org.jpok.devices", "org.jpok.shell",
            "org.jpok.kernel", "org.jpok.bsp.x86qemu");

    @InjectBundleContext
    BundleContext context;

    @Test
    void everyJpokBundleIsActive() {
        for (String symbolicName : JPOK_BUNDLES) {
            Bundle bundle = Arrays.stream(context.getBundles())
                    .filter(b -> symbolicName.equals(b.getSymbolicName()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
            assertEquals(Bundle.ACTIVE, bundle.getState(), symbolicName + " is not ACTIVE");
        }
    }

    @Test
    void noBundleIsLeftUnresolved() {
        String unresolved = Arrays.stream(context.getBundles())
                .filter(b -> b.getState() == Bundle.INSTALLED)
                .map(Bundle::getSymbolicName)
                .collect(Collectors.joining(", "));
        assertEquals("", unresolved, "bundles that did not resolve");
    }

    @Test
    void versionIsAGogoCommandInScopePok() throws Exception {
        ServiceReference<?>[] commands = context.getServiceReferences((String) null,
                "(&(osgi.command.scope=pok)(osgi.command.function=version))");
        assertTrue(commands != null && commands.length == 1, "exactly one pok:version command");
    }

    @Test
    void versionRunsThroughTheCommandProcessor(@InjectService CommandProcessor processor) throws Exception {
        try (CommandSession session = processor.createSession(System.in, System.out, System.err)) {
            Object result = session.execute("pok:version");
            assertTrue(String.valueOf(result).startsWith("jpok 0.1.0"), "unexpected: " + result);
        }
    }

    @Test
    void theKernelServiceRunsWithTheX86QemuBsp(@InjectService Kernel kernel) throws Exception {
        assertEquals("READY", kernel.status().machine());
        ServiceReference<?>[] bsps = context.getServiceReferences(Bsp.class.getName(), "(bsp.name=x86-qemu)");
        assertTrue(bsps != null && bsps.length == 1, "one x86-qemu BSP service");
        for (String f : List.of("boot", "run", "pause", "status")) {
            ServiceReference<?>[] c = context.getServiceReferences((String) null,
                    "(&(osgi.command.scope=pok)(osgi.command.function=" + f + "))");
            assertTrue(c != null && c.length == 1, "pok:" + f + " is a command");
        }
    }

    @Test
    void bootRefusesABadConfigWithOneLine(@InjectService CommandProcessor processor) throws Exception {
        try (CommandSession session = processor.createSession(System.in, System.out, System.err)) {
            Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                    () -> session.execute("pok:boot /nonexistent/config.yaml"));
            assertTrue(e.getMessage().contains("/nonexistent/config.yaml") && !e.getMessage().contains("\n"),
                    e.getMessage());
        }
    }
}
