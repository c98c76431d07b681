package org.jpok.api.device;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A device on the I/O port bus. Devices are OSGi services; the machine picks them up as a
 * whiteboard, so starting or stopping a device bundle plugs or unplugs its devices while the
 * machine runs.
 *
 * <p>Threading: the machine calls {@link #attach}, {@link #detach}, {@link #in} and {@link #out}
 * only on its vCPU thread, and never concurrently. A device keeps its register state in plain
 * fields and touches the machine only through the {@link DeviceContext} it was attached with.
 */
@ConsumerType
public interface IoDevice {

    /** A short name for diagnostics (for example {@code "8254 PIT"}). */
    String name();

    /** The ports the device claims. Must not change while it is attached. */
    List<PortRange> ports();

    /**
     * Plugs the device in. The device starts from its power-on state and keeps {@code context}
     * until {@link #detach()}.
     */
    void attach(DeviceContext context);

    /**
     * Unplugs the device: it cancels its clock events and lowers its IRQ lines, and must not use
     * the context afterwards.
     */
    void detach();

    /** A guest {@code in} of {@code size} (1, 2 or 4) bytes from one of the device's ports. */
    int in(int port, int size);

    /** A guest {@code out} of {@code size} (1, 2 or 4) bytes to one of the device's ports. */
    void out(int port, int size, int value);
}
