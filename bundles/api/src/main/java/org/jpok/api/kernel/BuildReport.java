package org.jpok.api.kernel;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What {@link ProjectBuilder#build(Path)} made: one entry per partition, in configuration order. */
public record BuildReport(Path config, List<PartitionImage> partitions) {

    public BuildReport {
        partitions = List.copyOf(partitions);
    }

    /** One partition's outcome: its image, or the compiler's or linker's messages as gcc printed them. */
    public record PartitionImage(String partition, Path image, Optional<String> error) {
        public boolean ok() {
            return error.isEmpty();
        }
    }

    public boolean ok() {
        return partitions.stream().allMatch(PartitionImage::ok);
    }
}
