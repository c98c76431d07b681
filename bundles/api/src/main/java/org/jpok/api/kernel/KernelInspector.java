package org.jpok.api.kernel;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Read-only snapshots of a booted system's kernel state, for the shell and tests. Each method takes a
 * consistent snapshot at an instruction boundary; with nothing booted each throws
 * {@link IllegalStateException} with the message {@code nothing is booted}.
 */
@ProviderType
public interface KernelInspector {

    /** Every partition, in id order. */
    List<PartitionInfo> partitions();

    /** Every created thread of every partition, by global id. */
    List<ThreadInfo> threads();

    /** The schedule and the current position in it. */
    ScheduleInfo schedule();

    /** The id of the partition whose slot holds the current time, or -1 in an idle gap. */
    int currentPartition();
}
