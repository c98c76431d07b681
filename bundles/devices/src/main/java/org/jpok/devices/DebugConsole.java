package org.jpok.devices;

import java.util.List;

import org.jpok.api.device.DeviceContext;
import org.jpok.api.device.IoDevice;
import org.jpok.api.device.PortRange;
import org.osgi.service.component.annotations.Component;

/** The Bochs/QEMU debug console at port 0xE9: bytes written go to the console sink; a read returns 0xE9 so guests can detect it. */
@Component(service = IoDevice.class)
public class DebugConsole implements IoDevice {

    static final int PORT = 0xE9;
    private DeviceContext context;

    @Override
    public String name() {
        return "debug console 0xE9";
    }

    @Override
    public List<PortRange> ports() {
        return List.of(PortRange.of(PORT, 1));
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
        return PORT;
    }

    @Override
    public void out(int port, int size, int value) {
        context.console().write(value & 0xFF);
    }
}
