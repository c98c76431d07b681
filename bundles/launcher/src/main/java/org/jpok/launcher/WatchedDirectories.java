package org.jpok.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Makes sure {@code plugins/} and {@code config/} exist under the working directory, and asks
 * FileInstall to watch {@code config/} for ConfigAdmin {@code .cfg} files. FileInstall's own
 * framework property already names {@code plugins/}; it takes a second directory only as a
 * factory configuration, which is what this component writes.
 */
@Component(service = WatchedDirectories.class)
public class WatchedDirectories {

    static final String FILEINSTALL_FACTORY_PID = "org.apache.felix.fileinstall";

    private final Path plugins;
    private final Path config;

    @Activate
    public WatchedDirectories(@Reference ConfigurationAdmin configurationAdmin) throws IOException {
        Path home = Path.of("").toAbsolutePath();
        plugins = Files.createDirectories(home.resolve("plugins"));
        config = Files.createDirectories(home.resolve("config"));
        Configuration watcher = configurationAdmin.getFactoryConfiguration(FILEINSTALL_FACTORY_PID, "jpok-config", "?");
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("felix.fileinstall.dir", config.toString());
        properties.put("felix.fileinstall.filter", ".*\\.(cfg|config)");
        properties.put("felix.fileinstall.poll", "1000");
        properties.put("felix.fileinstall.noInitialDelay", "true");
        try {
            watcher.updateIfDifferent(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot ask FileInstall to watch " + config, e);
        }
    }

    public Path plugins() {
        return plugins;
    }

    public Path config() {
        return config;
    }
}
