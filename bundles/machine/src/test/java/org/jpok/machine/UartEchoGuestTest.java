package org.jpok.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.jpok.api.machine.MachineExit;
import org.junit.jupiter.api.Test;

/**
 * End to end on the real core: a guest that echoes COM1 input from its receive interrupt (IRQ 4)
 * until it reads 'q'. The handler drains the UART while LSR shows data, as drivers for the
 * edge-triggered PIC must.
 */
class UartEchoGuestTest {

    static final int EXIT_VALUE = 0x05; // status 11

    static BareMetal echoGuest() {
        BareMetal m = new BareMetal(0x24);
        Code main = BareMetal.startup(0xEF);                  // only IRQ 4
        main.b(0x66, 0xBA).w(0x3FC).b(0xB0, 0x08, 0xEE);      // MCR = OUT2 (gates the IRQ line)
        main.b(0x66, 0xBA).w(0x3F9).b(0xB0, 0x01, 0xEE);      // IER = received data
        m.put(BareMetal.idleForever(main));

        Code h = new Code(BareMetal.HANDLER);
        h.b(0x50, 0x52);                                      // push eax; push edx
        int loop = h.here();
        h.b(0x66, 0xBA).w(0x3FD).b(0xEC);                     // loop: mov dx, LSR; in al, dx
        h.b(0xA8, 0x01).b(0x74, 14);                          // test al, DR; jz done
        h.b(0x66, 0xBA).w(0x3F8).b(0xEC, 0xEE);               // mov dx, RBR; in al, dx; out dx, al
        h.b(0x3C, 'q');                                       // cmp al, 'q'
        h.b(0x75, loop - (h.here() + 2) & 0xFF);              // jne loop
        h.outImm(0xF4, EXIT_VALUE);                           // exit
        h.outImm(0x20, 0x20);                                 // done: EOI
        h.b(0x5A, 0x58, 0xCF);                                // pop edx; pop eax; iret
        return m.put(h);
    }

    @Test
    void echoesInputFromAFileAtPowerOn() throws Exception {
        BareMetal.Result r = echoGuest().run("hello, q and more".getBytes(StandardCharsets.US_ASCII), new byte[0]);
        assertEquals("hello, q", r.output());
        assertEquals("hello, q", r.history(), "the history keeps what the sink saw");
        assertEquals(MachineExit.Reason.GUEST, r.exit().reason());
        assertEquals(EXIT_VALUE << 1 | 1, r.exit().status());
    }

    @Test
    void echoesInputSentWhileTheGuestHalts() throws Exception {
        BareMetal.Result r = echoGuest().run(new byte[0], "typed q".getBytes(StandardCharsets.US_ASCII));
        assertEquals("typed q", r.output());
        assertEquals(EXIT_VALUE << 1 | 1, r.exit().status());
    }
}
