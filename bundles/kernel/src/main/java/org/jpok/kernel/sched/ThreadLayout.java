package org.jpok.kernel.sched;

import java.util.List;
import org.jpok.kernel.config.PartitionConfig;

/**
 * POK's global thread table layout (§3.7): partition 0's threads occupy {@code [0, n0)}, partition 1's
 * {@code [n0, n0+n1)}, …; then the idle thread, then the kernel (boot) thread, which is the last index.
 */
public final class ThreadLayout {

    private final int[] first;
    private final int[] count;
    private final int total;

    public ThreadLayout(List<PartitionConfig> partitions) {
        first = new int[partitions.size()];
        count = new int[partitions.size()];
        int next = 0;
        for (PartitionConfig p : partitions) {
            first[p.index()] = next;
            count[p.index()] = p.threads();
            next += p.threads();
        }
        total = next + 2;
    }

    /** {@code thread_index_low} of partition {@code p}. */
    public int firstGid(int p) {
        return first[p];
    }

    /** Threads partition {@code p} may have (its configured count). */
    public int capacity(int p) {
        return count[p];
    }

    /** POK_CONFIG_NB_THREADS: all partition threads, one idle thread and the kernel thread. */
    public int total() {
        return total;
    }

    /** The idle thread's index (one CPU: {@code NB_THREADS - 2}). */
    public int idleGid() {
        return total - 2;
    }

    /** The kernel thread's index ({@code NB_THREADS - 1}). */
    public int kernelGid() {
        return total - 1;
    }

    /** The partition whose range holds {@code gid}, or -1 for idle, kernel or out-of-range ids. */
    public int partitionOf(int gid) {
        for (int p = 0; p < first.length; p++) {
            if (gid >= first[p] && gid < first[p] + count[p]) {
                return p;
            }
        }
        return -1;
    }
}
