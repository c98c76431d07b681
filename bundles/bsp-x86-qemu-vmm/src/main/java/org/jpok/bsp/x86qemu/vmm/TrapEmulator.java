package org.jpok.bsp.x86qemu.vmm;

import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.hypercall.VirtualCpu;
import org.jpok.api.machine.Machine;

/**
 * Trap-and-emulate for unmodified partitions: the privileged instructions that raise #GP at CPL 3 and IOPL 0
 * and that a guest OS uses for its interrupt flag and ports. {@code cli}/{@code sti} act on the vCPU's virtual
 * interrupt flag, {@code in} reads all ones (no device behind a virtual port) and {@code out} is dropped.
 * {@code pushf} and {@code popf} cannot be caught: in protected mode they never trap ({@code pushf} shows the real
 * IF, {@code popf} at CPL 3 silently keeps it); that is why paravirtualization needs hypercalls.
 */
final class TrapEmulator {

    private TrapEmulator() {
    }

    /**
     * The frame after emulating the instruction at {@code f.eip()} in the partition at physical {@code base} of
     * {@code size} bytes, or null when it is not one of those instructions (the #GP is then a real fault).
     */
    static InterruptFrame emulate(Machine m, int base, int size, InterruptFrame f, VirtualCpu v) {
        if (Integer.toUnsignedLong(f.eip()) + 2 > size) {
            return null;
        }
        int op = read8(m, base + f.eip());
        switch (op) {
            case 0xFA: // cli
                v.disableInterrupts();
                return advance(f, 1);
            case 0xFB: // sti
                if (!v.interruptsEnabled()) {
                    v.enableInterrupts();
                }
                return advance(f, 1);
            case 0xE4: // in al, imm8
                return advance(f.withEax(f.eax() | 0xFF), 2);
            case 0xE5: // in eax, imm8
                return advance(f.withEax(-1), 2);
            case 0xEC: // in al, dx
                return advance(f.withEax(f.eax() | 0xFF), 1);
            case 0xED: // in eax, dx
                return advance(f.withEax(-1), 1);
            case 0xE6: // out imm8, al
            case 0xE7: // out imm8, eax
                return advance(f, 2);
            case 0xEE: // out dx, al
            case 0xEF: // out dx, eax
                return advance(f, 1);
            default:
                return null;
        }
    }

    private static int read8(Machine m, int address) {
        byte[] b = new byte[1];
        m.readMemory(address, b, 0, 1);
        return b[0] & 0xFF;
    }

    private static InterruptFrame advance(InterruptFrame f, int length) {
        return f.redirect(f.eip() + length, f.eax());
    }
}
