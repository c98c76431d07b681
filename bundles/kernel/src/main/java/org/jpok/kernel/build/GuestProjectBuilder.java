package org.jpok.kernel.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jpok.api.kernel.BuildReport;
import org.jpok.api.kernel.ProjectBuilder;
import org.jpok.guest.GuestSdk;
import org.jpok.guest.GuestToolchain;
import org.jpok.guest.PartitionSpec;
import org.jpok.guest.ProjectBuildResult;
import org.jpok.kernel.config.ConfigException;
import org.jpok.kernel.config.ConfigLoader;
import org.jpok.kernel.config.SystemConfig;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The {@code build} command's engine: validates the project's configuration (everything but the
 * images, which it is about to make), then compiles each partition's {@code objects} and links them
 * with the SDK, which this bundle unpacks once from the guest bundle into its data area.
 */
@Component(service = ProjectBuilder.class, configurationPid = "org.jpok.build")
@Designate(ocd = GuestProjectBuilder.Settings.class)
public class GuestProjectBuilder implements ProjectBuilder {

    @ObjectClassDefinition(name = "jpok partition build", description = "How `build` compiles partitions")
    public @interface Settings {
        @AttributeDefinition(description = "the gcc to run; it must support -m32")
        String gcc() default "gcc";
    }

    private final String gcc;
    private final Path work;
    private volatile GuestToolchain toolchain;

    @Activate
    public GuestProjectBuilder(BundleContext context, Settings settings) {
        this.gcc = settings.gcc();
        this.work = context.getDataFile("build").toPath().toAbsolutePath();
    }

    @Override
    public BuildReport build(Path project) {
        Path config = Files.isDirectory(project) ? project.resolve("config.yaml") : project;
        SystemConfig system;
        try {
            system = new ConfigLoader(false).read(config);
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        List<PartitionSpec> partitions = system.partitions().stream()
                .map(p -> new PartitionSpec(p.name(), p.objects()))
                .toList();
        ProjectBuildResult result = toolchain().buildProject(config.toAbsolutePath().getParent(), partitions, List.of());
        return new BuildReport(config, result.partitions().stream()
                .map(b -> new BuildReport.PartitionImage(b.name(), b.elf(), b.error()))
                .toList());
    }

    /** The SDK is unpacked and gcc checked on first use, so a jpok that never builds never needs gcc. */
    private GuestToolchain toolchain() {
        GuestToolchain t = toolchain;
        if (t == null) {
            GuestToolchain.unusableReason(gcc, work.resolve("probe")).ifPresent(reason -> {
                throw new IllegalArgumentException(reason);
            });
            try {
                t = new GuestToolchain(gcc, GuestSdk.extractSdk(work.resolve("sdk")));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot unpack the guest SDK into " + work, e);
            }
            toolchain = t;
        }
        return t;
    }
}
