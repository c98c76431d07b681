package org.jpok.kernel.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code kernel.scheduler}: the major frame and its slots. */
final class ScheduleReader {

    private static final Set<String> KEYS = Set.of("major_frame", "slots");
    private static final Set<String> SLOT_KEYS = Set.of("partition", "duration");

    private final List<PartitionConfig> partitions;

    ScheduleReader(List<PartitionConfig> partitions) {
        this.partitions = partitions;
    }

    ScheduleConfig read(ConfigNode node) throws ConfigException {
        Map<String, ConfigNode> m = node.map(KEYS);
        ConfigNode slotsNode = ConfigLoader.require(m, "slots", node);
        List<ConfigNode> items = slotsNode.list();
        if (items.isEmpty()) {
            throw slotsNode.error("at least one slot is needed");
        }
        List<Slot> slots = new ArrayList<>();
        long sum = 0;
        for (ConfigNode item : items) {
            Map<String, ConfigNode> sm = item.map(SLOT_KEYS);
            ConfigNode partNode = ConfigLoader.require(sm, "partition", item);
            PartitionConfig p = find(partNode.text());
            if (p == null) {
                throw partNode.error("unknown partition '" + partNode.text() + "' in a slot");
            }
            ConfigNode durNode = ConfigLoader.require(sm, "duration", item);
            long duration = ConfigLoader.time(durNode);
            if (duration <= 0) {
                throw durNode.error("slot duration must be positive");
            }
            if (sum > Long.MAX_VALUE - duration) {
                throw durNode.error("the slots add up to more than " + Long.MAX_VALUE + " ns");
            }
            sum += duration;
            slots.add(new Slot(p.index(), duration));
        }
        long majorFrame = sum;
        if (m.containsKey("major_frame")) {
            ConfigNode mf = m.get("major_frame");
            majorFrame = ConfigLoader.time(mf);
            if (sum > majorFrame) {
                throw mf.error("the slots add up to " + sum + " ns, more than the major frame of " + majorFrame
                        + " ns");
            }
        }
        return new ScheduleConfig(majorFrame, slots);
    }

    private PartitionConfig find(String name) {
        for (PartitionConfig p : partitions) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }
}
