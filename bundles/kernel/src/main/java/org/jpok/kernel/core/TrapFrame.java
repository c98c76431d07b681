package org.jpok.kernel.core;

/**
 * Offsets in POK's {@code interrupt_frame} as the stubs leave it on the kernel stack: es, ds, the pusha block
 * (edi … eax), the error code, then what the CPU pushed (eip, cs, eflags, and from ring 3 esp and ss).
 */
final class TrapFrame {
    static final int ES = 0, DS = 4, EDI = 8, ESI = 12, EBP = 16, ESP_UNUSED = 20, EBX = 24, EDX = 28, ECX = 32,
            EAX = 36, ERROR = 40, EIP = 44, CS = 48, EFLAGS = 52, USER_ESP = 56, USER_SS = 60;
    static final int SIZE = 64;

    private TrapFrame() {
    }
}
