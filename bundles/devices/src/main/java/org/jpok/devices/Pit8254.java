package org.jpok.devices;

import java.util.List;

import org.jpok.api.device.DeviceContext;
import org.jpok.api.device.IoDevice;
import org.jpok.api.device.PortRange;
import org.osgi.service.component.annotations.Component;

/**
 * The 8254 programmable interval timer at 0x40-0x43, clocked at 1,193,182 Hz. Channel 0's output
 * drives IRQ 0: each rising edge is a new request for the edge-triggered PIC. Channels 1 and 2
 * count too but are wired to nothing.
 */
@Component(service = IoDevice.class)
public class Pit8254 implements IoDevice {

    static final int IRQ = 0;

    private DeviceContext context;
    private final PitChannel[] channels = {
        new PitChannel(this::channel0Edge), new PitChannel(() -> { }), new PitChannel(() -> { })
    };

    @Override
    public String name() {
        return "8254 PIT";
    }

    @Override
    public List<PortRange> ports() {
        return List.of(PortRange.of(0x40, 4));
    }

    @Override
    public void attach(DeviceContext context) {
        this.context = context;
        for (PitChannel c : channels) {
            c.attach(context);
        }
    }

    @Override
    public void detach() {
        for (PitChannel c : channels) {
            c.detach();
        }
        context.setIrq(IRQ, false);
        context = null;
    }

    @Override
    public int in(int port, int size) {
        return port == 0x43 ? 0xFF : channels[port - 0x40].read();
    }

    @Override
    public void out(int port, int size, int value) {
        if (port != 0x43) {
            channels[port - 0x40].write(value);
            return;
        }
        int select = value >> 6 & 3;
        if (select == 3) { // read-back: latch the counts of the selected channels (status is not modelled)
            if ((value & 0x20) == 0) {
                for (int i = 0; i < 3; i++) {
                    if ((value & 2 << i) != 0) {
                        channels[i].latch();
                    }
                }
            }
            return;
        }
        int access = value >> 4 & 3;
        if (access == PitChannel.LATCH) {
            channels[select].latch();
        } else {
            channels[select].program(access, value >> 1 & 7, (value & 1) != 0);
        }
    }

    /** A short low pulse then high: a fresh edge for the PIC. */
    private void channel0Edge() {
        context.setIrq(IRQ, false);
        context.setIrq(IRQ, true);
    }

    PitChannel channel(int i) {
        return channels[i];
    }
}
