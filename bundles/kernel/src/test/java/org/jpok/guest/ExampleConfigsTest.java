package org.jpok.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jpok.kernel.config.ConfigLoader;
import org.jpok.kernel.config.SystemConfig;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example, built into a copy of its folder (images where the kernel
 * looks for them, <name>/<name>.elf), passes the kernel's own configuration
 * and image checks (org.jpok.kernel.config.ConfigLoader with images checked).
 */
class ExampleConfigsTest {

    @TestFactory
    List<DynamicTest> kernelAcceptsEveryBuiltExample() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(SdkTestSupport.EXAMPLES)) {
            for (Path example : dirs.filter(d -> Files.isRegularFile(d.resolve("config.yaml"))).sorted()
                    .collect(Collectors.toList())) {
                tests.add(DynamicTest.dynamicTest(example.getFileName().toString(), () -> check(example)));
            }
        }
        return tests;
    }

    private static void check(Path example) throws Exception {
        GuestToolchain tc = SdkTestSupport.toolchain();
        Path copy = SdkTestSupport.WORK.resolve("configs").resolve(example.getFileName().toString());
        copyTree(example, copy);
        List<PartitionSpec> specs = ExamplesBuildTest.partitions(copy.resolve("config.yaml")).stream()
                .map(p -> new PartitionSpec(p.name(), p.objects())).collect(Collectors.toList());
        for (PartitionSpec p : specs) {
            Path dir = copy.resolve(p.name());
            List<Path> objects = tc.compilePartition(dir, p.objects(), dir.resolve("obj"), SdkTestSupport.STRICT);
            objects.addAll(SdkTestSupport.partitionSdkObjects()); // compiled once for all tests
            tc.link(objects, dir.resolve(p.name() + ".elf"));
        }
        SystemConfig config = new ConfigLoader(true).read(copy.resolve("config.yaml"));
        assertEquals(specs.stream().map(PartitionSpec::name).collect(Collectors.toList()),
                config.partitions().stream().map(p -> p.name()).collect(Collectors.toList()));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.collect(Collectors.toList())) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
