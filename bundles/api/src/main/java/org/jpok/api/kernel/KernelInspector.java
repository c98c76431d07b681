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

    /** For {@link #console}: the kernel's own console bytes (its banner) and any written in idle gaps. */
    int CONSOLE_KERNEL = -1;
    /** For {@link #console}: every byte, whoever wrote it. */
    int CONSOLE_ALL = -2;

    /** Console bytes, and the number the next read may start {@code from} to get only newer ones. */
    record ConsoleText(byte[] bytes, long end) {
    }

    /**
     * The console bytes (COM1 and port 0xE9) that {@code partition} wrote, of those the machine still keeps (its last
     * 64 KiB), numbered from {@code from} on (bytes are numbered from 0 at boot). A byte belongs to the partition
     * whose slot held the CPU when it was written. {@code partition} may also be {@link #CONSOLE_KERNEL} or
     * {@link #CONSOLE_ALL}.
     */
    ConsoleText console(int partition, long from);
}
