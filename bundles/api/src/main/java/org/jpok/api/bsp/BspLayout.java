package org.jpok.api.bsp;

import java.util.List;

/**
 * Where the kernel wants the BSP's structures and which partitions exist: physical addresses of
 * the GDT, IDT and TSS inside the kernel area, the partitions' regions (partition n gets code
 * selector 0x23 + 16n and data selector 0x2B + 16n, base = region, limit = size, DPL 3), and the
 * timer period.
 */
public record BspLayout(int gdtBase, int idtBase, int tssBase, int kernelStackTop, List<Region> partitions,
        long timerPeriodNs) {

    /** A partition's physical region. */
    public record Region(int base, int size) {
    }

    public BspLayout {
        partitions = List.copyOf(partitions);
    }
}
