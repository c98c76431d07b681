package org.jpok.kernel.sched;

import java.util.Locale;

/** The intra-partition scheduling policies, with POK's {@code POK_SCHED_*} values where POK has one. */
public enum SchedulerKind {
    /** POK's default: round robin, non-preemptive for threads with infinite capacity. */
    RR(1),
    /** Rate monotonic: the runnable thread with the shortest period. */
    RMS(3),
    /** Earliest deadline first: a jpok extension (POK only reserves the enum value). */
    EDF(4),
    /** Fixed priorities, highest first. */
    STATIC(6);

    private final int pokValue;

    SchedulerKind(int pokValue) {
        this.pokValue = pokValue;
    }

    public int pokValue() {
        return pokValue;
    }

    /** The word used in config.yaml. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The policy for a config.yaml word (case-insensitive), or null. */
    public static SchedulerKind ofConfigName(String word) {
        for (SchedulerKind k : values()) {
            if (k.configName().equalsIgnoreCase(word)) {
                return k;
            }
        }
        return null;
    }

    /** A fresh scheduler of this kind. */
    public Scheduler create() {
        return switch (this) {
            case RR -> new RoundRobinScheduler();
            case RMS -> new RmsScheduler();
            case EDF -> new EdfScheduler();
            case STATIC -> new StaticPriorityScheduler();
        };
    }
}
