package org.jpok.bsp.x86qemu.vmm;

import java.io.ByteArrayOutputStream;

import org.jpok.bsp.x86qemu.X86QemuBsp;

/**
 * The vmm BSP's own ring-0 code: one prologue per IRQ line (vectors 32..47) and the hypercall entry (vector 45,
 * which takes the place of IRQ 13's prologue). Each is {@code push $vector (or $0); pusha; push ds; push es;
 * mov $KERNEL_DATA,%ax; mov %ax,%ds; mov %ax,%es; hostcall TAG|vector; pop es; pop ds; popa; add $4,%esp; iret},
 * so the host call sees POK's {@code interrupt_frame} with the vector in the error slot.
 */
final class PrologueStubs {

    /** Host-call numbers of this BSP: {@code TAG | vector}; the kernel's are below 256. */
    static final int TAG = 0x564D0000;
    static final int TAG_MASK = 0xFFFF0000;
    static final int FIRST_IRQ_VECTOR = 32, IRQ_LINES = 16, HYPERCALL_VECTOR = 45;
    static final int STUB_SIZE = 32;
    static final int SIZE = IRQ_LINES * STUB_SIZE;
    /** Offset of the {@code hostcall} instruction inside a stub: after the 5-byte push and 11 bytes of saves. */
    static final int HOSTCALL_OFFSET = 16;

    private PrologueStubs() {
    }

    /** Address of vector {@code vector}'s stub (32..47) in code placed at {@code base}. */
    static int stub(int base, int vector) {
        if (vector < FIRST_IRQ_VECTOR || vector >= FIRST_IRQ_VECTOR + IRQ_LINES) {
            throw new IllegalArgumentException("vector " + vector + " has no prologue stub");
        }
        return base + (vector - FIRST_IRQ_VECTOR) * STUB_SIZE;
    }

    /** The stubs for vectors 32..47, to be placed at any address (the code is position independent). */
    static byte[] code() {
        byte[] out = new byte[SIZE];
        for (int v = FIRST_IRQ_VECTOR; v < FIRST_IRQ_VECTOR + IRQ_LINES; v++) {
            ByteArrayOutputStream s = new ByteArrayOutputStream();
            s.write(0x68); // push imm32: the vector, or 0 (no error code) for the hypercall
            writeInt(s, v == HYPERCALL_VECTOR ? 0 : v);
            s.writeBytes(new byte[] {0x60, 0x1E, 0x06, 0x66, (byte) 0xB8, (byte) X86QemuBsp.KERNEL_DATA, 0x00,
                    (byte) 0x8E, (byte) 0xD8, (byte) 0x8E, (byte) 0xC0});
            s.writeBytes(new byte[] {0x0F, 0x04});
            writeInt(s, TAG | v);
            s.writeBytes(new byte[] {0x07, 0x1F, 0x61, (byte) 0x83, (byte) 0xC4, 0x04, (byte) 0xCF});
            byte[] b = s.toByteArray();
            System.arraycopy(b, 0, out, (v - FIRST_IRQ_VECTOR) * STUB_SIZE, b.length);
        }
        return out;
    }

    private static void writeInt(ByteArrayOutputStream s, int v) {
        s.write(v);
        s.write(v >>> 8);
        s.write(v >>> 16);
        s.write(v >>> 24);
    }
}
