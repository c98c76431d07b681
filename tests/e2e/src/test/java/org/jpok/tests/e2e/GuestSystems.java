package org.jpok.tests.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jpok.guest.GuestBuildException;
import org.jpok.guest.GuestSdk;
import org.jpok.guest.GuestToolchain;
import org.yaml.snakeyaml.Yaml;

/**
 * Builds POK-style systems (a config.yaml and one folder of C sources per partition) into partition images at
 * POK's place, {@code <dir>/<name>/<name>.elf}, with the guest SDK's gcc driver. The SDK is compiled once.
 */
final class GuestSystems {

    private final Path root;
    private final GuestToolchain toolchain;
    private final List<Path> sdkObjects;

    private GuestSystems(Path root, GuestToolchain toolchain, List<Path> sdkObjects) {
        this.root = root;
        this.toolchain = toolchain;
        this.sdkObjects = sdkObjects;
    }

    /** Why these tests cannot build guests here (no gcc, no -m32), or empty. */
    static Optional<String> unusable(Path scratch) {
        return GuestToolchain.unusableReason("gcc", scratch);
    }

    static GuestSystems create(Path root) throws IOException, GuestBuildException {
        Path sdk = GuestSdk.extractSdk(root.resolve("sdk"));
        GuestSdk.extractExamples(root.resolve("examples"));
        GuestToolchain tc = new GuestToolchain("gcc", sdk);
        return new GuestSystems(root, tc, tc.compileSdk(root.resolve("sdk-obj"), List.of()));
    }

    /** An SDK example, built; returns its config.yaml. */
    Path example(String name) throws IOException, GuestBuildException {
        return build(root.resolve("examples").resolve(name));
    }

    /** A system from this module's resources (systems/NAME/...), copied out and built. */
    Path resourceSystem(String name, String... files) throws IOException, GuestBuildException {
        Path dir = root.resolve("systems").resolve(name);
        for (String f : files) {
            Path target = dir.resolve(f);
            Files.createDirectories(target.getParent());
            try (InputStream in = GuestSystems.class.getResourceAsStream("/systems/" + name + "/" + f)) {
                if (in == null) {
                    throw new IOException("no resource systems/" + name + "/" + f);
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return build(dir);
    }

    /**
     * Copies partition {@code partition} of SDK example {@code example} (its folder of sources) into resource
     * system {@code system}, so that a test system reuses an example's partition instead of a copy of it.
     */
    void borrowPartition(String system, String example, String partition) throws IOException {
        Path from = root.resolve("examples").resolve(example).resolve(partition);
        Path to = Files.createDirectories(root.resolve("systems").resolve(system).resolve(partition));
        try (var sources = Files.list(from)) {
            for (Path f : (Iterable<Path>) sources::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Path build(Path dir) throws IOException, GuestBuildException {
        Path config = dir.resolve("config.yaml");
        Map<String, Object> doc = new Yaml().load(Files.readString(config));
        for (Map<String, Object> p : (List<Map<String, Object>>) doc.get("partitions")) {
            String name = (String) p.get("name");
            List<String> objects = (List<String>) p.get("objects");
            Path partitionDir = dir.resolve(name);
            List<Path> all = new ArrayList<>(toolchain.compilePartition(partitionDir, objects,
                    partitionDir.resolve("obj"), List.of()));
            all.addAll(sdkObjects);
            toolchain.link(all, partitionDir.resolve(name + ".elf"));
        }
        return config;
    }
}
