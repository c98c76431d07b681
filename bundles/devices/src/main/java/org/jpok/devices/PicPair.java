package org.jpok.devices;

import java.util.List;

import org.jpok.api.device.DeviceContext;
import org.jpok.api.device.InterruptController;
import org.jpok.api.device.IoDevice;
import org.jpok.api.device.PortRange;
import org.osgi.service.component.annotations.Component;

/**
 * The PC's two 8259A chips: master at 0x20/0x21 (IRQ 0-7), slave at 0xA0/0xA1 (IRQ 8-15)
 * cascaded on the master's IRQ 2. It is the machine's interrupt controller as well as a device.
 * When nothing is pending at INTA time, a chip answers with its IRQ 7 vector without setting ISR
 * (the spurious IRQ 7 or 15); for a spurious 15 the master's IRQ 2 stays in service, as on real
 * hardware, so the guest must EOI the master.
 */
@Component(service = {IoDevice.class, InterruptController.class})
public class PicPair implements IoDevice, InterruptController {

    static final int CASCADE = 2;

    private final Pic8259 master = new Pic8259();
    private final Pic8259 slave = new Pic8259();

    @Override
    public String name() {
        return "8259A PIC pair";
    }

    @Override
    public List<PortRange> ports() {
        return List.of(PortRange.of(0x20, 2), PortRange.of(0xA0, 2));
    }

    @Override
    public void attach(DeviceContext context) {
        master.reset();
        slave.reset();
    }

    @Override
    public void detach() {
        // The PIC schedules nothing and drives no IRQ line; the CPU side is dropped by the machine.
    }

    @Override
    public int in(int port, int size) {
        return switch (port) {
            case 0x20 -> master.readCommand();
            case 0x21 -> master.readData();
            case 0xA0 -> slaveCommandRead();
            case 0xA1 -> slave.readData();
            default -> 0xFF;
        };
    }

    @Override
    public void out(int port, int size, int value) {
        value &= 0xFF;
        switch (port) {
            case 0x20 -> master.writeCommand(value);
            case 0x21 -> master.writeData(value);
            case 0xA0 -> slave.writeCommand(value);
            case 0xA1 -> slave.writeData(value);
            default -> { }
        }
        cascade();
    }

    @Override
    public void setIrq(int irq, boolean level) {
        if (irq < 8) {
            master.setLine(irq, level);
        } else {
            slave.setLine(irq - 8, level);
            cascade();
        }
    }

    @Override
    public boolean intr() {
        return master.pending() >= 0;
    }

    @Override
    public int acknowledge() {
        int irq = master.acknowledge();
        if (irq < 0) {
            return master.vector(7);
        }
        if (irq != CASCADE) {
            return master.vector(irq);
        }
        int slaveIrq = slave.acknowledge();
        cascade();
        return slave.vector(slaveIrq < 0 ? 7 : slaveIrq);
    }

    /** A poll of the slave also clears the master's cascade request. */
    private int slaveCommandRead() {
        int v = slave.readCommand();
        cascade();
        return v;
    }

    /** The slave's INT output is the master's IRQ 2 input. */
    private void cascade() {
        master.setLine(CASCADE, slave.pending() >= 0);
    }

    Pic8259 master() {
        return master;
    }

    Pic8259 slave() {
        return slave;
    }
}
