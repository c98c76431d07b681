package org.jpok.hypercall.vcpu;

import org.jpok.api.hypercall.GuestMemory;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.hypercall.InterruptFrame;

/** POK's {@code interrupt_frame} (64 bytes, see {@link HypercallIds#FRAME_SIZE}) in a partition's memory. */
final class PokFrameLayout {

    private PokFrameLayout() {
    }

    static void write(GuestMemory mem, int at, InterruptFrame f) {
        int[] w = {f.es(), f.ds(), f.edi(), f.esi(), f.ebp(), f.esp(), f.ebx(), f.edx(), f.ecx(), f.eax(), 0,
            f.eip(), f.cs(), f.eflags(), f.esp(), f.ss()};
        for (int i = 0; i < w.length; i++) {
            mem.writeInt(at + 4 * i, w[i]);
        }
    }

    /** The pusha-ESP and error words are ignored; the user ESP is the one at offset 56. */
    static InterruptFrame read(GuestMemory mem, int at) {
        int[] w = new int[16];
        for (int i = 0; i < w.length; i++) {
            w[i] = mem.readInt(at + 4 * i);
        }
        return new InterruptFrame(w[9], w[8], w[7], w[6], w[14], w[4], w[3], w[2], w[11], w[12], w[13], w[15], w[1],
                w[0]);
    }
}
