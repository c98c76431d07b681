package org.jpok.kernel.elf;

/** Loads an i386 partition image as POK's loader does, but with every range checked first (loader.c). */
public final class ElfLoader {

    private ElfLoader() {
    }

    /** Parses {@code file} and loads it into {@code target}; returns the partition-relative entry point. */
    public static int load(byte[] file, LoadTarget target) throws ElfException {
        return load(ElfImage.parse(file), target);
    }

    /**
     * Zero-fills the whole region (so a restart starts from the same memory as a first boot), copies every
     * segment's file bytes and zeroes its BSS. Nothing is written unless the whole image fits.
     */
    public static int load(ElfImage image, LoadTarget target) throws ElfException {
        image.checkFits(target.size());
        target.zero(0, target.size());
        byte[] file = image.bytes();
        for (ElfSegment s : image.segments()) {
            target.write(s.vaddr(), file, (int) s.fileOffset(), (int) s.fileSize());
            target.zero(s.vaddr() + s.fileSize(), s.memSize() - s.fileSize());
        }
        return image.entry();
    }
}
