package org.jpok.kernel.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates a POK-style config.yaml (with jpok's extensions, see docs/config.md). Everything is
 * checked before a {@link SystemConfig} is returned; the first problem becomes a one-line
 * {@link ConfigException} naming the file, the line and what is wrong.
 */
public final class ConfigLoader {

    private static final Set<String> TOP_KEYS = Set.of("target", "partitions", "kernel", "ports");
    private static final Set<String> TARGET_KEYS = Set.of("arch", "bsp", "nb_processors_number");
    private static final Set<String> KERNEL_KEYS = Set.of("features", "scheduler");
    private static final Set<String> KERNEL_FEATURES = Set.of("assert", "debug");
    /** Config files are small; a bigger one is a mistake, and refusing it keeps the parser's work bounded. */
    private static final long MAX_CONFIG_BYTES = 1 << 20;

    private final boolean checkImages;

    /** @param checkImages false only where no images exist yet (tests of the schema itself) */
    public ConfigLoader(boolean checkImages) {
        this.checkImages = checkImages;
    }

    /** Reads, parses and validates {@code file}, including every partition image. */
    public static SystemConfig load(Path file) throws ConfigException {
        return new ConfigLoader(true).read(file);
    }

    public SystemConfig read(Path file) throws ConfigException {
        String text;
        try {
            if (Files.size(file) > MAX_CONFIG_BYTES) {
                throw new ConfigException(file + ": larger than " + MAX_CONFIG_BYTES + " bytes");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
        return parse(text, file);
    }

    /** Parses {@code text} as if read from {@code file} (used for messages and relative image paths). */
    public SystemConfig parse(String text, Path file) throws ConfigException {
        String name = file.toString();
        ConfigNode root = new ConfigNode(compose(text, name), name, "");
        Map<String, ConfigNode> top = root.map(TOP_KEYS);

        TargetConfig target = readTarget(top.get("target"), root);
        ConfigNode partitionsNode = require(top, "partitions", root);
        Path dir = file.toAbsolutePath().getParent();
        List<PartitionConfig> partitions = new PartitionReader(dir).read(partitionsNode);

        ConfigNode kernel = require(top, "kernel", root);
        Map<String, ConfigNode> kernelMap = kernel.map(KERNEL_KEYS);
        Set<String> kernelFeatures = features(kernelMap.get("features"), KERNEL_FEATURES);
        ScheduleConfig schedule = new ScheduleReader(partitions).read(require(kernelMap, "scheduler", kernel));

        List<ChannelConfig> channels = top.containsKey("ports")
                ? new ChannelReader(partitions).read(top.get("ports")) : List.of();

        if (checkImages) {
            ImageCheck.check(partitions, partitionsNode);
        }
        return new SystemConfig(file, target, partitions, kernelFeatures, schedule, channels);
    }

    private static Node compose(String text, String file) throws ConfigException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        try {
            Node node = new Yaml(options).compose(new StringReader(text));
            if (node == null) {
                throw new ConfigException(file + ":1: the file is empty");
            }
            return node;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new ConfigException(file + ":" + line + ": not valid YAML: " + oneLine(problem));
        } catch (YAMLException e) {
            throw new ConfigException(file + ":1: not valid YAML: " + oneLine(e.getMessage()));
        }
    }

    private static String oneLine(String s) {
        return s == null ? "syntax error" : s.replaceAll("\\s+", " ").trim();
    }

    private static TargetConfig readTarget(ConfigNode node, ConfigNode root) throws ConfigException {
        if (node == null) {
            return new TargetConfig("x86", BspKind.X86_QEMU, 1);
        }
        Map<String, ConfigNode> m = node.map(TARGET_KEYS);
        String arch = "x86";
        if (m.containsKey("arch")) {
            arch = m.get("arch").text();
            if (!arch.equals("x86")) {
                throw m.get("arch").error("jpok emulates only arch x86, not '" + arch + "'");
            }
        }
        BspKind bsp = BspKind.X86_QEMU;
        if (m.containsKey("bsp")) {
            ConfigNode b = m.get("bsp");
            bsp = BspKind.ofConfigName(b.text());
            if (bsp == null) {
                throw b.error("unknown BSP '" + b.text() + "' (expected x86-qemu or x86-qemu-vmm)");
            }
        }
        if (m.containsKey("nb_processors_number")) {
            m.get("nb_processors_number").integer(1, 1);
        }
        return new TargetConfig(arch, bsp, 1);
    }

    static ConfigNode require(Map<String, ConfigNode> map, String key, ConfigNode parent) throws ConfigException {
        ConfigNode n = map.get(key);
        if (n == null || n.isNull()) {
            throw parent.error("missing required key '" + key + "'");
        }
        return n;
    }

    /** A feature list whose words must all be in {@code known}. */
    static Set<String> features(ConfigNode node, Set<String> known) throws ConfigException {
        Set<String> out = new LinkedHashSet<>();
        if (node == null) {
            return out;
        }
        List<String> words = node.words();
        for (String w : words) {
            if (!known.contains(w)) {
                throw node.error("unknown feature '" + w + "' (expected one of " + String.join(", ", new ArrayList<>(
                        new TreeSet<>(known))) + ")");
            }
            out.add(w);
        }
        return out;
    }

    /** A time: a YAML integer is nanoseconds, otherwise a number with a unit. */
    static long time(ConfigNode node) throws ConfigException {
        if (node.isInteger()) {
            return node.integer();
        }
        try {
            return Units.timeNs(node.text());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    /** A size: a YAML integer is bytes, otherwise {@code N[k|M|G][B]}. */
    static long size(ConfigNode node) throws ConfigException {
        if (node.isInteger()) {
            return node.integer();
        }
        try {
            return Units.sizeBytes(node.text());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }
}
