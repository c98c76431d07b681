package org.jpok.machine;

import java.util.concurrent.TimeUnit;

import org.jpok.api.device.ConsoleSink;
import org.jpok.api.machine.MachineExit;
import org.jpok.cpu.I386Factory;
import org.jpok.devices.DebugConsole;
import org.jpok.devices.IsaDebugExit;
import org.jpok.devices.PicPair;
import org.jpok.devices.Pit8254;
import org.jpok.devices.Uart16550;

/**
 * A bare-metal guest world for end-to-end tests on the real i386 core: a flat GDT, an IDT with
 * one interrupt gate, and the usual start-up code (load GDT and segments, load IDT, initialise
 * the PIC pair), all in hand-encoded bytes. A test adds its own main code and handler.
 *
 * <pre>
 * 0x500 GDT (null, 0x08 code, 0x10 data)  0x600 GDTR  0x610 IDTR  0x700 a counter  0x800 IDT
 * 0x2000 main code  0x3000 handler  0x9000 stack top
 * </pre>
 */
final class BareMetal {

    static final int GDT = 0x500, GDTR = 0x600, IDTR = 0x610, COUNTER = 0x700, IDT = 0x800;
    static final int MAIN = 0x2000, HANDLER = 0x3000, STACK_TOP = 0x9000;

    final byte[] memory = new byte[0x10000];

    /** Tables for a handler at {@link #HANDLER} on {@code vector}. */
    BareMetal(int vector) {
        put32(GDT + 8, 0x0000FFFF);   // 0x08: base 0, limit 4 GiB, code, 32-bit
        put32(GDT + 12, 0x00CF9A00);
        put32(GDT + 16, 0x0000FFFF);  // 0x10: data
        put32(GDT + 20, 0x00CF9200);
        put(GDTR, new Code(0).w(3 * 8 - 1).d(GDT).toBytes());
        put(IDTR, new Code(0).w((vector + 1) * 8 - 1).d(IDT).toBytes());
        put32(IDT + vector * 8, 0x08 << 16 | HANDLER & 0xFFFF); // 32-bit interrupt gate, DPL 0
        put32(IDT + vector * 8 + 4, HANDLER & 0xFFFF0000 | 0x8E00);
    }

    /** Main code at {@link #MAIN}: GDT, segments, stack and IDT loaded, PIC at 0x20/0x28 with {@code masterMask}. */
    static Code startup(int masterMask) {
        Code c = new Code(MAIN);
        c.b(0x0F, 0x01, 0x15).d(GDTR);                        // lgdt [GDTR]
        int far = c.here() + 7;
        c.b(0xEA).d(far).w(0x08);                             // jmp 0x08:far (reload CS)
        c.b(0x66, 0xB8).w(0x10)                               // mov ax, 0x10
            .b(0x8E, 0xD8).b(0x8E, 0xC0).b(0x8E, 0xD0)        // mov ds/es/ss, ax
            .b(0xBC).d(STACK_TOP)                             // mov esp, STACK_TOP
            .b(0x0F, 0x01, 0x1D).d(IDTR);                     // lidt [IDTR]
        c.outImm(0x20, 0x11).outImm(0xA0, 0x11)               // ICW1
            .outImm(0x21, 0x20).outImm(0xA1, 0x28)            // ICW2: vectors 0x20, 0x28
            .outImm(0x21, 0x04).outImm(0xA1, 0x02)            // ICW3: cascade on IRQ 2
            .outImm(0x21, 0x01).outImm(0xA1, 0x01)            // ICW4: 8086 mode
            .outImm(0x21, masterMask).outImm(0xA1, 0xFF);     // OCW1
        return c;
    }

    /** sti, then halt forever: the handler does the work. */
    static Code idleForever(Code c) {
        return c.b(0xFB).b(0xF4, 0xEB, 0xFD);                 // sti; idle: hlt; jmp idle
    }

    BareMetal put(int at, byte[] bytes) {
        System.arraycopy(bytes, 0, memory, at, bytes.length);
        return this;
    }

    BareMetal put(Code code) {
        return put(code.origin, code.toBytes());
    }

    void put32(int at, int v) {
        put(at, new Code(0).d(v).toBytes());
    }

    /** {@code history} is what {@link Board#recentConsoleOutput()} kept, to compare with what the sink saw. */
    record Result(String output, MachineExit exit, long retired, String history) {
    }

    /** Runs the image on a board with the real core and the PC devices until it exits. */
    Result run(byte[] consoleInput, byte[] lateInput) throws Exception {
        StringBuilder out = new StringBuilder();
        ConsoleSink sink = b -> out.append((char) b);
        MachineSettings settings = new MachineSettings(1 << 20, 100, Pacing.DETERMINISTIC, sink, consoleInput);
        try (Board board = new Board(settings, new I386Factory()::create)) {
            PicPair pic = new PicPair();
            board.plug(pic);
            board.useInterruptController(pic);
            board.plug(new Pit8254());
            board.plug(new Uart16550());
            board.plug(new IsaDebugExit());
            board.plug(new DebugConsole());
            board.submit(() -> {
                board.writeMemory(0, memory, 0, memory.length);
                board.cpu().setEip(MAIN);
            }).get();
            board.start();
            if (lateInput.length > 0) {
                board.sendConsoleInput(lateInput);
            }
            MachineExit exit = board.exit().get(30, TimeUnit.SECONDS);
            return new Result(out.toString(), exit, board.instructionsRetired(),
                    new String(board.recentConsoleOutput(), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    Result run() throws Exception {
        return run(new byte[0], new byte[0]);
    }
}
