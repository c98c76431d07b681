package org.jpok.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The start-up wait for {@code config/}: FileInstall makes each file there a ConfigAdmin configuration on a thread
 * of its own, and the launcher starts jpok's system bundles only afterwards, so that their components come up with
 * the user's settings rather than being reconfigured while a system boots.
 */
final class AppliedConfigFiles {

    static final long WAIT_MILLIS = 10_000;
    /** The files FileInstall takes from {@code config/} (the filter {@link WatchedDirectories} gives it). */
    static final String FILTER = ".*\\.(cfg|config)";
    /** The property by which FileInstall marks a configuration with the file it came from (a file: URI). */
    static final String FILENAME = "felix.fileinstall.filename";
    private static final long POLL_MILLIS = 10;

    private AppliedConfigFiles() {
    }

    /** The files of {@code dir} that FileInstall applies, in name order; none if it cannot be read. */
    static List<Path> in(Path dir) {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(f -> f.getFileName().toString().matches(FILTER) && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Waits until each of {@code files} is a configuration, or FileInstall has reported a problem with it, or
     * {@code waitMillis} have passed. Returns one line per file not applied, naming it (relative to {@code home})
     * and why; empty when all are.
     */
    static List<String> await(List<Path> files, ConfigurationAdmin admin, Function<Path, Optional<String>> problem,
            Path home, long waitMillis) throws InterruptedException {
        long deadline = System.nanoTime() + waitMillis * 1_000_000;
        List<Path> pending = new ArrayList<>(files);
        List<String> lines = new ArrayList<>();
        while (true) {
            Set<Path> applied = applied(admin);
            for (Path file : List.copyOf(pending)) {
                Optional<String> why = problem.apply(file);
                if (applied.contains(file.toAbsolutePath())) {
                    pending.remove(file);
                } else if (why.isPresent()) {
                    pending.remove(file);
                    lines.add(home.relativize(file.toAbsolutePath()) + ": cannot be applied: " + why.get());
                }
            }
            if (pending.isEmpty()) {
                return lines;
            }
            if (System.nanoTime() > deadline) {
                for (Path file : pending) {
                    lines.add(home.relativize(file.toAbsolutePath()) + ": not applied by FileInstall within "
                            + (waitMillis % 1000 == 0 ? waitMillis / 1000 + " s" : waitMillis + " ms"));
                }
                return lines;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** The files that the configurations now in ConfigAdmin came from. */
    private static Set<Path> applied(ConfigurationAdmin admin) {
        Set<Path> files = new HashSet<>();
        try {
            Configuration[] all = admin.listConfigurations("(" + FILENAME + "=*)");
            for (Configuration c : all == null ? new Configuration[0] : all) {
                Object name = c.getProperties() == null ? null : c.getProperties().get(FILENAME);
                if (name == null) {
                    continue;
                }
                try {
                    files.add(Path.of(URI.create(name.toString())).toAbsolutePath());
                } catch (RuntimeException notAFileUri) {
                    // not one of FileInstall's names: not a file of config/ either
                }
            }
        } catch (IOException | InvalidSyntaxException | IllegalStateException e) {
            // not readable at this moment (e.g. a configuration being deleted): asked again on the next round
        }
        return files;
    }
}
