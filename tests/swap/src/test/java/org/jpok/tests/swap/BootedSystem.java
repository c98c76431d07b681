package org.jpok.tests.swap;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jpok.api.device.ConsoleSink;
import org.jpok.api.kernel.BspControl;
import org.jpok.api.kernel.Kernel;
import org.jpok.api.kernel.ProjectBuilder;
import org.jpok.api.kernel.RunOutcome;
import org.jpok.api.machine.Machine;
import org.jpok.api.machine.MachineState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * What every test here shares: the kernel's services in the real framework, guests built with gcc (the tests
 * are skipped without a 32-bit gcc), COM1 collected per test, and a clean end: the machine is stopped, so no guest
 * keeps running into the next test.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
abstract class BootedSystem {

    static final int WAIT_S = 20;

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 10_000)
    Kernel kernel;
    @InjectService(timeout = 10_000)
    BspControl bsps;
    @InjectService(timeout = 10_000)
    Machine machine;
    @InjectService(timeout = 10_000)
    ProjectBuilder builder;

    @TempDir
    Path work;
    Guests guests;
    Console console;

    @BeforeEach
    void setUpGuests() {
        Optional<String> why = Guests.unusable(work.resolve("probe"));
        Assumptions.assumeTrue(why.isEmpty(), () -> "cannot build guests: " + why.orElse(""));
        guests = new Guests(builder, work);
    }

    /** Boots {@code config} on its configured BSP with a fresh console. */
    void boot(Path config) throws Exception {
        kernel.boot(config, null);
        console = new Console();
        machine.setConsoleSink(console);
    }

    /** Boots {@code config} and runs it to the end or to {@code maxVirtualNanos} (0 = no limit). */
    RunOutcome bootAndRun(Path config, long maxVirtualNanos) throws Exception {
        boot(config);
        return kernel.run(maxVirtualNanos).get(WAIT_S * 3, TimeUnit.SECONDS);
    }

    @AfterEach
    void stopTheMachine() throws Exception {
        if (machine.state() != MachineState.EXITED && machine.state() != MachineState.READY) {
            machine.stop();
            machine.exit().get();
        }
        machine.setConsoleSink(ConsoleSink.DISCARD);
    }

    Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }
}
