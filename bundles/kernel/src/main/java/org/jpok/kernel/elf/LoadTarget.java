package org.jpok.kernel.elf;

/** The memory an image is loaded into: a partition's region, addressed partition-relative from 0. */
public interface LoadTarget {

    /** The region's size in bytes. */
    long size();

    /** Sets {@code length} bytes from {@code offset} to zero; the range lies inside the region. */
    void zero(long offset, long length);

    /** Copies {@code length} bytes of {@code src} from {@code srcOffset} to {@code offset}; inside the region. */
    void write(long offset, byte[] src, int srcOffset, int length);
}
