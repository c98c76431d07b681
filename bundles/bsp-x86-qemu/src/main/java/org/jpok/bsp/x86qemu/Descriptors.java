package org.jpok.bsp.x86qemu;

/** Encodes i386 segment descriptors and IDT gates as the two 32-bit words the CPU reads. */
final class Descriptors {

    static final int CODE_ACCESS = 0x9A, DATA_ACCESS = 0x92, TSS_AVAILABLE = 0x89, TSS_BUSY = 0x8B;
    static final int INTERRUPT_GATE = 0xE, TRAP_GATE = 0xF;

    private Descriptors() {
    }

    /**
     * A segment of {@code size} bytes at {@code base}. Sizes up to 1 MiB are byte-granular; larger ones must be a
     * multiple of 4 KiB and use page granularity. {@code flags} is the D/B bit (0x4) or 0.
     */
    static long segment(int base, long size, int access, int dpl, int flags) {
        long limit = size - 1;
        int g = 0;
        if (size > (1 << 20)) {
            if ((size & 0xFFF) != 0) {
                throw new IllegalArgumentException("a segment over 1 MiB must be a multiple of 4 KiB, not " + size);
            }
            limit = (size >>> 12) - 1;
            g = 0x8;
        }
        int acc = access | (dpl << 5);
        int lo = (int) ((base & 0xFFFF) << 16 | (limit & 0xFFFF));
        int hi = (base & 0xFF000000) | (((flags | g) & 0xF) << 20) | (int) (limit & 0xF0000) | (acc << 8)
                | ((base >>> 16) & 0xFF);
        return (lo & 0xFFFFFFFFL) | ((long) hi << 32);
    }

    /** An IDT gate to {@code selector:offset}. */
    static long gate(int selector, int offset, int type, int dpl) {
        int lo = (selector << 16) | (offset & 0xFFFF);
        int hi = (offset & 0xFFFF0000) | 0x8000 | (dpl << 13) | (type << 8);
        return (lo & 0xFFFFFFFFL) | ((long) hi << 32);
    }
}
