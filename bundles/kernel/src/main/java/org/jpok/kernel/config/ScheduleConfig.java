package org.jpok.kernel.config;

import java.util.List;

/** {@code kernel.scheduler}: the major frame and its slots in order. */
public record ScheduleConfig(long majorFrameNs, List<Slot> slots) {

    public ScheduleConfig {
        slots = List.copyOf(slots);
    }
}
