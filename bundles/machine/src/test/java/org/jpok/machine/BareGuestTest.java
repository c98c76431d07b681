package org.jpok.machine;

import static org.jpok.machine.BareMetal.COUNTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jpok.api.machine.MachineExit;
import org.junit.jupiter.api.Test;

/**
 * End to end on the real i386 core: a bare guest in hand-encoded bytes sets up a GDT and an IDT,
 * programs the PIC and the PIT, takes five timer interrupts, prints "tick N" on COM1 from the
 * handler and exits through isa-debug-exit.
 */
class BareGuestTest {

    static final int EXIT_VALUE = 0x21; // reported as (0x21 << 1) | 1 = 67
    static final long PERIOD_NS = 11932L * 1_000_000_000L / 1_193_182L;

    /** Takes {@code ticks} timer interrupts (printing "tick N" for each if {@code print}, N < 10), then exits. */
    static BareMetal tickingGuest(int ticks, boolean print) {
        BareMetal m = new BareMetal(0x20);
        Code main = BareMetal.startup(0xFE);                  // only IRQ 0
        main.outImm(0x43, 0x34)                               // PIT ch0, lo/hi, mode 2
            .outImm(0x40, 11932 & 0xFF).outImm(0x40, 11932 >> 8);
        main.b(0x66, 0xBA).w(0x3FB).b(0xB0, 0x03, 0xEE);      // UART LCR = 8N1
        m.put(BareMetal.idleForever(main));

        Code h = new Code(BareMetal.HANDLER);
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
        return m.put(h);
    }

    @Test
    void guestTakesTimerInterruptsPrintsAndExits() throws Exception {
        BareMetal.Result r = tickingGuest(5, true).run();
        assertEquals("tick 1\ntick 2\ntick 3\ntick 4\ntick 5\n", r.output());
        assertEquals(MachineExit.Reason.GUEST, r.exit().reason(), r.exit().toString());
        assertEquals(EXIT_VALUE << 1 | 1, r.exit().status());
        long t = r.exit().virtualNanos();
        assertTrue(t >= 5 * PERIOD_NS && t < 5 * PERIOD_NS + 10_000, "exit at " + t + " ns");
        assertTrue(r.retired() < 1000, "the guest halts between ticks: " + r.retired() + " instructions");
    }

    @Test
    void twoRunsAreIdentical() throws Exception {
        BareMetal.Result a = tickingGuest(5, true).run();
        BareMetal.Result b = tickingGuest(5, true).run();
        assertEquals(a.output(), b.output());
        assertEquals(a.exit(), b.exit());
        assertEquals(a.retired(), b.retired());
    }

    @Test
    void tenSecondsOfHaltedTimeAreFastForwarded() throws Exception {
        BareMetal.Result r = tickingGuest(1000, false).run();
        long tick1000 = (1000L * 11932 * 1_000_000_000L + 1_193_181) / 1_193_182;
        assertTrue(r.exit().virtualNanos() >= tick1000 && r.exit().virtualNanos() < tick1000 + 10_000,
                "exit at " + r.exit().virtualNanos() + " ns");
        assertTrue(r.retired() < 20_000, "halted time retires nothing: " + r.retired());
    }
}
