package org.jpok.api.kernel;

/**
 * A snapshot of one created thread, for the shell. Times are virtual nanoseconds, -1 for infinite.
 *
 * @param id        the kernel's global thread id
 * @param partition the owning partition's id
 * @param local     the thread's index inside its partition
 * @param state     its scheduling state
 * @param priority  its current priority
 * @param period    its period, or -1 when it is aperiodic
 * @param deadline  its relative deadline, or -1
 * @param eip       the instruction pointer it resumes at (the CPU's for the running thread)
 * @param running   whether it is on the CPU now
 */
public record ThreadInfo(int id, int partition, int local, ThreadState state, int priority, long period,
        long deadline, int eip, boolean running) {
}
