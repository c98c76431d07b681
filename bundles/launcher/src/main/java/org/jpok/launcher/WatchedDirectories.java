package org.jpok.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Makes sure {@code plugins/} and {@code config/} exist under the working directory, and asks
 * FileInstall to watch {@code config/} for ConfigAdmin {@code .cfg} files. FileInstall's own
 * framework property already names {@code plugins/}; it takes a second directory only as a
 * factory configuration, which is what this component writes.
 *
 * <p>{@code config/} is the user's: jpok never writes into it. FileInstall would, by default: it saves every
 * configuration change back into the file the configuration came from (truncating it first, so its own watcher
 * could read it empty and then empty the file for good) and deletes that file with the configuration. Only the
 * framework property {@code felix.fileinstall.enableConfigSave=false} (in jpok.bndrun) turns that off; the
 * same key in this factory configuration is ignored.
 */
@Component(service = WatchedDirectories.class)
public class WatchedDirectories {

    static final String FILEINSTALL_FACTORY_PID = "org.apache.felix.fileinstall";

    private final Path home;
    private final Path plugins;
    private final Path config;
    private final ConfigurationAdmin configurationAdmin;
    private final FileInstallMessages messages;
    /** The files in config/ at start, which the launcher waits for before it starts the system bundles. */
    private final List<Path> startFiles;

    @Activate
    public WatchedDirectories(@Reference ConfigurationAdmin configurationAdmin) throws IOException {
        this.configurationAdmin = configurationAdmin;
        home = Path.of("").toAbsolutePath();
        plugins = Files.createDirectories(home.resolve("plugins"));
        config = Files.createDirectories(home.resolve("config"));
        startFiles = AppliedConfigFiles.in(config);
        messages = new FileInstallMessages(home, MainThread.STDERR);
        // FileInstall may read them as soon as it starts: what it says about them is for the start-up wait to report.
        messages.hold(Set.copyOf(startFiles));
        messages.attach();
        Configuration watcher = configurationAdmin.getFactoryConfiguration(FILEINSTALL_FACTORY_PID, "jpok-config", "?");
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("felix.fileinstall.dir", config.toString());
        properties.put("felix.fileinstall.filter", AppliedConfigFiles.FILTER);
        properties.put("felix.fileinstall.poll", "1000");
        properties.put("felix.fileinstall.noInitialDelay", "true");
        try {
            watcher.updateIfDifferent(properties);
        } catch (IOException e) {
            messages.detach();
            throw new UncheckedIOException("cannot ask FileInstall to watch " + config, e);
        }
    }

    @Deactivate
    void deactivate() {
        messages.detach();
    }

    /**
     * Waits (at most {@value AppliedConfigFiles#WAIT_MILLIS} ms) until FileInstall, started, has made every file
     * that was in {@code config/} at start a configuration. Returns one line for each file it has not, naming the
     * file and why. From then on, FileInstall's messages about those files are printed as they come.
     */
    public List<String> awaitConfigApplied() throws InterruptedException {
        try {
            return AppliedConfigFiles.await(startFiles, configurationAdmin, messages::problemWith, home, AppliedConfigFiles.WAIT_MILLIS);
        } finally {
            messages.release();
        }
    }

    public Path plugins() {
        return plugins;
    }

    public Path config() {
        return config;
    }
}
