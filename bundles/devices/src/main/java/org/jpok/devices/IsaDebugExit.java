package org.jpok.devices;

import java.util.List;

import org.jpok.api.device.DeviceContext;
import org.jpok.api.device.IoDevice;
import org.jpok.api.device.PortRange;
import org.osgi.service.component.annotations.Component;

/** QEMU's isa-debug-exit at port 0xF4: writing {@code v} stops the machine with status {@code (v << 1) | 1}. */
@Component(service = IoDevice.class)
public class IsaDebugExit implements IoDevice {

    static final int PORT = 0xF4;
    private DeviceContext context;

    @Override
    public String name() {
        return "isa-debug-exit";
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
        return 0;
    }

    @Override
    public void out(int port, int size, int value) {
        int v = size == 1 ? value & 0xFF : size == 2 ? value & 0xFFFF : value;
        context.requestExit(v << 1 | 1, "isa-debug-exit");
    }
}
