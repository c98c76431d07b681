package org.jpok.shell;

import java.nio.file.Path;

import org.apache.felix.service.command.Descriptor;
import org.jpok.api.kernel.BuildReport;
import org.jpok.api.kernel.ProjectBuilder;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code pok:build <project>}: compiles and links every partition of a POK-style project. */
@Component(service = BuildCommand.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=build"
})
public class BuildCommand {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ProjectBuilder builder;

    @Descriptor("build every partition of a POK project (config.yaml and one folder of C sources per partition) with gcc -m32")
    public String build(@Descriptor("the project folder, or its config.yaml") String project) {
        ProjectBuilder b = builder;
        if (b == null) {
            throw new IllegalStateException("no partition builder is available (is the org.jpok.kernel bundle active?)");
        }
        BuildReport report = b.build(Path.of(project));
        Path home = report.config().toAbsolutePath().getParent();
        int failed = 0;
        for (BuildReport.PartitionImage p : report.partitions()) {
            if (p.ok()) {
                System.out.println("built " + p.partition() + ": " + home.relativize(p.image().toAbsolutePath()));
            } else {
                failed++;
                // gcc's own messages, as it printed them, so editors and users can jump to file:line.
                System.err.println(p.error().get().stripTrailing());
            }
        }
        if (failed > 0) {
            throw new IllegalArgumentException(failed + " of " + report.partitions().size()
                    + " partitions of " + report.config() + " failed to build");
        }
        return report.partitions().size() + " partition(s) built";
    }
}
