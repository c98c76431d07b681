package org.jpok.hypercall.virt;

import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.hypercall.VirtualCpu;
import org.jpok.api.kernel.Errno;

/**
 * One partition's vCPU. Virtual IRQ slots are indexed by PIC line, so each of the 16 lines has its own slot and
 * pending counter (POK scans a free-form table and never delivers its slot 15).
 */
public final class VcpuState implements VirtualCpu {

    /** Pending counters saturate here instead of wrapping to 0 as POK's u8 counter does. */
    public static final int MAX_PENDING = 255;

    private final int partition;
    private final long size;
    private final VcpuHost host;

    private int disableDepth;
    private final boolean[] slotRegistered = new boolean[HypercallIds.IRQ_LINES];
    private final int[] pending = new int[HypercallIds.IRQ_LINES];
    private boolean hasEntry;
    private int entry;
    private final FrameStack frames = new FrameStack();
    private boolean overflowReported;
    private long saturated;

    /** @param size the partition's size: entry points must lie inside it */
    public VcpuState(int partition, long size, VcpuHost host) {
        this.partition = partition;
        this.size = size;
        this.host = host;
    }

    @Override
    public int partition() {
        return partition;
    }

    @Override
    public void disableInterrupts() {
        if (disableDepth < Integer.MAX_VALUE) {
            disableDepth++;
        }
    }

    @Override
    public void enableInterrupts() {
        if (disableDepth > 0) {
            disableDepth--;
        }
    }

    /** Upcall entry (1) and DO_IRET (the interrupted context's level, 0) set the level as an interrupt gate and iret do. */
    public void setDisableDepth(int depth) {
        disableDepth = depth;
    }

    @Override
    public boolean interruptsEnabled() {
        return disableDepth == 0;
    }

    @Override
    public int disableDepth() {
        return disableDepth;
    }

    @Override
    public Errno registerEntry(int line, int entryPoint) {
        if (!validLine(line) || Integer.toUnsignedLong(entryPoint) >= size) {
            return Errno.EINVAL;
        }
        slotRegistered[line] = true;
        hasEntry = true;
        entry = entryPoint;
        return Errno.OK;
    }

    @Override
    public Errno unregisterEntry(int vector) {
        int line = vector - HypercallIds.IRQ_VECTOR_BASE;
        if (!validLine(line) || !slotRegistered[line]) {
            return Errno.EINVAL;
        }
        slotRegistered[line] = false;
        if (!host.routed(partition, line)) {
            pending[line] = 0;
        }
        if (!anySlotRegistered()) {
            hasEntry = false;
            entry = 0;
        }
        return Errno.OK;
    }

    @Override
    public int pending(int line) {
        return validLine(line) ? pending[line] : 0;
    }

    @Override
    public int savedFrames() {
        return frames.depth();
    }

    @Override
    public InterruptFrame savedFrame() {
        return frames.peek();
    }

    @Override
    public Errno replaceSavedFrame(InterruptFrame f) {
        InterruptFrame top = frames.peek();
        if (top == null || f == null) {
            return Errno.EINVAL;
        }
        frames.replaceTop(top.withUserState(f));
        return Errno.OK;
    }

    @Override
    public Errno returnFromInterrupt() {
        return host.returnFromInterrupt(partition);
    }

    @Override
    public boolean slotRegistered(int line) {
        return validLine(line) && slotRegistered[line];
    }

    @Override
    public boolean hasEntry() {
        return hasEntry;
    }

    @Override
    public int entry() {
        return entry;
    }

    /** One more occurrence of {@code line}. */
    public void post(int line) {
        if (pending[line] < MAX_PENDING) {
            pending[line]++;
        } else {
            saturated++;
        }
    }

    /** One occurrence of {@code line} has been delivered. */
    public void consume(int line) {
        if (pending[line] > 0) {
            pending[line]--;
        }
    }

    /** Drops what is pending on {@code line} (its route went away). */
    public void clearPending(int line) {
        pending[line] = 0;
    }

    /** Occurrences lost because a pending counter was already at {@link #MAX_PENDING}. */
    public long saturated() {
        return saturated;
    }

    public FrameStack frames() {
        return frames;
    }

    /**
     * Records an overflow of the frame stack; true only for the first attempt of an episode, so that the health
     * monitor hears of it once and not at every return to the partition. An episode ends when a frame is popped.
     */
    public boolean noteOverflow() {
        if (overflowReported) {
            return false;
        }
        overflowReported = true;
        return true;
    }

    public void pushFrame(InterruptFrame f) {
        frames.push(f);
    }

    public InterruptFrame popFrame() {
        overflowReported = false;
        return frames.pop();
    }

    /** Back to the boot state: enabled, no slots, no entry, no frames. */
    public void reset() {
        disableDepth = 0;
        java.util.Arrays.fill(slotRegistered, false);
        java.util.Arrays.fill(pending, 0);
        hasEntry = false;
        entry = 0;
        frames.clear();
        overflowReported = false;
    }

    private boolean anySlotRegistered() {
        for (boolean b : slotRegistered) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    private static boolean validLine(int line) {
        return line >= 0 && line < HypercallIds.IRQ_LINES;
    }
}
