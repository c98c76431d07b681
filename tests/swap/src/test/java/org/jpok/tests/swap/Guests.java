package org.jpok.tests.swap;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Optional;

import org.jpok.api.kernel.BuildReport;
import org.jpok.api.kernel.ProjectBuilder;
import org.jpok.guest.GuestSdk;
import org.jpok.guest.GuestToolchain;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Builds guest systems with the kernel's {@link ProjectBuilder} service (gcc -m32 and the SDK) into a work
 * folder: the SDK's examples, and this module's own systems (src/test/guests, packed in the tests bundle).
 */
final class Guests {

    private final ProjectBuilder builder;
    private final Path work;

    Guests(ProjectBuilder builder, Path work) {
        this.builder = builder;
        this.work = work;
    }

    /** Why guests cannot be built here (no 32-bit gcc), or empty. */
    static Optional<String> unusable(Path scratch) {
        return GuestToolchain.unusableReason("gcc", scratch);
    }

    /** An SDK example (guest/examples/NAME), unpacked and built; returns its config.yaml. */
    Path example(String name) throws IOException {
        Path examples = work.resolve("examples");
        if (!Files.isDirectory(examples)) {
            GuestSdk.extractExamples(examples);
        }
        return build(examples.resolve(name));
    }

    /** One of this module's systems (guests/NAME in the tests bundle), copied out and built. */
    Path own(String name) throws IOException {
        Bundle tests = FrameworkUtil.getBundle(Guests.class);
        String root = "guests/" + name;
        Path dir = work.resolve("own").resolve(name);
        for (URL u : Collections.list(tests.findEntries(root, "*", true))) {
            String rel = u.getPath().substring(u.getPath().indexOf(root) + root.length());
            if (rel.endsWith("/")) {
                continue;
            }
            Path target = dir.resolve(rel.substring(1));
            Files.createDirectories(target.getParent());
            try (InputStream in = u.openStream()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return build(dir);
    }

    private Path build(Path project) {
        BuildReport r = builder.build(project);
        if (!r.ok()) {
            throw new AssertionError("cannot build " + project + ": " + r.partitions());
        }
        return r.config();
    }
}
