package org.jpok.guest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The few ELF header facts the tests check on a partition image. */
record ElfImage(int elfClass, int type, int machine, long entry, List<Segment> loads) {

    record Segment(long offset, long vaddr, long fileSize, long memSize) {
    }

    static final int PT_LOAD = 1;

    static ElfImage read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 0x464C457F) {
            throw new IOException(file + ": not an ELF file");
        }
        int elfClass = b.get(4);
        int type = Short.toUnsignedInt(b.getShort(16));
        int machine = Short.toUnsignedInt(b.getShort(18));
        long entry = Integer.toUnsignedLong(b.getInt(24));
        long phoff = Integer.toUnsignedLong(b.getInt(28));
        int phentsize = Short.toUnsignedInt(b.getShort(42));
        int phnum = Short.toUnsignedInt(b.getShort(44));
        List<Segment> loads = new ArrayList<>();
        for (int i = 0; i < phnum; i++) {
            int at = (int) (phoff + (long) i * phentsize);
            if (b.getInt(at) == PT_LOAD) {
                loads.add(new Segment(Integer.toUnsignedLong(b.getInt(at + 4)),
                        Integer.toUnsignedLong(b.getInt(at + 8)),
                        Integer.toUnsignedLong(b.getInt(at + 16)),
                        Integer.toUnsignedLong(b.getInt(at + 20))));
            }
        }
        return new ElfImage(elfClass, type, machine, entry, loads);
    }

    /** Lowest loaded address and one past the highest. */
    long lowest() {
        return loads.stream().mapToLong(Segment::vaddr).min().orElse(-1);
    }

    long end() {
        return loads.stream().mapToLong(s -> s.vaddr() + s.memSize()).max().orElse(-1);
    }
}
