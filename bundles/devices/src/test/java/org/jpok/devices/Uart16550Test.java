package org.jpok.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Uart16550Test {

    private static final int THR = 0x3F8, IER = 0x3F9, IIR = 0x3FA, FCR = 0x3FA, LCR = 0x3FB, MCR = 0x3FC, LSR = 0x3FD, MSR = 0x3FE, SCR = 0x3FF;

    private final FakeContext ctx = new FakeContext();
    private final Uart16550 uart = new Uart16550();

    @BeforeEach
    void attach() {
        uart.attach(ctx);
    }

    @Test
    void transmitsToTheConsoleAndThrStaysEmpty() {
        for (char c : "hi\n".toCharArray()) {
            assertTrue((uart.in(LSR, 1) & 0x20) != 0);
            uart.out(THR, 1, c);
        }
        assertEquals("hi\n", ctx.consoleText());
        assertEquals(0x60, uart.in(LSR, 1) & 0x61);
    }

    @Test
    void dlabSelectsTheDivisorLatch() {
        uart.out(LCR, 1, 0x83);
        uart.out(THR, 1, 0x01);
        uart.out(IER, 1, 0x00);
        assertEquals(1, uart.divisor());
        assertEquals(0x01, uart.in(THR, 1));
        uart.out(LCR, 1, 0x03);
        assertEquals(0x03, uart.in(LCR, 1));
        assertEquals("", ctx.consoleText(), "divisor writes transmit nothing");
    }

    @Test
    void receivesInputAndRaisesTheDataInterrupt() {
        uart.out(MCR, 1, 0x0B); // DTR, RTS, OUT2
        uart.out(IER, 1, 0x01);
        assertFalse(ctx.irq[4]);
        assertEquals(0x01, uart.in(IIR, 1), "no interrupt pending");
        ctx.type("ok");
        assertTrue(ctx.irq[4]);
        assertEquals(0x01, uart.in(LSR, 1) & 0x01);
        assertEquals(0x04, uart.in(IIR, 1));
        assertEquals('o', uart.in(THR, 1));
        assertEquals('k', uart.in(THR, 1), "the next byte moved up into the one-byte holding register");
        assertEquals(0x00, uart.in(LSR, 1) & 0x01);
        assertFalse(ctx.irq[4]);
    }

    @Test
    void fifoHoldsSixteenBytes() {
        uart.out(FCR, 1, 0x07);
        ctx.type("0123456789abcdefXYZ");
        assertEquals(0xC1, uart.in(IIR, 1), "FIFO-enabled bits with no interrupt (IER off)");
        StringBuilder got = new StringBuilder();
        while ((uart.in(LSR, 1) & 1) != 0) {
            got.append((char) uart.in(THR, 1));
        }
        assertEquals("0123456789abcdefXYZ", got.toString(), "the rest follows as room frees up, nothing lost");
    }

    @Test
    void threInterruptAfterEnableAndAfterEachByteUntilIirRead() {
        uart.out(MCR, 1, 0x08);
        uart.out(IER, 1, 0x02);
        assertTrue(ctx.irq[4]);
        assertEquals(0x02, uart.in(IIR, 1));
        assertFalse(ctx.irq[4], "reading IIR cleared the THRE source");
        uart.out(THR, 1, 'x');
        assertTrue(ctx.irq[4]);
        uart.out(IER, 1, 0x00);
        assertFalse(ctx.irq[4]);
    }

    @Test
    void out2GatesTheIrqLine() {
        uart.out(IER, 1, 0x02);
        assertFalse(ctx.irq[4]);
        uart.out(MCR, 1, 0x08);
        assertTrue(ctx.irq[4]);
    }

    @Test
    void loopbackFeedsTransmitterToReceiverAndModemLines() {
        uart.out(MCR, 1, 0x1F);
        uart.out(THR, 1, 'L');
        assertEquals("", ctx.consoleText());
        assertEquals('L', uart.in(THR, 1));
        assertEquals(0xF0, uart.in(MSR, 1) & 0xF0);
        uart.out(MCR, 1, 0x00);
        assertEquals(0xB0, uart.in(MSR, 1) & 0xF0);
    }

    @Test
    void overrunIsReportedInLsr() {
        uart.out(MCR, 1, 0x10); // loopback, no FIFO: one byte of room
        uart.out(THR, 1, 'a');
        uart.out(THR, 1, 'b');
        assertEquals(0x03, uart.in(LSR, 1) & 0x03);
        assertEquals(0x01, uart.in(LSR, 1) & 0x03, "OE clears on read");
    }

    @Test
    void scratchRegister() {
        uart.out(SCR, 1, 0x5A);
        assertEquals(0x5A, uart.in(SCR, 1));
    }
}
