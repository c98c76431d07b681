package org.jpok.kernel.core;

import java.io.ByteArrayOutputStream;

/**
 * The kernel's physical memory below the partitions: descriptor tables, the ring-0 stubs, the idle loop and
 * one kernel stack per thread (as POK gives each thread its own kernel stack, a context switch is just a
 * change of saved register state). Partitions start at {@link #PARTITIONS_BASE}, each on a 4 KiB boundary.
 */
final class KernelArea {

    static final int GDT = 0x1000;
    static final int IDT = 0x2000;
    static final int TSS = 0x2800;
    static final int STUBS = 0x3000;
    static final int STUB_SIZE = 32;
    /** Vectors with a stub: the 32 exceptions, the 16 PIC lines, then the syscall vector 42 among them. */
    static final int STUB_VECTORS = 48;
    static final int RETURN_PATH = STUBS + STUB_VECTORS * STUB_SIZE;
    /** The return path's {@code iret}: a fault there is about the frame being returned to. */
    static final int IRET = RETURN_PATH + 6;
    static final int IDLE_LOOP = RETURN_PATH + 16;
    static final int BOOT_STACK_TOP = 0x8000;
    static final int KERNEL_STACKS = 0x10000;
    static final int KERNEL_STACK_SIZE = 0x1000;
    static final int PARTITIONS_BASE = 0x200000;
    /** Thread kernel stacks that fit below the partitions (the idle thread takes one more). */
    static final int MAX_THREADS = (PARTITIONS_BASE - KERNEL_STACKS) / KERNEL_STACK_SIZE - 1;

    /** Exceptions for which the CPU pushes an error code. */
    static boolean hasErrorCode(int vector) {
        return vector == 8 || (vector >= 10 && vector <= 14) || vector == 17;
    }

    static int stub(int vector) {
        return STUBS + vector * STUB_SIZE;
    }

    /** Top of the kernel stack of thread slot {@code slot} (a gid, or the idle slot). */
    static int kernelStackTop(int slot) {
        return KERNEL_STACKS + (slot + 1) * KERNEL_STACK_SIZE;
    }

    /**
     * The code at {@link #STUBS}: per vector, {@code [push 0]; pusha; push ds; push es; mov $0x10,%ax;
     * mov %ax,%ds; mov %ax,%es; hostcall vector; jmp return_path}; the return path
     * {@code pop es; pop ds; popa; add $4,%esp; iret}; and the idle loop {@code sti; hlt; jmp .-1}. The
     * frame the host call sees is POK's {@code interrupt_frame}.
     */
    static byte[] code() {
        byte[] out = new byte[IDLE_LOOP + 16 - STUBS];
        for (int v = 0; v < STUB_VECTORS; v++) {
            ByteArrayOutputStream s = new ByteArrayOutputStream();
            if (!hasErrorCode(v)) {
                s.write(0x6A);
                s.write(0x00);
            }
            s.writeBytes(new byte[] {0x60, 0x1E, 0x06, 0x66, (byte) 0xB8, 0x10, 0x00, (byte) 0x8E, (byte) 0xD8,
                    (byte) 0x8E, (byte) 0xC0, 0x0F, 0x04});
            writeInt(s, v);
            s.write(0xE9);
            int next = stub(v) + s.size() + 4;
            writeInt(s, RETURN_PATH - next);
            byte[] b = s.toByteArray();
            System.arraycopy(b, 0, out, stub(v) - STUBS, b.length);
        }
        byte[] ret = {0x07, 0x1F, 0x61, (byte) 0x83, (byte) 0xC4, 0x04, (byte) 0xCF};
        System.arraycopy(ret, 0, out, RETURN_PATH - STUBS, ret.length);
        byte[] idle = {(byte) 0xFB, (byte) 0xF4, (byte) 0xEB, (byte) 0xFD};
        System.arraycopy(idle, 0, out, IDLE_LOOP - STUBS, idle.length);
        return out;
    }

    private static void writeInt(ByteArrayOutputStream s, int v) {
        s.write(v);
        s.write(v >>> 8);
        s.write(v >>> 16);
        s.write(v >>> 24);
    }

    private KernelArea() {
    }
}
