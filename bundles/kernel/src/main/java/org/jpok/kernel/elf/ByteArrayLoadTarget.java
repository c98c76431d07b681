package org.jpok.kernel.elf;

import java.util.Arrays;

/** A region {@code [base, base + size)} of a byte array, e.g. the machine's physical memory. */
public final class ByteArrayLoadTarget implements LoadTarget {

    private final byte[] memory;
    private final int base;
    private final int size;

    public ByteArrayLoadTarget(byte[] memory, int base, int size) {
        if (base < 0 || size < 0 || (long) base + size > memory.length) {
            throw new IllegalArgumentException("region " + base + "+" + size + " is outside memory of "
                    + memory.length + " bytes");
        }
        this.memory = memory;
        this.base = base;
        this.size = size;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void zero(long offset, long length) {
        check(offset, length);
        Arrays.fill(memory, base + (int) offset, base + (int) (offset + length), (byte) 0);
    }

    @Override
    public void write(long offset, byte[] src, int srcOffset, int length) {
        check(offset, length);
        System.arraycopy(src, srcOffset, memory, base + (int) offset, length);
    }

    private void check(long offset, long length) {
        if (offset < 0 || length < 0 || offset + length > size) {
            throw new IndexOutOfBoundsException("range " + offset + "+" + length + " outside region of " + size);
        }
    }
}
