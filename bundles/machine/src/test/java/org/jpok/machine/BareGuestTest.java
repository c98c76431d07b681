package org.jpok.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jpok.api.cpu.Cpu;
import org.jpok.api.device.ConsoleSink;
import org.jpok.api.machine.MachineExit;
import org.jpok.cpu.I386Factory;
import org.jpok.devices.DebugConsole;
import org.jpok.devices.IsaDebugExit;
import org.jpok.devices.PicPair;
import org.jpok.devices.Pit8254;
import org.jpok.devices.Uart16550;
import org.junit.jupiter.api.Test;

/**
 * End to end on the real i386 core: a bare guest in hand-encoded bytes sets up a GDT and an IDT,
 * programs the PIC and the PIT, takes five timer interrupts, prints "tick N" on COM1 from the
 * handler and exits through isa-debug-exit.
 */
class BareGuestTest {

    static final int GDT = 0x500, GDTR = 0x600, IDTR = 0x610, COUNTER = 0x700, IDT = 0x800;
    static final int MAIN = 0x2000, HANDLER = 0x3000, STACK_TOP = 0x9000;
    static final int EXIT_VALUE = 0x21; // reported as (0x21 << 1) | 1 = 67
    static final long PERIOD_NS = 11932L * 1_000_000_000L / 1_193_182L;

    static final class Image {
        final byte[] memory = new byte[0x10000];

        void put(int at, byte[] bytes) {
            System.arraycopy(bytes, 0, memory, at, bytes.length);
        }

        void put32(int at, int v) {
            put(at, new Code(0).d(v).toBytes());
        }
    }

    static byte[] image() {
        return image(5, true);
    }

    /** The guest image: takes {@code ticks} timer interrupts (printing "tick N" for each if {@code print}, N < 10), then exits. */
    static byte[] image(int ticks, boolean print) {
        Image m = new Image();
        // GDT: null, 0x08 flat ring-0 code, 0x10 flat ring-0 data (4 GiB, 32-bit, granularity 4 KiB)
        m.put32(GDT + 8, 0x0000FFFF);
        m.put32(GDT + 12, 0x00CF9A00);
        m.put32(GDT + 16, 0x0000FFFF);
        m.put32(GDT + 20, 0x00CF9200);
        m.put(GDTR, new Code(0).w(3 * 8 - 1).d(GDT).toBytes());
        m.put(IDTR, new Code(0).w(0x21 * 8 - 1).d(IDT).toBytes());
        // IDT vector 0x20: 32-bit interrupt gate, DPL 0, to the handler
        m.put32(IDT + 0x20 * 8, 0x08 << 16 | HANDLER & 0xFFFF);
        m.put32(IDT + 0x20 * 8 + 4, HANDLER & 0xFFFF0000 | 0x8E00);

        Code main = new Code(MAIN);
        main.b(0x0F, 0x01, 0x15).d(GDTR);                     // lgdt [GDTR]
        int far = main.here() + 7;
        main.b(0xEA).d(far).w(0x08);                          // jmp 0x08:far (reload CS)
        main.b(0x66, 0xB8).w(0x10)                            // mov ax, 0x10
            .b(0x8E, 0xD8).b(0x8E, 0xC0).b(0x8E, 0xD0)        // mov ds/es/ss, ax
            .b(0xBC).d(STACK_TOP)                             // mov esp, STACK_TOP
            .b(0x0F, 0x01, 0x1D).d(IDTR);                     // lidt [IDTR]
        main.outImm(0x20, 0x11).outImm(0xA0, 0x11)            // ICW1
            .outImm(0x21, 0x20).outImm(0xA1, 0x28)            // ICW2: vectors 0x20, 0x28
            .outImm(0x21, 0x04).outImm(0xA1, 0x02)            // ICW3: cascade on IRQ 2
            .outImm(0x21, 0x01).outImm(0xA1, 0x01)            // ICW4: 8086 mode
            .outImm(0x21, 0xFE).outImm(0xA1, 0xFF);           // OCW1: only IRQ 0
        main.outImm(0x43, 0x34)                               // PIT ch0, lo/hi, mode 2
            .outImm(0x40, 11932 & 0xFF).outImm(0x40, 11932 >> 8);
        main.b(0x66, 0xBA).w(0x3FB).b(0xB0, 0x03, 0xEE);      // UART LCR = 8N1
        main.b(0xFB);                                         // sti
        main.b(0xF4, 0xEB, 0xFD);                             // idle: hlt; jmp idle
        m.put(MAIN, main.toBytes());

        Code h = new Code(HANDLER);
        h.b(0x50, 0x52);                                      // push eax; push edx
        h.b(0xFF, 0x05).d(COUNTER);                           // inc dword [COUNTER]
        if (print) {
            h.b(0x66, 0xBA).w(0x3F8);                         // mov dx, 0x3F8
            for (char c : "tick ".toCharArray()) {
                h.b(0xB0, c, 0xEE);                           // mov al, c; out dx, al
            }
            h.b(0xA1).d(COUNTER).b(0x04, '0').b(0xEE);        // mov eax, [COUNTER]; add al, '0'; out dx, al
            h.b(0xB0, '\n', 0xEE);
        }
        h.outImm(0x20, 0x20);                                 // EOI
        h.b(0x81, 0x3D).d(COUNTER).d(ticks);                  // cmp dword [COUNTER], ticks
        h.b(0x75, 4);                                         // jne +4
        h.outImm(0xF4, EXIT_VALUE);                           // exit
        h.b(0x5A, 0x58, 0xCF);                                // pop edx; pop eax; iret
        m.put(HANDLER, h.toBytes());
        return m.memory;
    }

    record Result(String output, MachineExit exit, long retired) {
    }

    static Result run() throws Exception {
        return run(image());
    }

    static Result run(byte[] image) throws Exception {
        StringBuilder out = new StringBuilder();
        ConsoleSink sink = b -> out.append((char) b);
        I386Factory cpus = new I386Factory();
        try (Board board = new Board(MachineSettings.deterministic(1 << 20, sink), cpus::create)) {
            PicPair pic = new PicPair();
            board.plug(pic);
            board.useInterruptController(pic);
            board.plug(new Pit8254());
            board.plug(new Uart16550());
            board.plug(new IsaDebugExit());
            board.plug(new DebugConsole());
            board.submit(() -> {
                board.writeMemory(0, image, 0, image.length);
                Cpu cpu = board.cpu();
                cpu.setEip(MAIN);
            }).get();
            board.start();
            MachineExit exit = board.exit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            return new Result(out.toString(), exit, board.instructionsRetired());
        }
    }

    @Test
    void guestTakesTimerInterruptsPrintsAndExits() throws Exception {
        Result r = run();
        assertEquals("tick 1\ntick 2\ntick 3\ntick 4\ntick 5\n", r.output());
        assertEquals(MachineExit.Reason.GUEST, r.exit().reason(), r.exit().toString());
        assertEquals(EXIT_VALUE << 1 | 1, r.exit().status());
        long t = r.exit().virtualNanos();
        assertTrue(t >= 5 * PERIOD_NS && t < 5 * PERIOD_NS + 10_000, "exit at " + t + " ns");
        assertTrue(r.retired() < 1000, "the guest halts between ticks: " + r.retired() + " instructions");
    }

    @Test
    void twoRunsAreIdentical() throws Exception {
        Result a = run();
        Result b = run();
        assertEquals(a.output(), b.output());
        assertEquals(a.exit(), b.exit());
        assertEquals(a.retired(), b.retired());
    }
}
