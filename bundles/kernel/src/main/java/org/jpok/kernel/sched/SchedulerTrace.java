package org.jpok.kernel.sched;

import java.util.List;
import org.jpok.api.kernel.ThreadState;

/**
 * The scheduler traces POK prints with the kernel feature {@code debug} (§5.9), as text for the console. They
 * are printed only by NORMAL-mode elections and only when the elected thread changes; null stands for the idle
 * thread throughout. Ids are global thread ids; priorities are current priorities.
 */
public final class SchedulerTrace {

    private SchedulerTrace() {
    }

    /** The trace for one election by {@code kind}'s scheduler, or "" when POK prints nothing. */
    public static String of(SchedulerKind kind, PartitionThreads p, KernelThread current, KernelThread elected,
            int processor) {
        return switch (kind) {
            case STATIC -> staticTrace(p, current, elected, processor);
            case RR -> roundRobinTrace(p, current, elected, processor);
            case RMS -> rmsTrace(p, current, elected, processor);
            case EDF -> staticTrace(p, current, elected, processor);
        };
    }

    /** {@code pok_sched_part_static}'s trace; EDF, which POK lacks, uses the same format. */
    static String staticTrace(PartitionThreads p, KernelThread current, KernelThread elected, int processor) {
        if (elected == current) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        s.append("--- Scheduling processor: ").append((byte) processor).append('\n');
        readyLines(s, p, elected, false);
        return s.toString();
    }

    /** {@code pok_sched_part_rr}'s trace: the partition line first and the elected thread marked inline. */
    static String roundRobinTrace(PartitionThreads p, KernelThread current, KernelThread elected, int processor) {
        if (elected == current) {
            return "";
        }
        int low = p.firstGid();
        StringBuilder s = new StringBuilder();
        s.append("--- scheduling partition: ").append(p.partition()).append(", low:").append(low)
                .append(", high:").append(low + p.threads().size()).append('\n');
        s.append("--- Scheduling processor: ").append((byte) processor).append('\n');
        readyLines(s, p, elected, true);
        return s.toString();
    }

    private static void readyLines(StringBuilder s, PartitionThreads p, KernelThread elected, boolean markElected) {
        List<KernelThread> threads = p.threads();
        int nonReady = 0;
        if (elected == null) {
            s.append("    scheduling idle thread\n");
            nonReady = threads.size();
        } else {
            s.append("    scheduling thread ").append(elected.gid()).append(" (priority ")
                    .append(elected.priority()).append(")\n");
            boolean first = true;
            for (KernelThread t : threads) {
                if (t.state() != ThreadState.RUNNABLE) {
                    nonReady++;
                } else if (t == elected) {
                    if (markElected) {
                        s.append("elected ").append(t.gid()).append(" !!! \n");
                    }
                } else {
                    s.append(first ? "    other ready:  " : ", ").append(t.gid()).append(" (")
                            .append(t.priority()).append(')');
                    first = false;
                }
            }
            if (!first) {
                s.append('\n');
            }
        }
        if (nonReady > 0) {
            s.append("    non-ready:");
            boolean first = true;
            for (KernelThread t : threads) {
                if (t.state() != ThreadState.RUNNABLE) {
                    s.append(first ? " " : ", ").append(t.gid()).append(" (").append(t.priority()).append('/')
                            .append(t.state().traceName()).append(')');
                    first = false;
                }
            }
            s.append('\n');
        }
    }

    /**
     * {@code pok_sched_part_rms}'s trace, printed whenever a thread runs. POK's loops run to {@code high}
     * inclusive, one past the partition's range; jpok lists only the partition's own threads.
     */
    static String rmsTrace(PartitionThreads p, KernelThread current, KernelThread elected, int processor) {
        if (elected == null && current == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        s.append("--- Scheduling processor: ").append((byte) processor).append('\n');
        if (elected == null) {
            s.append("    scheduling idle thread\t\t");
        } else {
            s.append("    scheduling thread: ").append(elected.gid()).append(" {").append(elected.period())
                    .append("} --- ");
            for (KernelThread t : p.threads()) {
                if (t.state() == ThreadState.RUNNABLE) {
                    s.append(' ').append(t.gid()).append(" {").append(t.period()).append("} ,");
                }
            }
            s.append(" are runnable; \n\t\t");
        }
        for (KernelThread t : p.threads()) {
            if (t.state() != ThreadState.RUNNABLE) {
                s.append(' ').append(t.gid()).append(" (").append(t.state().traceName()).append(')');
            }
        }
        s.append(" are NOT runnable;\n");
        return s.toString();
    }
}
