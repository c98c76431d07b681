package org.jpok.bsp.x86qemu.vmm;

import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.machine.Machine;

/** Reads and writes POK's {@code interrupt_frame} (16 words) on a kernel stack. */
final class FrameAccess {

    static final int CS_OFFSET = 48;

    private FrameAccess() {
    }

    static InterruptFrame read(Machine m, int address) {
        int[] w = new int[InterruptFrame.POK_WORDS];
        for (int i = 0; i < w.length; i++) {
            w[i] = m.readInt(address + 4 * i);
        }
        return InterruptFrame.fromPokWords(w);
    }

    /**
     * Writes back the registers in which {@code f} differs from {@code read}, the frame as it was read from
     * {@code address}; the error slot (the vector) is left alone. Each host write into guest memory costs a code
     * cache check, and a hypercall usually changes EAX alone.
     */
    static void write(Machine m, int address, InterruptFrame read, InterruptFrame f) {
        if (f.equals(read)) {
            return;
        }
        int[] was = read.toPokWords();
        int[] w = f.toPokWords();
        for (int i = 0; i < w.length; i++) {
            if (i != 10 && w[i] != was[i]) {
                m.writeInt(address + 4 * i, w[i]);
            }
        }
    }
}
