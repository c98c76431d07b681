package org.jpok.machine;

import java.util.List;

import org.jpok.api.device.ConsoleSink;
import org.jpok.api.device.DeviceContext;
import org.jpok.api.device.IoDevice;
import org.jpok.api.device.PortRange;
import org.jpok.api.device.TimerEvent;
import org.jpok.api.device.VirtualClock;

/**
 * One plugged-in device and the context it sees. The slot remembers what the device holds (ports,
 * raised IRQ lines, events), so unplugging gives all of it back even if the device forgets.
 */
final class DeviceSlot implements DeviceContext {

    private final Board board;
    final IoDevice device;
    final List<PortRange> ports;
    private boolean attached;
    private int raisedLines;

    private final VirtualClock clock = new VirtualClock() {
        @Override
        public long nanos() {
            return board.deviceClock().nanos();
        }

        @Override
        public TimerEvent schedule(long atNanos, Runnable action) {
            return board.deviceClock().schedule(atNanos, action, DeviceSlot.this);
        }
    };

    DeviceSlot(Board board, IoDevice device) {
        this.board = board;
        this.device = device;
        this.ports = List.copyOf(device.ports());
    }

    boolean attached() {
        return attached;
    }

    void markAttached() {
        attached = true;
    }

    /** Marks the slot dead (its events stop firing) and lowers the lines the device left high. */
    void markDetached() {
        attached = false;
        for (int irq = 0; irq < 16; irq++) {
            if ((raisedLines & 1 << irq) != 0) {
                board.driveIrq(irq, false);
            }
        }
        raisedLines = 0;
    }

    @Override
    public VirtualClock clock() {
        return clock;
    }

    @Override
    public void setIrq(int irq, boolean level) {
        if (irq < 0 || irq > 15) {
            throw new IllegalArgumentException("IRQ " + irq + " is not an ISA line (0..15), from device '" + device.name() + "'");
        }
        if (!attached) {
            return;
        }
        raisedLines = level ? raisedLines | 1 << irq : raisedLines & ~(1 << irq);
        board.driveIrq(irq, level);
    }

    @Override
    public ConsoleSink console() {
        return board.consoleSink();
    }

    @Override
    public int readConsoleInput() {
        return attached ? board.pollConsoleInput() : -1;
    }

    @Override
    public void onConsoleInput(Runnable listener) {
        if (attached || listener == null) {
            board.setConsoleInputListener(this, listener);
        }
    }

    @Override
    public void requestExit(int status, String source) {
        if (attached) {
            board.requestGuestExit(status, source);
        }
    }
}
