package org.jpok.guest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example partition compiles with -Wall -Werror and links into a
 * partition image that fits the size its config.yaml gives it (image plus
 * one 8 KiB stack per thread plus the 8 KiB POK leaves at the top).
 */
class ExamplesBuildTest {

    private static final List<String> EXPECTED_EXAMPLES =
            List.of("arinc653", "faults", "hello", "ports", "semaphores", "two-partitions");

    /** What this test needs from one partition entry of config.yaml. */
    record PartitionEntry(String name, List<String> objects, long size, int threads) {
    }

    private static final Pattern NAME = Pattern.compile("^\\s*-\\s*name:\\s*(\\S+)\\s*$");
    private static final Pattern OBJECTS = Pattern.compile("^\\s*objects:\\s*\\[(.*)]\\s*$");
    private static final Pattern SIZE = Pattern.compile("^\\s*size:\\s*(\\d+)\\s*([kKMG]?)B?\\s*$");
    private static final Pattern COUNT = Pattern.compile("^\\s*count:\\s*(\\d+)\\s*$");

    /** Reads the partitions section of a POK-style config.yaml (block style). */
    static List<PartitionEntry> partitions(Path config) throws IOException {
        List<PartitionEntry> out = new ArrayList<>();
        String name = null;
        List<String> objects = List.of();
        long size = 0;
        int threads = 1;
        boolean inPartitions = false;
        for (String line : Files.readAllLines(config)) {
            if (!line.startsWith(" ") && !line.startsWith("-") && line.contains(":")) {
                inPartitions = line.startsWith("partitions:");
                continue;
            }
            if (!inPartitions) {
                continue;
            }
            Matcher m;
            if ((m = NAME.matcher(line)).matches()) {
                if (name != null) {
                    out.add(new PartitionEntry(name, objects, size, threads));
                }
                name = m.group(1);
                objects = List.of();
                size = 0;
                threads = 1;
            } else if ((m = OBJECTS.matcher(line)).matches()) {
                objects = Stream.of(m.group(1).split(",")).map(o -> o.strip().replaceAll("^[\"']|[\"']$", "")).filter(s -> !s.isEmpty())
                        .collect(Collectors.toList());
            } else if ((m = SIZE.matcher(line)).matches()) {
                long unit = switch (m.group(2).toUpperCase()) {
                    case "K" -> 1024L;
                    case "M" -> 1024L * 1024;
                    case "G" -> 1024L * 1024 * 1024;
                    default -> 1L;
                };
                size = Long.parseLong(m.group(1)) * unit;
            } else if ((m = COUNT.matcher(line)).matches()) {
                threads = Integer.parseInt(m.group(1));
            }
        }
        if (name != null) {
            out.add(new PartitionEntry(name, objects, size, threads));
        }
        return out;
    }

    private static List<Path> examples() throws IOException {
        try (Stream<Path> dirs = Files.list(SdkTestSupport.EXAMPLES)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("config.yaml"))).sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void everyExampleIsPresentWithItsExpectedOutput() throws IOException {
        List<String> names = examples().stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
        assertTrue(names.containsAll(EXPECTED_EXAMPLES), "examples found: " + names);
        for (Path example : examples()) {
            Path expected = example.resolve("expected-output.txt");
            assertTrue(Files.isRegularFile(expected), expected + " is missing");
            assertFalse(Files.readString(expected).isBlank(), expected + " is empty");
            assertFalse(partitions(example.resolve("config.yaml")).isEmpty(), example + ": no partitions");
        }
    }

    @Test
    void pokStyleSourceBuildsWerrorClean() throws Exception {
        GuestToolchain tc = SdkTestSupport.toolchain();
        Path out = SdkTestSupport.WORK.resolve("pok-style");
        List<Path> objects = tc.compilePartition(SdkTestSupport.TEST_C, List.of("pok_style.o"), out,
                SdkTestSupport.STRICT);
        objects.addAll(SdkTestSupport.partitionSdkObjects());
        tc.link(objects, out.resolve("pok_style.elf"));
        SdkTestSupport.assertPartitionImage(out.resolve("pok_style.elf"));
    }

    @TestFactory
    List<DynamicTest> everyPartitionBuildsWerrorClean() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path example : examples()) {
            for (PartitionEntry p : partitions(example.resolve("config.yaml"))) {
                String label = example.getFileName() + "/" + p.name();
                tests.add(DynamicTest.dynamicTest(label, () -> buildAndCheck(example, p)));
            }
        }
        return tests;
    }

    private static void buildAndCheck(Path example, PartitionEntry p) throws Exception {
        GuestToolchain tc = SdkTestSupport.toolchain();
        assertFalse(p.objects().isEmpty(), p.name() + ": no objects listed");
        Path out = SdkTestSupport.WORK.resolve("examples").resolve(example.getFileName().toString())
                .resolve(p.name());
        List<Path> objects = tc.compilePartition(example.resolve(p.name()), p.objects(), out,
                SdkTestSupport.STRICT);
        objects.addAll(SdkTestSupport.partitionSdkObjects());
        Path elf = out.resolve(p.name() + ".elf");
        tc.link(objects, elf);
        ElfImage image = SdkTestSupport.assertPartitionImage(elf);
        long needed = image.end() + (long) (p.threads() + 1) * 8192 + 4;
        assertTrue(needed <= p.size(), () -> p.name() + ": image ends at " + image.end() + ", with "
                + p.threads() + " thread stacks it needs " + needed + " bytes but the partition has " + p.size());
    }
}
