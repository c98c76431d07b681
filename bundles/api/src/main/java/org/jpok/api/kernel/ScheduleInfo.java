package org.jpok.api.kernel;

import java.util.List;

/**
 * The partition schedule (POK's major frame) and where the kernel is in it.
 *
 * @param majorFrameNs   the major frame's length
 * @param slots          the slots in order
 * @param currentSlot    index of the slot holding the current time, or -1 in the idle gap after the last slot
 * @param frameOffsetNs  the current time's offset inside the major frame
 * @param frameNumber    how many whole major frames have passed
 */
public record ScheduleInfo(long majorFrameNs, List<Slot> slots, int currentSlot, long frameOffsetNs, long frameNumber) {

    public ScheduleInfo {
        slots = List.copyOf(slots);
    }

    /** One slot: the partition that owns it and its length. */
    public record Slot(int partition, long durationNs) {
    }
}
