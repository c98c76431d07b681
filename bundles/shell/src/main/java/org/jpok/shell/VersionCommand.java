package org.jpok.shell;

import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** {@code pok:version}: which jpok, on which Java and which framework. */
@Component(service = VersionCommand.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=version"
})
public class VersionCommand {

    private final BundleContext context;

    @Activate
    public VersionCommand(BundleContext context) {
        this.context = context;
    }

    @Descriptor("print the jpok version, the Java runtime and the OSGi framework")
    public String version() {
        Bundle framework = context.getBundle(0);
        return "jpok " + JpokVersion.of(context.getBundle().getVersion())
                + " (Java " + Runtime.version() + ", " + framework.getSymbolicName() + " " + framework.getVersion() + ")";
    }
}
