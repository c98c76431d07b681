package org.jpok.guest;

import java.util.List;

/**
 * What the build needs from one partition entry of config.yaml: its name
 * (also its folder and image name) and its {@code objects} list.
 */
public record PartitionSpec(String name, List<String> objects) {

    public PartitionSpec {
        objects = List.copyOf(objects);
    }
}
