package org.jpok.kernel.sched;

import java.util.List;

/** The thread to run (null = idle) and the periodic threads found past their deadline on the way. */
public record ElectionResult(KernelThread elected, List<KernelThread> deadlineMisses) {

    public ElectionResult {
        deadlineMisses = List.copyOf(deadlineMisses);
    }
}
