package org.jpok.bsp.x86qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Descriptor and gate encodings, checked against the words a hand-written GDT and IDT would hold. */
class DescriptorsTest {

    private static void assertWords(int lo, int hi, long descriptor) {
        assertEquals(Integer.toHexString(lo), Integer.toHexString((int) descriptor), "low word");
        assertEquals(Integer.toHexString(hi), Integer.toHexString((int) (descriptor >>> 32)), "high word");
    }

    @Test
    void flatKernelSegmentsArePageGranular() {
        assertWords(0x0000FFFF, 0x00CF9A00, Descriptors.segment(0, 1L << 32, Descriptors.CODE_ACCESS, 0, 0x4));
        assertWords(0x0000FFFF, 0x00CF9200, Descriptors.segment(0, 1L << 32, Descriptors.DATA_ACCESS, 0, 0x4));
    }

    @Test
    void partitionSegmentsAreByteGranularDpl3WithLimitSizeMinusOne() {
        assertWords(0x0000FFFF, 0x0040FA20, Descriptors.segment(0x200000, 0x10000, Descriptors.CODE_ACCESS, 3, 0x4));
        assertWords(0x0000FFFF, 0x0040F220, Descriptors.segment(0x200000, 0x10000, Descriptors.DATA_ACCESS, 3, 0x4));
        assertWords(0x000001FF, 0x01C0F200,
                Descriptors.segment(0x01000000, 2 << 20, Descriptors.DATA_ACCESS, 3, 0x4)); // 2 MiB: G=1, 0x1FF pages
    }

    @Test
    void largeSegmentsMustBeWholePages() {
        assertThrows(IllegalArgumentException.class,
                () -> Descriptors.segment(0, (1 << 20) + 16, Descriptors.DATA_ACCESS, 3, 0x4));
    }

    @Test
    void gates() {
        assertWords(0x00083000, 0x00008E00, Descriptors.gate(0x08, 0x3000, Descriptors.INTERRUPT_GATE, 0));
        assertWords(0x00083540, 0x0000EF00, Descriptors.gate(0x08, 0x3540, Descriptors.TRAP_GATE, 3));
    }
}
