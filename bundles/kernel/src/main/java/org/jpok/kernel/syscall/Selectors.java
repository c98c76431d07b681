package org.jpok.kernel.syscall;

/**
 * POK's GDT selectors on one CPU (§3.1): kernel code 0x08, data 0x10, the TSS 0x18, then partition n's code
 * segment at 0x23 + 16n and data segment at 0x2B + 16n (RPL 3). The kernel tells the calling partition from
 * the CS saved in the trap frame, as POK's {@code PARTITION_ID(cs)} does.
 */
public final class Selectors {

    public static final int KERNEL_CODE = 0x08;
    public static final int KERNEL_DATA = 0x10;
    public static final int TSS = 0x18;
    /** GDT index of partition 0's code descriptor. */
    static final int FIRST_PARTITION_INDEX = 4;

    private Selectors() {
    }

    public static int code(int partition) {
        return ((FIRST_PARTITION_INDEX + 2 * partition) << 3) | 3;
    }

    public static int data(int partition) {
        return ((FIRST_PARTITION_INDEX + 2 * partition + 1) << 3) | 3;
    }

    /**
     * The partition whose code selector {@code cs} is, or -1 if it is none of the {@code partitions}' code
     * selectors (a kernel selector, a data selector, RPL other than 3, or beyond the last partition).
     */
    public static int partitionOfCs(int cs, int partitions) {
        int index = (cs & 0xFFFF) >> 3;
        int n = (index - FIRST_PARTITION_INDEX) / 2;
        if ((cs & 0xFFFF) != cs || index < FIRST_PARTITION_INDEX || n >= partitions || code(n) != cs) {
            return -1;
        }
        return n;
    }
}
