package org.jpok.devices;

import org.jpok.api.device.IoDevice;
import org.osgi.service.component.annotations.Component;

/**
 * QEMU's ACPI power-off, as guests use it on the default PC machine: a 16-bit write of 0x2000
 * (SLP_EN with sleep type 0) to the PM1a control register at 0x604 powers off with status 0.
 * Other writes are ignored.
 */
@Component(service = IoDevice.class)
public class AcpiPowerOff extends SimplePortDevice {

    static final int PORT = 0x604;
    static final int SLEEP_ENABLE_S5 = 0x2000;

    public AcpiPowerOff() {
        super("ACPI power-off", PORT, 2);
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
