package org.jpok.kernel.elf;

/**
 * One PT_LOAD program header: {@code fileSize} bytes from {@code fileOffset} go to partition-relative
 * {@code vaddr}, and the rest up to {@code memSize} is zero (BSS). All values are unsigned 32-bit, held in longs.
 */
public record ElfSegment(int index, long fileOffset, long vaddr, long fileSize, long memSize, int flags) {

    /** Exclusive end of the segment in partition memory. */
    public long memEnd() {
        return vaddr + memSize;
    }
}
