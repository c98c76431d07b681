package org.jpok.kernel.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpok.kernel.port.PortKind;

/** Reads jpok's {@code ports:} section: channels from one OUT port to IN ports (docs/config.md). */
final class ChannelReader {

    private static final Set<String> KEYS = Set.of("kind", "size", "source", "destinations");
    private static final Set<String> REF_KEYS = Set.of("partition", "port");
    /** A port's buffer is kernel memory; a megabyte is far beyond any message a partition sends. */
    static final long MAX_PORT_SIZE = 1L << 20;

    private final List<PartitionConfig> partitions;
    private final Map<String, String> portNames = new HashMap<>();

    ChannelReader(List<PartitionConfig> partitions) {
        this.partitions = partitions;
    }

    List<ChannelConfig> read(ConfigNode node) throws ConfigException {
        List<ChannelConfig> out = new ArrayList<>();
        for (ConfigNode item : node.list()) {
            out.add(readOne(item));
        }
        if (portNames.size() > PartitionReader.MAX_BYTE_IDS) {
            throw node.error("more than " + PartitionReader.MAX_BYTE_IDS + " ports (port ids are one byte)");
        }
        return out;
    }

    private ChannelConfig readOne(ConfigNode item) throws ConfigException {
        Map<String, ConfigNode> m = item.map(KEYS);
        ConfigNode kindNode = ConfigLoader.require(m, "kind", item);
        PortKind kind = switch (kindNode.text()) {
            case "sampling" -> PortKind.SAMPLING;
            case "queuing", "queueing" -> PortKind.QUEUING;
            default -> throw kindNode.error("unknown port kind '" + kindNode.text() + "' (expected sampling or"
                    + " queuing)");
        };
        ConfigNode sizeNode = ConfigLoader.require(m, "size", item);
        long size = ConfigLoader.size(sizeNode);
        if (size <= 0 || size > MAX_PORT_SIZE) {
            throw sizeNode.error("port size " + size + " must be in [1, " + MAX_PORT_SIZE + "]");
        }
        PortRef source = ref(ConfigLoader.require(m, "source", item));
        ConfigNode destNode = ConfigLoader.require(m, "destinations", item);
        List<PortRef> destinations = new ArrayList<>();
        for (ConfigNode d : destNode.list()) {
            destinations.add(ref(d));
        }
        if (destinations.isEmpty()) {
            throw destNode.error("a channel needs at least one destination");
        }
        if (kind == PortKind.QUEUING && destinations.size() != 1) {
            throw destNode.error("a queuing channel has exactly one destination");
        }
        return new ChannelConfig(kind, size, source, destinations);
    }

    private PortRef ref(ConfigNode node) throws ConfigException {
        Map<String, ConfigNode> m = node.map(REF_KEYS);
        ConfigNode partNode = ConfigLoader.require(m, "partition", node);
        PartitionConfig owner = null;
        for (PartitionConfig p : partitions) {
            if (p.name().equals(partNode.text())) {
                owner = p;
            }
        }
        if (owner == null) {
            throw partNode.error("unknown partition '" + partNode.text() + "'");
        }
        ConfigNode portNode = ConfigLoader.require(m, "port", node);
        String name = portNode.text();
        if (name.isEmpty() || name.length() > 30 || !name.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw portNode.error("port name '" + name + "' must be 1 to 30 printable characters without spaces");
        }
        String previous = portNames.putIfAbsent(name, portNode.path());
        if (previous != null) {
            throw portNode.error("duplicate port name '" + name + "' (also at " + previous + ")");
        }
        return new PortRef(name, owner.index());
    }
}
