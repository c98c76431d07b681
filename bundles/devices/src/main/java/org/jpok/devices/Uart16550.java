package org.jpok.devices;

import java.util.ArrayDeque;
import java.util.List;

import org.jpok.api.device.DeviceContext;
import org.jpok.api.device.IoDevice;
import org.jpok.api.device.PortRange;
import org.osgi.service.component.annotations.Component;

/**
 * A 16550A UART at COM1 (0x3F8, IRQ 4). Transmission is instant, as in QEMU: a byte written to THR
 * goes to the machine's console sink at once and THR is empty again, so LSR always shows THRE and
 * TEMT. Received bytes come from the machine's console input into a 16-byte FIFO (1 byte when
 * FIFOs are off); the UART pulls them when it has room and is told when new input arrives, so it
 * never polls. The IRQ line follows "an interrupt is pending" gated by MCR OUT2, as on a PC.
 * The receive trigger level and the character time-out are not modelled: data raises the
 * interrupt as soon as it is there.
 */
@Component(service = IoDevice.class)
public class Uart16550 implements IoDevice {

    static final int BASE = 0x3F8;
    static final int IRQ = 4;

    static final int IER_RX = 0x01, IER_THRE = 0x02, IER_LINE = 0x04, IER_MODEM = 0x08;
    static final int LSR_DR = 0x01, LSR_OE = 0x02, LSR_THRE = 0x20, LSR_TEMT = 0x40;
    static final int IIR_NONE = 0x01, IIR_MODEM = 0x00, IIR_THRE = 0x02, IIR_RX = 0x04, IIR_LINE = 0x06;
    static final int LCR_DLAB = 0x80;
    static final int MCR_OUT2 = 0x08, MCR_LOOP = 0x10;

    private DeviceContext context;
    private final ArrayDeque<Integer> rx = new ArrayDeque<>();
    private int ier, lcr, mcr, scr, fcr, divisor;
    private boolean overrun;
    private boolean thrInterrupt;
    private int msrDelta;
    private boolean irqLevel;

    @Override
    public String name() {
        return "16550A UART (COM1)";
    }

    @Override
    public List<PortRange> ports() {
        return List.of(PortRange.of(BASE, 8));
    }

    @Override
    public void attach(DeviceContext context) {
        this.context = context;
        rx.clear();
        ier = lcr = mcr = scr = fcr = msrDelta = 0;
        divisor = 12; // 9600 baud, the usual BIOS setting
        overrun = thrInterrupt = irqLevel = false;
        context.onConsoleInput(this::pullInput);
        pullInput();
    }

    @Override
    public void detach() {
        context.onConsoleInput(null);
        context.setIrq(IRQ, false);
        context = null;
    }

    @Override
    public int in(int port, int size) {
        int value = switch (port - BASE) {
            case 0 -> (lcr & LCR_DLAB) != 0 ? divisor & 0xFF : readRbr();
            case 1 -> (lcr & LCR_DLAB) != 0 ? divisor >> 8 & 0xFF : ier;
            case 2 -> readIir();
            case 3 -> lcr;
            case 4 -> mcr;
            case 5 -> readLsr();
            case 6 -> readMsr();
            default -> scr;
        };
        updateIrq();
        return value;
    }

    @Override
    public void out(int port, int size, int value) {
        value &= 0xFF;
        switch (port - BASE) {
            case 0 -> {
                if ((lcr & LCR_DLAB) != 0) {
                    divisor = divisor & 0xFF00 | value;
                } else {
                    transmit(value);
                }
            }
            case 1 -> {
                if ((lcr & LCR_DLAB) != 0) {
                    divisor = divisor & 0xFF | value << 8;
                } else {
                    boolean threWasOff = (ier & IER_THRE) == 0;
                    ier = value & 0x0F;
                    if (threWasOff && (ier & IER_THRE) != 0) {
                        thrInterrupt = true; // enabling it with an empty THR raises it at once
                    }
                }
            }
            case 2 -> writeFcr(value);
            case 3 -> lcr = value;
            case 4 -> {
                int changed = (mcr ^ value) & 0x0F;
                mcr = value & 0x1F;
                if ((mcr & MCR_LOOP) != 0 && changed != 0) {
                    msrDelta |= 0x01; // only loopback makes the modem lines move
                }
            }
            case 7 -> scr = value;
            default -> { } // LSR and MSR are read-only
        }
        updateIrq();
    }

    /** The divisor latch (baud = 115200 / divisor). */
    int divisor() {
        return divisor;
    }

    private void transmit(int b) {
        if ((mcr & MCR_LOOP) != 0) {
            receive(b);
        } else {
            context.console().write(b);
        }
        thrInterrupt = true; // sent at once, so THR is empty again
    }

    private int readRbr() {
        Integer b = rx.poll();
        pullInput();
        return b == null ? 0 : b;
    }

    private int readIir() {
        int id = currentInterrupt();
        if (id == IIR_THRE) {
            thrInterrupt = false; // reading IIR with THRE as the source clears it
        }
        return id | ((fcr & 0x01) != 0 ? 0xC0 : 0);
    }

    private int readLsr() {
        int v = LSR_THRE | LSR_TEMT | (rx.isEmpty() ? 0 : LSR_DR) | (overrun ? LSR_OE : 0);
        overrun = false;
        return v;
    }

    private int readMsr() {
        int lines;
        if ((mcr & MCR_LOOP) != 0) { // DTR->DSR, RTS->CTS, OUT1->RI, OUT2->DCD
            lines = (mcr & 0x02) << 3 | (mcr & 0x01) << 5 | (mcr & 0x04) << 4 | (mcr & 0x08) << 4;
        } else {
            lines = 0xB0; // CTS, DSR and DCD: a terminal is always there
        }
        int v = lines | msrDelta;
        msrDelta = 0;
        return v;
    }

    private void writeFcr(int value) {
        if ((value & 0x02) != 0) {
            rx.clear();
        }
        boolean wasEnabled = (fcr & 0x01) != 0;
        fcr = value & 0xC9;
        if (wasEnabled != ((fcr & 0x01) != 0)) {
            rx.clear(); // switching FIFO mode empties the FIFOs
        }
        pullInput();
    }

    private int currentInterrupt() {
        if ((ier & IER_LINE) != 0 && overrun) {
            return IIR_LINE;
        }
        if ((ier & IER_RX) != 0 && !rx.isEmpty()) {
            return IIR_RX;
        }
        if ((ier & IER_THRE) != 0 && thrInterrupt) {
            return IIR_THRE;
        }
        if ((ier & IER_MODEM) != 0 && msrDelta != 0) {
            return IIR_MODEM;
        }
        return IIR_NONE;
    }

    private int capacity() {
        return (fcr & 0x01) != 0 ? 16 : 1;
    }

    private void receive(int b) {
        if (rx.size() < capacity()) {
            rx.add(b);
        } else {
            overrun = true;
        }
    }

    /** Moves waiting console input into the receiver while there is room. */
    private void pullInput() {
        if (context == null || (mcr & MCR_LOOP) != 0) {
            return;
        }
        while (rx.size() < capacity()) {
            int b = context.readConsoleInput();
            if (b < 0) {
                break;
            }
            rx.add(b);
        }
        updateIrq();
    }

    private void updateIrq() {
        boolean level = currentInterrupt() != IIR_NONE && (mcr & MCR_OUT2) != 0;
        if (level != irqLevel) {
            irqLevel = level;
            context.setIrq(IRQ, level);
        }
    }
}
