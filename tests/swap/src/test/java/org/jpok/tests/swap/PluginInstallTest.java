package org.jpok.tests.swap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jpok.api.hypercall.HypercallStatistics;
import org.jpok.api.kernel.RunOutcome;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.test.common.annotation.InjectService;

/**
 * The third-party plugin of examples/hypercall-plugin (hypercalls 64/65, "random") dropped into the folder that
 * Felix FileInstall watches (felix.fileinstall.dir), then called by a guest partition; removing the jar uninstalls
 * it again.
 */
class PluginInstallTest extends BootedSystem {

    static final String PLUGIN = "org.jpok.example.random";
    static final Pattern ROW = Pattern.compile("draw: seed (\\d+) -> (\\d+), next -> (\\d+) (\\d+) (\\d+): (.*)");

    @InjectService(timeout = 10_000)
    HypercallStatistics statistics;

    private boolean installed() {
        return Arrays.stream(context.getBundles())
                .anyMatch(b -> PLUGIN.equals(b.getSymbolicName()) && b.getState() == Bundle.ACTIVE);
    }

    private boolean serves(int id) {
        return statistics.snapshot().stream().anyMatch(s -> s.id() == id && s.active() && s.bundle().equals(PLUGIN));
    }

    private Path pluginJar() throws Exception {
        Path jars = Paths.get(context.getProperty("jpok.test.plugin.jars"));
        try (DirectoryStream<Path> d = Files.newDirectoryStream(jars, PLUGIN + "*.jar")) {
            for (Path p : d) {
                return p;
            }
        }
        throw new AssertionError("no " + PLUGIN + " jar in " + jars);
    }

    @Test
    void aPluginDroppedIntoThePluginsFolderServesAGuest() throws Exception {
        Path plugins = Paths.get(context.getProperty("felix.fileinstall.dir"));
        Files.createDirectories(plugins);
        Path jar = pluginJar();
        Path dropped = plugins.resolve(jar.getFileName());
        assertTrue(!installed() && !serves(65), "the plugin is not there before the drop");
        Files.copy(jar, dropped);
        try {
            Await.until(() -> installed() && serves(64) && serves(65), 20, () -> "FileInstall installs " + dropped
                    + ": " + statistics.snapshot());

            RunOutcome o = bootAndRun(guests.own("random"), 0);
            assertEquals(RunOutcome.Reason.SHUTDOWN, o.reason(), o + "\n" + console.text());
            List<String> rows = console.lines("draw: ");
            assertEquals(3, rows.size(), console.text());
            String[] numbers = new String[3];
            for (int i = 0; i < 3; i++) {
                Matcher m = ROW.matcher(rows.get(i));
                assertTrue(m.matches(), rows.get(i));
                for (int g = 2; g <= 5; g++) {
                    assertEquals("0", m.group(g), "every call OK: " + rows.get(i));
                }
                numbers[i] = m.group(6);
                String[] three = numbers[i].split(" ");
                assertTrue(!three[0].equals(three[1]) && !three[1].equals(three[2]), rows.get(i));
            }
            assertEquals(numbers[0], numbers[1], "the same seed gives the same numbers");
            assertNotEquals(numbers[0], numbers[2], "another seed other numbers");
            assertTrue(kernel.healthEvents().isEmpty(), kernel.healthEvents().toString());
        } finally {
            Files.deleteIfExists(dropped);
        }
        Await.until(() -> !installed() && !serves(65), 20, () -> "FileInstall uninstalls " + dropped);
    }
}
