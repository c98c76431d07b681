package org.jpok.kernel.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpok.api.kernel.HmAction;
import org.jpok.kernel.sched.SchedulerKind;

/** Reads {@code partitions[]}. */
final class PartitionReader {

    private static final Set<String> KEYS = Set.of("name", "size", "objects", "threads", "features", "scheduler",
            "semaphores", "mutexes", "events", "processor_affinity", "image", "hm", "io_ports");
    private static final Set<String> THREAD_KEYS = Set.of("count", "features");
    private static final Set<String> IO_KEYS = Set.of("first", "last");
    private static final Set<String> FEATURES = Set.of("console", "timer", "libc", "assert", "shutdown", "debug");
    private static final Set<String> THREAD_FEATURES = Set.of("sleep", "suspend");
    /** The GDT has 256 entries: null, kernel code and data, one TSS, then two per partition. */
    static final int MAX_PARTITIONS = 126;
    /** Partitions are byte-granular segments below 4 GiB; keep them well inside the emulated memory. */
    static final long MAX_PARTITION_SIZE = 1L << 30;
    /** Lock-object and port ids cross the syscall boundary as one byte. */
    static final int MAX_BYTE_IDS = 256;

    private final Path configDir;

    PartitionReader(Path configDir) {
        this.configDir = configDir;
    }

    List<PartitionConfig> read(ConfigNode node) throws ConfigException {
        List<ConfigNode> items = node.list();
        if (items.isEmpty()) {
            throw node.error("at least one partition is needed");
        }
        if (items.size() > MAX_PARTITIONS) {
            throw node.error(items.size() + " partitions, at most " + MAX_PARTITIONS + " fit in the GDT");
        }
        List<PartitionConfig> out = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        int lockObjects = 0;
        for (ConfigNode item : items) {
            PartitionConfig p = readOne(out.size(), item);
            Integer previous = names.putIfAbsent(p.name(), p.index());
            if (previous != null) {
                throw item.error("duplicate partition name '" + p.name() + "' (also partitions[" + previous + "])");
            }
            lockObjects += p.lockObjects();
            if (lockObjects > MAX_BYTE_IDS) {
                throw item.error("more than " + MAX_BYTE_IDS + " lock objects in the system (ids are one byte)");
            }
            out.add(p);
        }
        return out;
    }

    private PartitionConfig readOne(int index, ConfigNode item) throws ConfigException {
        Map<String, ConfigNode> m = item.map(KEYS);
        ConfigNode nameNode = ConfigLoader.require(m, "name", item);
        String name = nameNode.text();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
            throw nameNode.error("partition name '" + name + "' must be a C identifier of at most 64 characters");
        }
        ConfigNode sizeNode = ConfigLoader.require(m, "size", item);
        long size = ConfigLoader.size(sizeNode);
        if (size <= 0 || size % 16 != 0) {
            throw sizeNode.error("size " + size + " must be a positive multiple of 16");
        }
        if (size > MAX_PARTITION_SIZE) {
            throw sizeNode.error("size " + size + " is larger than " + MAX_PARTITION_SIZE);
        }
        List<String> objects = m.containsKey("objects") ? m.get("objects").words() : List.of();
        for (String object : objects) {
            if (!object.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*\\.o")) {
                throw m.get("objects").error("object '" + object + "' must be a file name ending in .o (built from the .c of the same name)");
            }
        }

        int threads = 1;
        Set<String> threadFeatures = Set.of();
        if (m.containsKey("threads")) {
            ConfigNode t = m.get("threads");
            Map<String, ConfigNode> tm = t.map(THREAD_KEYS);
            if (tm.containsKey("count")) {
                threads = (int) tm.get("count").integer(1, 1024);
            }
            threadFeatures = ConfigLoader.features(tm.get("features"), THREAD_FEATURES);
        }
        long stacks = stackBytes(threads);
        if (stacks > size) {
            throw (m.containsKey("threads") ? m.get("threads") : sizeNode).error("a partition of " + size
                    + " bytes has no room for the user stacks of " + threads + " thread(s): they need " + stacks
                    + " bytes (8 KiB each, below an unused top 8 KiB)");
        }
        Set<String> features = ConfigLoader.features(m.get("features"), FEATURES);

        SchedulerKind scheduler = SchedulerKind.RR;
        if (m.containsKey("scheduler")) {
            ConfigNode s = m.get("scheduler");
            scheduler = SchedulerKind.ofConfigName(s.text());
            if (scheduler == null) {
                throw s.error("unknown scheduler '" + s.text() + "' (expected rr, static, rms or edf)");
            }
        }
        int semaphores = count(m, "semaphores");
        int mutexes = count(m, "mutexes");
        int events = count(m, "events");
        if (m.containsKey("processor_affinity")) {
            for (ConfigNode cpu : m.get("processor_affinity").list()) {
                cpu.integer(0, 0);
            }
        }

        Path image = configDir.resolve(name).resolve(name + ".elf");
        if (m.containsKey("image")) {
            image = configDir.resolve(m.get("image").text()).normalize();
        }
        HmAction hm = HmAction.STOP;
        if (m.containsKey("hm")) {
            ConfigNode h = m.get("hm");
            hm = switch (h.text()) {
                case "log" -> HmAction.LOG;
                case "restart" -> HmAction.RESTART;
                case "stop" -> HmAction.STOP;
                default -> throw h.error("unknown health-monitor action '" + h.text() + "' (expected log, restart"
                        + " or stop)");
            };
        }
        IoPortRange io = IoPortRange.NONE;
        if (m.containsKey("io_ports")) {
            ConfigNode ioNode = m.get("io_ports");
            Map<String, ConfigNode> im = ioNode.map(IO_KEYS);
            int first = (int) ConfigLoader.require(im, "first", ioNode).integer(0, 0xFFFF);
            int last = (int) ConfigLoader.require(im, "last", ioNode).integer(0, 0xFFFF);
            if (last < first) {
                throw ioNode.error("last port 0x" + Integer.toHexString(last) + " is below first port 0x"
                        + Integer.toHexString(first));
            }
            io = new IoPortRange(first, last);
        }
        return new PartitionConfig(index, name, size, image, threads, threadFeatures, features, scheduler,
                semaphores, mutexes, events, hm, io, objects);
    }

    /**
     * Bytes at the top of the partition that thread stacks use (POK §3.6): thread k's stack ends at
     * {@code size - 4 - k * 8192}, so {@code n} threads reach down to {@code size - 4 - (n + 1) * 8192}.
     */
    static long stackBytes(int threads) {
        return 4 + (threads + 1L) * 8192;
    }

    private static int count(Map<String, ConfigNode> m, String key) throws ConfigException {
        return m.containsKey(key) ? (int) m.get(key).integer(0, MAX_BYTE_IDS) : 0;
    }
}
