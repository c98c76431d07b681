package org.jpok.kernel.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** A whole validated config.yaml. Every list is immutable and in file order. */
public record SystemConfig(Path file, TargetConfig target, List<PartitionConfig> partitions,
        Set<String> kernelFeatures, ScheduleConfig schedule, List<ChannelConfig> channels) {

    public SystemConfig {
        partitions = List.copyOf(partitions);
        kernelFeatures = Set.copyOf(kernelFeatures);
        channels = List.copyOf(channels);
    }

    /** The partition with this name, or null. */
    public PartitionConfig partition(String name) {
        for (PartitionConfig p : partitions) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }
}
