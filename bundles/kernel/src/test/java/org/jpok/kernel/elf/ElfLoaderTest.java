package org.jpok.kernel.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ElfLoaderTest {

    private static final int BASE = 0x1000;
    private static final int SIZE = 0x1000;

    private static ElfException refuse(byte[] elf, int partitionSize) {
        byte[] memory = new byte[BASE + partitionSize + 16];
        return assertThrows(ElfException.class,
                () -> ElfLoader.load(elf, new ByteArrayLoadTarget(memory, BASE, partitionSize)));
    }

    private static byte[] patch32(byte[] elf, int at, int value) {
        byte[] copy = elf.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
        return copy;
    }

    private static byte[] patch16(byte[] elf, int at, int value) {
        byte[] copy = elf.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putShort(at, (short) value);
        return copy;
    }

    @Test
    void loadsSegmentsZeroesBssAndTheRestAndReturnsTheEntry() throws ElfException {
        byte[] code = {(byte) 0xB8, 1, 0, 0, 0, (byte) 0xCD, 42};
        byte[] data = {9, 8, 7};
        byte[] elf = TestElf.builder().entry(2).load(0, code, code.length).load(0x200, data, 0x20).build();
        byte[] memory = new byte[BASE + SIZE + 16];
        Arrays.fill(memory, (byte) 0xAA);
        int entry = ElfLoader.load(elf, new ByteArrayLoadTarget(memory, BASE, SIZE));
        assertEquals(2, entry);
        assertArrayEquals(code, Arrays.copyOfRange(memory, BASE, BASE + code.length));
        assertArrayEquals(data, Arrays.copyOfRange(memory, BASE + 0x200, BASE + 0x203));
        for (int i = BASE + 0x203; i < BASE + 0x220; i++) {
            assertEquals(0, memory[i], "BSS byte at " + i);
        }
        assertEquals(0, memory[BASE + SIZE - 1], "the rest of the partition is zero-filled");
        assertEquals((byte) 0xAA, memory[BASE - 1], "nothing below the region is touched");
        assertEquals((byte) 0xAA, memory[BASE + SIZE], "nothing above the region is touched");
    }

    @Test
    void imageReportsSortedLoadSegmentsOnly() throws ElfException {
        ElfImage image = ElfImage.parse(TestElf.simple());
        assertEquals(2, image.segments().size());
        assertEquals(0, image.segments().get(0).vaddr());
        assertEquals(0x140, image.segments().get(1).memEnd());
    }

    @Test
    void refusesTruncatedHeader() {
        assertTrue(refuse(Arrays.copyOf(TestElf.simple(), 40), SIZE).getMessage().contains("truncated"));
    }

    @Test
    void refusesBadMagicClassDataTypeAndMachine() {
        byte[] elf = TestElf.simple();
        byte[] bad = elf.clone();
        bad[1] = 'X';
        assertTrue(refuse(bad, SIZE).getMessage().contains("magic"));
        bad = elf.clone();
        bad[4] = 2;
        assertTrue(refuse(bad, SIZE).getMessage().contains("class"));
        bad = elf.clone();
        bad[5] = 2;
        assertTrue(refuse(bad, SIZE).getMessage().contains("little-endian"));
        assertTrue(refuse(patch16(elf, 16, 3), SIZE).getMessage().contains("ET_EXEC"));
        assertTrue(refuse(patch16(elf, 18, 62), SIZE).getMessage().contains("i386"));
    }

    @Test
    void refusesProgramHeadersBeyondTheFile() {
        byte[] elf = TestElf.simple();
        assertTrue(refuse(patch32(elf, 28, elf.length - 8), SIZE).getMessage().contains("program headers"));
        assertTrue(refuse(patch32(elf, 28, -4), SIZE).getMessage().contains("truncated"));
        assertTrue(refuse(patch16(elf, 44, 0), SIZE).getMessage().contains("count"));
    }

    @Test
    void refusesSegmentDataBeyondTheFile() {
        byte[] elf = TestElf.simple();
        // first program header at 52: p_offset @+4, p_filesz @+16
        assertTrue(refuse(patch32(elf, 52 + 4, elf.length - 10), SIZE).getMessage().contains("truncated"));
        assertTrue(refuse(patch32(elf, 52 + 4, 0xFFFFFFF0), SIZE).getMessage().contains("truncated"));
    }

    @Test
    void refusesFileSizeOverMemorySize() {
        assertTrue(refuse(patch32(TestElf.simple(), 52 + 20, 8), SIZE).getMessage().contains("exceeds memory size"));
    }

    @Test
    void refusesOverlappingSegments() {
        byte[] elf = TestElf.builder().load(0, new byte[16], 0x100).load(0x80, new byte[4], 4).build();
        assertTrue(refuse(elf, SIZE).getMessage().contains("overlap"));
    }

    @Test
    void refusesSegmentsOutsideThePartitionWithoutWritingAnything() {
        byte[] elf = TestElf.builder().load(0, new byte[] {1}, 1).load(0xF00, new byte[4], 0x200).build();
        byte[] memory = new byte[BASE + SIZE];
        Arrays.fill(memory, (byte) 0x55);
        ElfException e = assertThrows(ElfException.class,
                () -> ElfLoader.load(elf, new ByteArrayLoadTarget(memory, BASE, SIZE)));
        assertTrue(e.getMessage().contains("does not fit"), e.getMessage());
        assertEquals(0x55, memory[BASE], "a refused image leaves memory untouched");
    }

    @Test
    void refusesWrappingSegment() {
        byte[] elf = TestElf.builder().load(0xFFFFFF00L, new byte[4], 0x200).entry(0xFFFFFF00L).build();
        assertTrue(refuse(elf, SIZE).getMessage().contains("wraps"));
    }

    @Test
    void refusesEntryOutsideSegmentsAndImagesWithoutLoadSegments() {
        assertTrue(refuse(TestElf.builder().entry(0x500).load(0, new byte[4], 4).build(), SIZE).getMessage()
                .contains("entry point"));
        assertTrue(refuse(TestElf.builder().other(4, new byte[4]).build(), SIZE).getMessage().contains("PT_LOAD"));
        assertTrue(refuse(TestElf.builder().load(0, new byte[4], 4).other(3, new byte[4]).build(), SIZE)
                .getMessage().contains("dynamically linked"));
    }

    @Test
    void loadTargetRejectsRegionOutsideMemory() {
        assertThrows(IllegalArgumentException.class, () -> new ByteArrayLoadTarget(new byte[16], 8, 16));
    }
}
