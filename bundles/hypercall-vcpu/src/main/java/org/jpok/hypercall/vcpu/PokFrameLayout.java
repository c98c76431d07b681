package org.jpok.hypercall.vcpu;

import org.jpok.api.hypercall.GuestMemory;
import org.jpok.api.hypercall.InterruptFrame;

/** POK's {@code interrupt_frame} (64 bytes, {@link InterruptFrame#toPokWords()}) in a partition's memory. */
final class PokFrameLayout {

    private PokFrameLayout() {
    }

    static void write(GuestMemory mem, int at, InterruptFrame f) {
        int[] w = f.toPokWords();
        for (int i = 0; i < w.length; i++) {
            mem.writeInt(at + 4 * i, w[i]);
        }
    }

    static InterruptFrame read(GuestMemory mem, int at) {
        int[] w = new int[InterruptFrame.POK_WORDS];
        for (int i = 0; i < w.length; i++) {
            w[i] = mem.readInt(at + 4 * i);
        }
        return InterruptFrame.fromPokWords(w);
    }
}
