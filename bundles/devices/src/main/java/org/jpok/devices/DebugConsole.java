package org.jpok.devices;

import org.jpok.api.device.IoDevice;
import org.osgi.service.component.annotations.Component;

/** The Bochs/QEMU debug console at port 0xE9: bytes written go to the console sink; a read returns 0xE9 so guests can detect it. */
@Component(service = IoDevice.class)
public class DebugConsole extends SimplePortDevice {

    static final int PORT = 0xE9;

    public DebugConsole() {
        super("debug console 0xE9", PORT, 1);
    }

    @Override
    public int in(int port, int size) {
        return PORT;
    }

    @Override
    public void out(int port, int size, int value) {
        context.console().write(value & 0xFF);
    }
}
