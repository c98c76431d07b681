package org.jpok.api.kernel;

/**
 * A snapshot of one booted partition, for the shell.
 *
 * @param id      the partition's index in config.yaml (POK's partition id)
 * @param name    its configured name
 * @param mode    its operating mode
 * @param base    physical address of its memory region
 * @param size    size of the region in bytes
 * @param threads threads created so far (the main thread included)
 * @param faults  health-monitor events recorded against it
 */
public record PartitionInfo(int id, String name, PartitionMode mode, int base, int size, int threads, int faults) {
}
