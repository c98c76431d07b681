package org.jpok.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jpok.launcher.ConfigFileCheck.Finding;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.cm.ConfigurationPlugin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The check of the files FileInstall applies ({@code config/}) against the settings jpok's components declare
 * ({@link SettingDefinitions}, {@link ConfigFileCheck}). The launcher checks them all once before the system
 * bundles start ({@link #checkFiles()}); from then on ({@link #followEdits}) each change of such a file is checked
 * as ConfigAdmin reports it, and its new findings are printed as lines on standard error.
 *
 * <p>As a {@link ConfigurationPlugin}, it also leaves a bad value out of what a component receives, so that a
 * running system (or the shell's next boot) goes on with that setting's default, as the printed line says,
 * instead of a component failing to start on it.
 */
@Component(service = { ConfigChecks.class, ConfigurationListener.class, ConfigurationPlugin.class })
public class ConfigChecks implements ConfigurationListener, ConfigurationPlugin {

    private final BundleContext context;
    private final ConfigurationAdmin admin;
    private final ServiceComponentRuntime components;
    private final Path home = Path.of("").toAbsolutePath();
    private final BundleListener bundles = event -> {
        if (event.getType() == BundleEvent.INSTALLED || event.getType() == BundleEvent.UNINSTALLED
                || event.getType() == BundleEvent.UPDATED) {
            forgetDefinitions();
        }
    };
    /** The lines printed so far per PID, so that ConfigAdmin's repeated events do not repeat a line. */
    private final Map<String, List<String>> printed = new ConcurrentHashMap<>();
    private volatile SettingDefinitions definitions;
    private volatile PrintStream err;

    @Activate
    public ConfigChecks(BundleContext context, @Reference ConfigurationAdmin admin,
            @Reference ServiceComponentRuntime components) {
        this.context = context;
        this.admin = admin;
        this.components = components;
        context.addBundleListener(bundles);
    }

    @Deactivate
    void deactivate() {
        err = null;
        context.removeBundleListener(bundles);
    }

    private void forgetDefinitions() {
        definitions = null;
    }

    private SettingDefinitions definitions() {
        SettingDefinitions known = definitions;
        if (known == null) {
            known = SettingDefinitions.of(context.getBundles());
            definitions = known;
        }
        return known;
    }

    /** The findings about every configuration that came from a file, by file name. */
    public List<Finding> checkFiles() {
        List<Finding> all = new ArrayList<>();
        try {
            Configuration[] configurations = admin.listConfigurations("(" + AppliedConfigFiles.FILENAME + "=*)");
            List<Configuration> sorted = new ArrayList<>(configurations == null ? List.of() : List.of(configurations));
            sorted.sort((a, b) -> String.valueOf(fileOf(a.getProperties())).compareTo(String.valueOf(fileOf(b.getProperties()))));
            for (Configuration c : sorted) {
                all.addAll(check(c.getFactoryPid() != null ? c.getFactoryPid() : c.getPid(), c.getProperties()));
            }
        } catch (IOException | org.osgi.framework.InvalidSyntaxException | IllegalStateException e) {
            // ConfigAdmin going away: nothing to check
        }
        return all;
    }

    /** From now on, prints each new finding about a changed file on {@code err}; {@code shown} are printed already. */
    public void followEdits(List<Finding> shown, PrintStream err) {
        for (Finding f : shown) {
            printed.computeIfAbsent(f.file(), k -> Collections.synchronizedList(new ArrayList<>())).add(f.ignoredLine());
        }
        this.err = err;
    }

    private List<Finding> check(String pid, Dictionary<String, Object> properties) {
        String file = fileOf(properties);
        if (file == null) {
            return List.of();
        }
        Map<String, Object> map = new HashMap<>();
        for (String key : Collections.list(properties.keys())) {
            map.put(key, properties.get(key));
        }
        return ConfigFileCheck.check(file, pid, map, definitions());
    }

    /** The file a configuration came from, relative to the working directory when under it; null for none. */
    private String fileOf(Dictionary<String, Object> properties) {
        Object name = properties == null ? null : properties.get(AppliedConfigFiles.FILENAME);
        if (name == null) {
            return null;
        }
        try {
            Path file = Path.of(URI.create(name.toString())).toAbsolutePath();
            return (file.startsWith(home) ? home.relativize(file) : file).toString();
        } catch (RuntimeException notAFileUri) {
            return name.toString();
        }
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        PrintStream out = err;
        if (out == null || event.getType() != ConfigurationEvent.CM_UPDATED) {
            return;
        }
        try {
            Configuration[] found = admin.listConfigurations("(" + Constants.SERVICE_PID + "=" + escaped(event.getPid()) + ")");
            if (found == null || found.length == 0) {
                return;
            }
            Configuration c = found[0];
            List<Finding> findings = check(c.getFactoryPid() != null ? c.getFactoryPid() : c.getPid(), c.getProperties());
            if (findings.isEmpty()) {
                String file = fileOf(c.getProperties());
                if (file != null) {
                    printed.remove(file);
                }
                return;
            }
            List<String> lines = findings.stream().map(Finding::ignoredLine).toList();
            List<String> before = printed.put(findings.get(0).file(), Collections.synchronizedList(new ArrayList<>(lines)));
            for (String line : lines) {
                if (before == null || !before.contains(line)) {
                    out.println("jpok: " + line);
                }
            }
        } catch (IOException | org.osgi.framework.InvalidSyntaxException | IllegalStateException e) {
            // the configuration went away meanwhile: nothing to say about it
        }
    }

    /**
     * One line for each component that took a configuration from a file and failed to start with it: a value its
     * type allows but the component itself rejects (such as an {@code epoch} that is no ISO-8601 instant).
     */
    public List<String> failedComponents() {
        Map<String, String> files = new HashMap<>();
        try {
            Configuration[] configurations = admin.listConfigurations("(" + AppliedConfigFiles.FILENAME + "=*)");
            for (Configuration c : configurations == null ? new Configuration[0] : configurations) {
                String file = fileOf(c.getProperties());
                if (file != null) {
                    files.put(c.getFactoryPid() != null ? c.getFactoryPid() : c.getPid(), file);
                }
            }
        } catch (IOException | org.osgi.framework.InvalidSyntaxException | IllegalStateException e) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (ComponentDescriptionDTO component : components.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO configuration : components.getComponentConfigurationDTOs(component)) {
                if (configuration.state != ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    continue;
                }
                for (String pid : component.configurationPid) {
                    if (files.containsKey(pid)) {
                        lines.add(files.get(pid) + ": " + component.name + " cannot start with it: " + reason(configuration.failure));
                    }
                }
            }
        }
        return lines;
    }

    /** The message of the innermost cause in a stack trace's text. */
    static String reason(String failure) {
        if (failure == null || failure.isBlank()) {
            return "no reason given";
        }
        String line = failure.lines().findFirst().orElse("");
        for (String l : (Iterable<String>) failure.lines()::iterator) {
            if (l.startsWith("Caused by: ")) {
                line = l.substring("Caused by: ".length());
            }
        }
        int colon = line.indexOf(": ");
        return BatchSession.oneLine(colon >= 0 && !line.substring(0, colon).contains(" ") ? line.substring(colon + 2) : line);
    }

    /** {@code value} as an LDAP filter value. */
    static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("*", "\\*").replace("(", "\\(").replace(")", "\\)");
    }

    /** Leaves out the values a component would reject (each is a printed line), so that it keeps its default. */
    @Override
    public void modifyConfiguration(ServiceReference<?> reference, Dictionary<String, Object> properties) {
        Object pid = properties.get(ConfigurationAdmin.SERVICE_FACTORYPID);
        if (pid == null) {
            pid = properties.get(Constants.SERVICE_PID);
        }
        if (pid == null) {
            return;
        }
        for (Finding f : check(pid.toString(), properties)) {
            if (f.badValue()) {
                properties.remove(f.key());
            }
        }
    }
}
