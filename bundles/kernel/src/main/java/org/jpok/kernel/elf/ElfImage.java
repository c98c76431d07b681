package org.jpok.kernel.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A parsed and checked i386 ET_EXEC image: its entry point and its PT_LOAD segments. Every offset and size
 * is checked against the file; {@link #checkFits(long)} checks them against a partition.
 */
public final class ElfImage {

    static final int EHDR_SIZE = 52;
    static final int PHDR_SIZE = 32;
    static final int ET_EXEC = 2;
    static final int EM_386 = 3;
    static final int PT_LOAD = 1;
    static final int PT_DYNAMIC = 2;
    static final int PT_INTERP = 3;

    private final byte[] file;
    private final long entry;
    private final List<ElfSegment> segments;

    private ElfImage(byte[] file, long entry, List<ElfSegment> segments) {
        this.file = file;
        this.entry = entry;
        this.segments = List.copyOf(segments);
    }

    /** The file's bytes; the loader copies segments from here. Not a copy: do not modify. */
    byte[] bytes() {
        return file;
    }

    /** Partition-relative entry point ({@code e_entry}). */
    public int entry() {
        return (int) entry;
    }

    /** PT_LOAD segments with a non-zero memory size, sorted by address. */
    public List<ElfSegment> segments() {
        return segments;
    }

    /** Parses {@code file}; the array is kept, not copied. */
    public static ElfImage parse(byte[] file) throws ElfException {
        if (file.length < 4 || file[0] != 0x7F || file[1] != 'E' || file[2] != 'L' || file[3] != 'F') {
            throw new ElfException("not an ELF file (bad magic)");
        }
        if (file.length < EHDR_SIZE) {
            throw new ElfException("truncated: " + file.length + " bytes, an ELF header needs " + EHDR_SIZE);
        }
        if (file[4] != 1) {
            throw new ElfException("wrong class " + file[4] + ": not a 32-bit ELF (ELFCLASS32)");
        }
        if (file[5] != 1) {
            throw new ElfException("wrong data encoding " + file[5] + ": not little-endian (ELFDATA2LSB)");
        }
        if (file[6] != 1) {
            throw new ElfException("wrong ELF version " + file[6]);
        }
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        int type = u16(b, 16);
        if (type != ET_EXEC) {
            throw new ElfException("wrong type " + type + ": not an executable (ET_EXEC)");
        }
        int machine = u16(b, 18);
        if (machine != EM_386) {
            throw new ElfException("wrong machine " + machine + ": not i386 (EM_386)");
        }
        long entry = u32(b, 24);
        long phoff = u32(b, 28);
        int phentsize = u16(b, 42);
        int phnum = u16(b, 44);
        if (phentsize != PHDR_SIZE) {
            throw new ElfException("program header size " + phentsize + ", expected " + PHDR_SIZE);
        }
        if (phnum == 0 || phnum == 0xFFFF) {
            throw new ElfException("bad program header count " + phnum);
        }
        if (phoff + (long) phnum * PHDR_SIZE > file.length) {
            throw new ElfException("truncated: program headers at " + phoff + " (" + phnum + " entries) end beyond"
                    + " the file of " + file.length + " bytes");
        }
        List<ElfSegment> segments = new ArrayList<>();
        for (int i = 0; i < phnum; i++) {
            int at = (int) (phoff + (long) i * PHDR_SIZE);
            long ptype = u32(b, at);
            if (ptype == PT_DYNAMIC || ptype == PT_INTERP) {
                throw new ElfException("program header " + i + ": dynamically linked images are not supported");
            }
            if (ptype != PT_LOAD) {
                continue;
            }
            ElfSegment s = new ElfSegment(i, u32(b, at + 4), u32(b, at + 8), u32(b, at + 16), u32(b, at + 20),
                    (int) u32(b, at + 24));
            checkSegment(s, file.length);
            if (s.memSize() > 0) {
                segments.add(s);
            }
        }
        if (segments.isEmpty()) {
            throw new ElfException("no loadable (PT_LOAD) segment");
        }
        segments.sort(Comparator.comparingLong(ElfSegment::vaddr));
        for (int i = 1; i < segments.size(); i++) {
            ElfSegment prev = segments.get(i - 1);
            ElfSegment cur = segments.get(i);
            if (cur.vaddr() < prev.memEnd()) {
                throw new ElfException("segments " + prev.index() + " and " + cur.index() + " overlap at 0x"
                        + Long.toHexString(cur.vaddr()));
            }
        }
        boolean entryInside = segments.stream().anyMatch(s -> entry >= s.vaddr() && entry < s.memEnd());
        if (!entryInside) {
            throw new ElfException("entry point 0x" + Long.toHexString(entry) + " is outside every loaded segment");
        }
        return new ElfImage(file, entry, segments);
    }

    private static void checkSegment(ElfSegment s, int fileLength) throws ElfException {
        String where = "program header " + s.index() + ": ";
        if (s.fileSize() > s.memSize()) {
            throw new ElfException(where + "file size " + s.fileSize() + " exceeds memory size " + s.memSize());
        }
        if (s.fileOffset() + s.fileSize() > fileLength) {
            throw new ElfException(where + "truncated: data at " + s.fileOffset() + "+" + s.fileSize()
                    + " ends beyond the file of " + fileLength + " bytes");
        }
        if (s.vaddr() + s.memSize() > 0x1_0000_0000L) {
            throw new ElfException(where + "segment at 0x" + Long.toHexString(s.vaddr()) + "+" + s.memSize()
                    + " wraps past 4 GiB");
        }
    }

    /** Throws unless every segment lies inside a partition of {@code partitionSize} bytes. */
    public void checkFits(long partitionSize) throws ElfException {
        for (ElfSegment s : segments) {
            if (s.memEnd() > partitionSize) {
                throw new ElfException("program header " + s.index() + ": segment 0x" + Long.toHexString(s.vaddr())
                        + "..0x" + Long.toHexString(s.memEnd()) + " does not fit in the partition of "
                        + partitionSize + " bytes");
            }
        }
    }

    private static int u16(ByteBuffer b, int at) {
        return Short.toUnsignedInt(b.getShort(at));
    }

    private static long u32(ByteBuffer b, int at) {
        return Integer.toUnsignedLong(b.getInt(at));
    }
}
