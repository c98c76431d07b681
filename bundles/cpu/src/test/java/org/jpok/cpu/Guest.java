package org.jpok.cpu;

import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.RegisterContext;

/**
 * Test helper: a small protected-mode world in a byte[] — GDT, IDT, TSS — and a core to run
 * hand-encoded code in it.
 *
 * <pre>
 * GDT: 0x08 ring-0 code, 0x10 ring-0 data, 0x1B ring-3 code, 0x23 ring-3 data, 0x28 TSS
 * memory: GDT 0x500, IDT 0x800, TSS 0x1000, handlers 0x2000.., ring-0 stack top 0x9000,
 *         code 0x10000.., data 0x20000.., ring-3 stack top 0x30000
 * </pre>
 */
final class Guest {
    static final int GDT = 0x500, IDT = 0x800, TSS = 0x1000, HANDLERS = 0x2000, KSTACK = 0x9000;
    static final int CODE = 0x10000, DATA = 0x20000, USTACK = 0x30000;
    static final int KCODE_SEL = 0x08, KDATA_SEL = 0x10, UCODE_SEL = 0x1B, UDATA_SEL = 0x23, TSS_SEL = 0x28;
    /** Each vector's default handler does a host call with number 0x100 + vector. */
    static final int HANDLER_CALL_BASE = 0x100;

    final TestBus bus;
    final I386 cpu;

    Guest() {
        this(1 << 20);
    }

    Guest(int ramSize) {
        bus = new TestBus(ramSize);
        cpu = new I386(bus);
        setFlat(1, 0, 0xFFFFF, 0x9A, 0xC); // ring-0 code
        setFlat(2, 0, 0xFFFFF, 0x92, 0xC); // ring-0 data
        setFlat(3, 0, 0xFFFFF, 0xFA, 0xC); // ring-3 code
        setFlat(4, 0, 0xFFFFF, 0xF2, 0xC); // ring-3 data
        setFlat(5, TSS, 0x67, 0x89, 0x0);  // available 32-bit TSS
        w32(TSS + 4, KSTACK);
        w16(TSS + 8, KDATA_SEL);
        w16(TSS + 0x66, 0x68); // I/O bitmap base past the limit: no port allowed at CPL 3
        for (int v = 0; v < 256; v++) {
            int stub = HANDLERS + v * 8;
            put(stub, 0x0F, 0x04);
            w32(stub + 2, HANDLER_CALL_BASE + v);
            gate(v, stub, 0xE, 0);
        }
        RegisterContext c = new RegisterContext();
        cpu.saveContext(c);
        c.gdtBase = GDT;
        c.gdtLimit = 8 * 8 - 1;
        c.idtBase = IDT;
        c.idtLimit = 256 * 8 - 1;
        cpu.loadContext(c);
        ring0();
        // load TR through the real instruction
        put(0x3000, 0x66, 0xB8, TSS_SEL, 0x00, 0x0F, 0x00, 0xD8, 0xF4); // mov ax,0x28; ltr ax; hlt
        cpu.setEip(0x3000);
        if (cpu.run(100) != CpuExit.HALT) {
            throw new IllegalStateException("ltr stub failed: " + cpu);
        }
    }

    /** Writes GDT entry {@code index}. {@code flags} is the G/D nibble. */
    void setFlat(int index, int base, int limit, int access, int flags) {
        int lo = (limit & 0xFFFF) | (base << 16);
        int hi = ((base >>> 16) & 0xFF) | (access << 8) | (limit & 0xF0000) | (flags << 20) | (base & 0xFF000000);
        w32(GDT + index * 8, lo);
        w32(GDT + index * 8 + 4, hi);
    }

    /** IDT gate: type 0xE interrupt, 0xF trap. */
    void gate(int vector, int offset, int type, int dpl) {
        int lo = (offset & 0xFFFF) | (KCODE_SEL << 16);
        int hi = (offset & 0xFFFF0000) | 0x8000 | (dpl << 13) | (type << 8);
        w32(IDT + vector * 8, lo);
        w32(IDT + vector * 8 + 4, hi);
    }

    /** Flat ring 0 with the GDT selectors, ESP at the kernel stack. */
    void ring0() {
        RegisterContext c = new RegisterContext();
        cpu.saveContext(c);
        for (int s = 0; s < 6; s++) {
            boolean code = s == I386.CS;
            c.selector[s] = code ? KCODE_SEL : KDATA_SEL;
            c.segBase[s] = 0;
            c.segLimit[s] = -1;
            c.segAccess[s] = code ? 0xC9B : 0xC93;
        }
        c.cpl = 0;
        c.gpr[4] = KSTACK;
        cpu.loadContext(c);
    }

    /** Flat ring 3 with the user selectors and the user stack, entered by loading the context. */
    void ring3(int eip) {
        RegisterContext c = new RegisterContext();
        cpu.saveContext(c);
        for (int s = 0; s < 6; s++) {
            boolean code = s == I386.CS;
            c.selector[s] = code ? UCODE_SEL : UDATA_SEL;
            c.segBase[s] = 0;
            c.segLimit[s] = -1;
            c.segAccess[s] = code ? 0xCFB : 0xCF3;
        }
        c.cpl = 3;
        c.halted = false;
        c.gpr[4] = USTACK;
        c.eip = eip;
        c.eflags = 0x202;
        cpu.loadContext(c);
    }

    void put(int addr, int... bytes) {
        for (int i = 0; i < bytes.length; i++) {
            bus.ram[addr + i] = (byte) bytes[i];
        }
        cpu.invalidateCode(addr, bytes.length);
    }

    void w16(int addr, int v) {
        bus.ram[addr] = (byte) v;
        bus.ram[addr + 1] = (byte) (v >>> 8);
    }

    void w32(int addr, int v) {
        w16(addr, v);
        w16(addr + 2, v >>> 16);
    }

    int r32(int addr) {
        return (bus.ram[addr] & 0xFF) | (bus.ram[addr + 1] & 0xFF) << 8 | (bus.ram[addr + 2] & 0xFF) << 16
                | (bus.ram[addr + 3] & 0xFF) << 24;
    }

    /** Puts {@code code} at {@link #CODE} followed by hlt, runs it at ring 0, and expects HALT. */
    CpuExit run0(int... code) {
        int[] withHlt = java.util.Arrays.copyOf(code, code.length + 1);
        withHlt[code.length] = 0xF4;
        put(CODE, withHlt);
        cpu.setEip(CODE);
        return cpu.run(100_000);
    }
}
