package org.jpok.api.vmm;

import java.util.Arrays;

import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.hypercall.VirtualCpu;

/**
 * A partition's {@link VirtualCpu} at one instruction boundary, for display.
 *
 * @param partition     the owning partition
 * @param disableDepth  the virtual IF nesting counter (0 = interrupts enabled)
 * @param pending       undelivered occurrences per IRQ line, 16 entries
 * @param savedFrames   how many interrupted frames are saved
 * @param innermostFrame the frame DO_IRET would return to, or null if none is saved
 */
public record VcpuSnapshot(int partition, int disableDepth, int[] pending, int savedFrames,
        InterruptFrame innermostFrame) {

    /** IRQ lines a vCPU has slots for. */
    public static final int LINES = 16;

    public VcpuSnapshot {
        if (pending.length != LINES) {
            throw new IllegalArgumentException("a vCPU has " + LINES + " pending counters, not " + pending.length);
        }
        pending = pending.clone();
    }

    /** Reads {@code cpu} (on the vCPU thread). */
    public static VcpuSnapshot of(VirtualCpu cpu) {
        int[] pending = new int[LINES];
        for (int line = 0; line < LINES; line++) {
            pending[line] = cpu.pending(line);
        }
        return new VcpuSnapshot(cpu.partition(), cpu.disableDepth(), pending, cpu.savedFrames(), cpu.savedFrame());
    }

    @Override
    public int[] pending() {
        return pending.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VcpuSnapshot s && s.partition == partition && s.disableDepth == disableDepth
                && Arrays.equals(s.pending, pending) && s.savedFrames == savedFrames
                && java.util.Objects.equals(s.innermostFrame, innermostFrame);
    }

    @Override
    public int hashCode() {
        return 31 * partition + Arrays.hashCode(pending);
    }
}
