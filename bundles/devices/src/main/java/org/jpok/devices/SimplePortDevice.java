package org.jpok.devices;

import java.util.List;

import org.jpok.api.device.DeviceContext;
import org.jpok.api.device.IoDevice;
import org.jpok.api.device.PortRange;

/** The shared part of the small devices that own one port range and keep no state but their context. */
abstract class SimplePortDevice implements IoDevice {

    private final String name;
    private final List<PortRange> ports;
    protected DeviceContext context;

    SimplePortDevice(String name, int firstPort, int count) {
        this.name = name;
        this.ports = List.of(PortRange.of(firstPort, count));
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<PortRange> ports() {
        return ports;
    }

    @Override
    public void attach(DeviceContext context) {
        this.context = context;
    }

    @Override
    public void detach() {
        context = null;
    }
}
