package org.jpok.devices;

import org.jpok.api.device.IoDevice;
import org.osgi.service.component.annotations.Component;

/** QEMU's isa-debug-exit at port 0xF4: writing {@code v} stops the machine with status {@code (v << 1) | 1}. */
@Component(service = IoDevice.class)
public class IsaDebugExit extends SimplePortDevice {

    static final int PORT = 0xF4;

    public IsaDebugExit() {
        super("isa-debug-exit", PORT, 1);
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
