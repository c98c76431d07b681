package org.jpok.kernel.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Mutates a valid image in many ways; every mutant must either load inside the region or be refused with an
 * {@link ElfException} that has a message, and nothing outside the region may ever be written.
 */
class ElfFuzzTest {

    private static final int MUTATIONS = 20_000;
    private static final int BASE = 256;
    private static final int SIZE = 0x800;
    private static final int[] FIELD_OFFSETS = {16, 18, 20, 24, 28, 32, 40, 42, 44, 46,
        52, 56, 60, 64, 68, 72, 76, 80, 84, 88, 92, 96, 100, 104, 108, 112, 116, 120, 124, 128, 132, 136, 140, 144};
    private static final int[] INTERESTING = {0, 1, 2, 3, 4, 0x20, 0x34, 0x7F, 0x80, 0xFF, 0x100, 0x7FF, 0x800,
        0x801, 0xFFFF, 0x10000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFF0, 0xFFFFFFFF};

    @Test
    void mutatedImagesLoadOrFailCleanly() {
        byte[] seed = TestElf.builder().entry(4).load(0, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, 16)
                .load(0x100, new byte[] {9, 9, 9}, 0x80).other(4, new byte[] {1, 2, 3, 4}).build();
        SplittableRandom random = new SplittableRandom(0x6a706f6bL);
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] mutant = mutate(seed, random);
            byte[] memory = new byte[BASE + SIZE + BASE];
            Arrays.fill(memory, (byte) 0x5A);
            try {
                int entry = ElfLoader.load(mutant, new ByteArrayLoadTarget(memory, BASE, SIZE));
                assertTrue(Integer.toUnsignedLong(entry) < SIZE, "entry inside the partition");
                loaded++;
            } catch (ElfException e) {
                assertNotNull(e.getMessage());
                assertFalse(e.getMessage().isBlank());
                assertFalse(e.getMessage().contains("\n"), "one-line message");
                refused++;
            } catch (RuntimeException e) {
                fail("mutation " + i + " threw " + e, e);
            }
            for (int j = 0; j < BASE; j++) {
                assertEquals(0x5A, memory[j], "mutation " + i + " wrote below the region");
                assertEquals(0x5A, memory[BASE + SIZE + j], "mutation " + i + " wrote above the region");
            }
        }
        assertEquals(MUTATIONS, loaded + refused);
        assertTrue(loaded > 100, "some mutants still load: " + loaded);
        assertTrue(refused > 1000, "many mutants are refused: " + refused);
    }

    private static byte[] mutate(byte[] seed, SplittableRandom r) {
        byte[] m = seed.clone();
        int rounds = 1 + r.nextInt(3);
        for (int k = 0; k < rounds; k++) {
            switch (r.nextInt(5)) {
                case 0 -> m[r.nextInt(m.length)] = (byte) r.nextInt(256);
                case 1 -> m[r.nextInt(m.length)] ^= (byte) (1 << r.nextInt(8));
                case 2 -> {
                    int at = FIELD_OFFSETS[r.nextInt(FIELD_OFFSETS.length)];
                    int v = INTERESTING[r.nextInt(INTERESTING.length)];
                    ByteBuffer b = ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN);
                    if (at + 4 <= m.length) {
                        b.putInt(at, v);
                    }
                }
                case 3 -> m = Arrays.copyOf(m, r.nextInt(m.length + 1));
                default -> m = Arrays.copyOf(m, m.length + r.nextInt(64));
            }
            if (m.length == 0) {
                break;
            }
        }
        return m;
    }
}
