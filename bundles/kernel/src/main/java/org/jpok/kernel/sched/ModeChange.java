package org.jpok.kernel.sched;

import org.jpok.api.kernel.Errno;

/**
 * The answer to PARTITION_SET_MODE: the errno, and whether the kernel must now re-initialise the partition
 * (reload its image and call {@link PartitionThreads#initialize}) because it entered an INIT mode.
 */
public record ModeChange(Errno errno, boolean reinitialize) {

    static final ModeChange OK = new ModeChange(Errno.OK, false);
}
