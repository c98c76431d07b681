package org.jpok.guest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The outcome of building every partition of a project. */
public record ProjectBuildResult(List<Built> partitions) {

    /** One partition: its image on success, gcc's messages on failure. */
    public record Built(String name, Path elf, Optional<String> error) {
        public boolean ok() {
            return error.isEmpty();
        }
    }

    public ProjectBuildResult {
        partitions = List.copyOf(partitions);
    }

    public boolean ok() {
        return partitions.stream().allMatch(Built::ok);
    }
}
