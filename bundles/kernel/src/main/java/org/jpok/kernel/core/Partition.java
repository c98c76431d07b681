package org.jpok.kernel.core;

import org.jpok.kernel.config.PartitionConfig;
import org.jpok.kernel.elf.ElfImage;
import org.jpok.kernel.sched.PartitionThreads;

/** A booted partition: its configuration, its physical region, its parsed image and its threads. */
final class Partition {
    final PartitionConfig config;
    final int base;
    final int size;
    final ElfImage image;
    final PartitionThreads threads;

    Partition(PartitionConfig config, int base, ElfImage image, PartitionThreads threads) {
        this.config = config;
        this.base = base;
        this.size = (int) config.size();
        this.image = image;
        this.threads = threads;
    }

    /** Whether {@code len} bytes at partition-relative {@code ptr} lie inside the partition. */
    boolean fits(int ptr, long len) {
        return org.jpok.kernel.syscall.ArgCheck.fits(ptr, len, size);
    }
}
