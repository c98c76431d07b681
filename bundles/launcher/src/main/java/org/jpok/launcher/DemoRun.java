package org.jpok.launcher;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jpok.api.kernel.BootException;
import org.jpok.api.kernel.BuildReport;
import org.jpok.api.kernel.Kernel;
import org.jpok.api.kernel.ProjectBuilder;
import org.osgi.framework.BundleContext;

/**
 * {@code --demo DIR}: builds a POK project, boots it with real-time pacing and lets it run behind the
 * console, so its COM1 output shows up in the shell while the user types commands.
 */
final class DemoRun {

    private DemoRun() {
    }

    /** Returns once the system runs; any failure is one line on {@code err}, and the console opens anyway. */
    static void start(BundleContext context, String project, PrintStream out, PrintStream err) throws InterruptedException {
        Path dir = Path.of(project);
        Path config = Files.isDirectory(dir) ? dir.resolve("config.yaml") : dir;
        try {
            Pacing.realtime(context);
            BuildReport built = Services.await(context, ProjectBuilder.class).build(config);
            built.partitions().stream().filter(p -> !p.ok()).forEach(p -> err.println(p.error().get()));
            if (!built.ok()) {
                err.println("jpok: --demo: " + config + " did not build; the console opens without it");
                return;
            }
            Kernel kernel = Services.await(context, Kernel.class);
            kernel.boot(config, null);
            kernel.run(0).whenComplete((outcome, failure) -> out.println(failure != null
                    ? "jpok: demo stopped: " + BatchSession.oneLine(failure)
                    : "jpok: demo ended (" + outcome.reason().name().toLowerCase() + " at " + outcome.virtualNanos() + " ns)"));
        } catch (BootException | RuntimeException e) {
            err.println("jpok: --demo: " + BatchSession.oneLine(e));
        } catch (Exception e) {
            err.println("jpok: --demo: real-time pacing: " + BatchSession.oneLine(e));
        }
    }
}
