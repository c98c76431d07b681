package org.jpok.kernel.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Builds small i386 ET_EXEC images in memory, the way a linker lays them out, for tests. */
public final class TestElf {

    private record Seg(int type, long vaddr, byte[] data, long memSize, int flags) {
    }

    private final List<Seg> segments = new ArrayList<>();
    private long entry;

    public static TestElf builder() {
        return new TestElf();
    }

    public TestElf entry(long entry) {
        this.entry = entry;
        return this;
    }

    /** A PT_LOAD segment at {@code vaddr} with {@code data} and {@code memSize - data.length} bytes of BSS. */
    public TestElf load(long vaddr, byte[] data, long memSize) {
        segments.add(new Seg(1, vaddr, data, memSize, 5));
        return this;
    }

    /** A program header of another type (e.g. PT_NOTE 4, PT_GNU_STACK 0x6474e551). */
    public TestElf other(int type, byte[] data) {
        segments.add(new Seg(type, 0, data, data.length, 4));
        return this;
    }

    /** A typical small partition: code at 0, data after it, a BSS. Entry 0. */
    public static byte[] simple() {
        byte[] code = new byte[64];
        for (int i = 0; i < code.length; i++) {
            code[i] = (byte) (0x90 + i);
        }
        byte[] data = {1, 2, 3, 4, 5, 6, 7, 8};
        return builder().entry(0).load(0, code, 64).load(0x100, data, 0x40).other(0x6474e551, new byte[0]).build();
    }

    public byte[] build() {
        int phoff = ElfImage.EHDR_SIZE;
        int dataStart = phoff + segments.size() * ElfImage.PHDR_SIZE;
        int total = dataStart;
        for (Seg s : segments) {
            total += s.data().length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7F, 'E', 'L', 'F', 1, 1, 1, 0});
        b.putShort(16, (short) ElfImage.ET_EXEC);
        b.putShort(18, (short) ElfImage.EM_386);
        b.putInt(20, 1);
        b.putInt(24, (int) entry);
        b.putInt(28, phoff);
        b.putInt(32, 0);
        b.putShort(40, (short) ElfImage.EHDR_SIZE);
        b.putShort(42, (short) ElfImage.PHDR_SIZE);
        b.putShort(44, (short) segments.size());
        b.putShort(46, (short) 40);
        int off = dataStart;
        for (int i = 0; i < segments.size(); i++) {
            Seg s = segments.get(i);
            int at = phoff + i * ElfImage.PHDR_SIZE;
            b.putInt(at, s.type());
            b.putInt(at + 4, off);
            b.putInt(at + 8, (int) s.vaddr());
            b.putInt(at + 12, (int) s.vaddr());
            b.putInt(at + 16, s.data().length);
            b.putInt(at + 20, (int) s.memSize());
            b.putInt(at + 24, s.flags());
            b.putInt(at + 28, 4);
            b.put(off, s.data());
            off += s.data().length;
        }
        return b.array();
    }
}
