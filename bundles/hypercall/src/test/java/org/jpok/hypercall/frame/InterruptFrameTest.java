package org.jpok.hypercall.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jpok.api.hypercall.InterruptFrame;
import org.junit.jupiter.api.Test;

/** The API's frame record: POK's layout and the upcall rewrite. */
class InterruptFrameTest {

    private final InterruptFrame f = new InterruptFrame(0xA, 0xC, 0xD, 0xB, 0x5000, 0xBB, 0x51, 0xD1, 0x1234, 0x23,
            0x202, 0x2B, 0x2C, 0x2D);

    @Test
    void pokLayoutMatchesTheReference() {
        // §2.5: es @0, ds @4, edi @8, esi @12, ebp @16, esp(pusha) @20, ebx @24, edx @28, ecx @32, eax @36,
        // error @40, eip @44, cs @48, eflags @52, user esp @56, user ss @60
        assertArrayEquals(new int[] {0x2D, 0x2C, 0xD1, 0x51, 0xBB, 0x5000, 0xB, 0xD, 0xC, 0xA, 0, 0x1234, 0x23, 0x202,
            0x5000, 0x2B}, f.toPokWords());
        int[] w = f.toPokWords();
        w[5] = 0xDEAD;
        w[10] = 0xBEEF;
        assertEquals(f, InterruptFrame.fromPokWords(w), "pusha-esp and error are ignored");
        assertThrows(IllegalArgumentException.class, () -> InterruptFrame.fromPokWords(new int[15]));
    }

    @Test
    void anUpcallChangesOnlyEipAndEax() {
        InterruptFrame up = f.redirect(0x400, 3);
        assertEquals(new InterruptFrame(3, 0xC, 0xD, 0xB, 0x5000, 0xBB, 0x51, 0xD1, 0x400, 0x23, 0x202, 0x2B, 0x2C,
                0x2D), up);
        assertEquals(3, f.rpl());
    }
}
