package org.jpok.devices;

import java.util.List;

import org.jpok.api.device.DeviceContext;
import org.jpok.api.device.IoDevice;
import org.jpok.api.device.PortRange;
import org.osgi.service.component.annotations.Component;

/**
 * QEMU's ACPI power-off, as guests use it on the default PC machine: a 16-bit write of 0x2000
 * (SLP_EN with sleep type 0) to the PM1a control register at 0x604 powers off with status 0.
 * Other writes are ignored.
 */
@Component(service = IoDevice.class)
public class AcpiPowerOff implements IoDevice {

    static final int PORT = 0x604;
    static final int SLEEP_ENABLE_S5 = 0x2000;
    private DeviceContext context;

    @Override
    public String name() {
        return "ACPI power-off";
    }

    @Override
    public List<PortRange> ports() {
        return List.of(PortRange.of(PORT, 2));
    }

    @Override
    public void attach(DeviceContext context) {
        this.context = context;
    }

    @Override
    public void detach() {
        context = null;
    }

    @Override
    public int in(int port, int size) {
        return 0;
    }

    @Override
    public void out(int port, int size, int value) {
        if (port == PORT && size == 2 && (value & 0xFFFF) == SLEEP_ENABLE_S5) {
            context.requestExit(0, "ACPI power-off");
        }
    }
}
