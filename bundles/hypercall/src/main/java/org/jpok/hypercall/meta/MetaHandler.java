package org.jpok.hypercall.meta;

import java.util.Arrays;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.kernel.Errno;
import org.jpok.api.vmm.KernelIrqHandler;

/**
 * POK's {@code meta_handler} table: per PIC line an optional kernel handler, at most one handler per partition,
 * and per partition a "waiting" flag. An occurrence is handed to a partition only while its flag is set; handing
 * it over clears the flag and the partition's ack (hypercall 29) sets it again. A line is unmasked while a kernel
 * handler or any partition wants it. Unlike POK, a partition can never install the kernel handler (POK put a
 * handler whose address lay below partition 0 into the kernel column).
 */
public final class MetaHandler {

    private final int partitions;
    private final IrqMasks masks;
    private final KernelIrqHandler[] kernel = new KernelIrqHandler[HypercallIds.IRQ_LINES];
    private final boolean[][] routed;
    private final int[][] handler;
    private final boolean[][] waiting;
    private final long[][] dropped;

    public MetaHandler(int partitions, IrqMasks masks) {
        this.partitions = partitions;
        this.masks = masks;
        routed = new boolean[HypercallIds.IRQ_LINES][partitions];
        handler = new int[HypercallIds.IRQ_LINES][partitions];
        waiting = new boolean[HypercallIds.IRQ_LINES][partitions];
        dropped = new long[HypercallIds.IRQ_LINES][partitions];
        for (boolean[] row : waiting) {
            Arrays.fill(row, true);
        }
    }

    public static boolean validLine(int line) {
        return line >= 0 && line < HypercallIds.IRQ_LINES;
    }

    /** Installs (null: removes) the kernel's handler of {@code line}. */
    public void setKernelHandler(int line, KernelIrqHandler h) {
        checkLine(line);
        kernel[line] = h;
        if (h != null) {
            masks.unmask(line);
        } else if (!wanted(line)) {
            masks.mask(line);
        }
    }

    public KernelIrqHandler kernelHandler(int line) {
        checkLine(line);
        return kernel[line];
    }

    /** Hypercall 25 for partition {@code p}: routes the line to it (armed) and unmasks the line. */
    public Errno register(int p, int line, int entry) {
        if (!validLine(line)) {
            return Errno.EINVAL;
        }
        routed[line][p] = true;
        handler[line][p] = entry;
        waiting[line][p] = true;
        masks.unmask(line);
        return Errno.OK;
    }

    /** Hypercall 26 for partition {@code p}; masks the line once nobody wants it. Not being routed is fine. */
    public Errno unregister(int p, int line) {
        if (!validLine(line)) {
            return Errno.EINVAL;
        }
        boolean was = routed[line][p];
        routed[line][p] = false;
        handler[line][p] = 0;
        waiting[line][p] = true;
        if (was && !wanted(line)) {
            masks.mask(line);
        }
        return Errno.OK;
    }

    /** Hypercall 29 for partition {@code p}: re-arms delivery of {@code line}. */
    public Errno ack(int p, int line) {
        if (!validLine(line)) {
            return Errno.EINVAL;
        }
        waiting[line][p] = true;
        return Errno.OK;
    }

    public boolean routed(int p, int line) {
        return validLine(line) && routed[line][p];
    }

    /** The handler partition {@code p} registered for {@code line}; meaningful only if {@link #routed}. */
    public int handler(int p, int line) {
        return handler[line][p];
    }

    public boolean waiting(int p, int line) {
        return waiting[line][p];
    }

    /** Occurrences of {@code line} not handed to {@code p} because it had not acked the previous one. */
    public long dropped(int p, int line) {
        return dropped[line][p];
    }

    /** True while a kernel handler or a partition wants {@code line}. */
    public boolean wanted(int line) {
        if (kernel[line] != null) {
            return true;
        }
        for (boolean r : routed[line]) {
            if (r) {
                return true;
            }
        }
        return false;
    }

    /**
     * One occurrence of hardware IRQ {@code line}: the kernel handler, then every routed partition whose waiting
     * flag is set (the flag is cleared). The sink receives the hand-overs.
     */
    public void raise(int line, IrqRouteSink sink) {
        checkLine(line);
        KernelIrqHandler k = kernel[line];
        if (k != null) {
            k.irq(line);
        }
        for (int p = 0; p < partitions; p++) {
            if (!routed[line][p]) {
                continue;
            }
            if (waiting[line][p]) {
                waiting[line][p] = false;
                sink.deliver(p, line);
            } else {
                dropped[line][p]++;
            }
        }
    }

    /** Partition {@code p} restarts: all its routes go. */
    public void resetPartition(int p) {
        for (int line = 0; line < HypercallIds.IRQ_LINES; line++) {
            unregister(p, line);
            dropped[line][p] = 0;
        }
    }

    private static void checkLine(int line) {
        if (!validLine(line)) {
            throw new IllegalArgumentException("IRQ line " + line + " is not 0..15");
        }
    }
}
