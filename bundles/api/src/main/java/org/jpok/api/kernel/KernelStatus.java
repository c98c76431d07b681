package org.jpok.api.kernel;

import java.util.List;

/**
 * A snapshot of the kernel.
 *
 * @param config     the booted config.yaml, or null if nothing is booted
 * @param bsp        the BSP in use, or null
 * @param machine    the machine's state name
 * @param partitions each partition's name and mode, in partition order
 */
public record KernelStatus(String config, String bsp, String machine, long virtualNanos,
        List<PartitionStatus> partitions, int healthEvents) {

    public record PartitionStatus(String name, PartitionMode mode) {
    }

    public KernelStatus {
        partitions = List.copyOf(partitions);
    }
}
