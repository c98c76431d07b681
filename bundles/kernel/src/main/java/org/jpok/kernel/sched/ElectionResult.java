package org.jpok.kernel.sched;

import java.util.List;

/**
 * One election's outcome: the thread to run (null = idle), the thread that was current before it (what POK's
 * debug trace compares with), whether the partition's scheduler chose (NORMAL mode; POK traces only then), and
 * the periodic threads found past their deadline on the way.
 */
public record ElectionResult(KernelThread elected, KernelThread before, boolean byScheduler,
        List<KernelThread> deadlineMisses) {

    public ElectionResult {
        deadlineMisses = List.copyOf(deadlineMisses);
    }
}
