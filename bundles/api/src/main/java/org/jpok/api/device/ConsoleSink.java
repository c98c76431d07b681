package org.jpok.api.device;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives the guest's console bytes (UART transmitter, debug port 0xE9). The machine calls it on
 * its vCPU thread; an implementation that hands bytes to another thread (a shell session) must do
 * so safely itself.
 */
@ConsumerType
@FunctionalInterface
public interface ConsoleSink {

    /** One byte, 0 to 255. */
    void write(int b);

    /** Pushes buffered bytes out; called when the machine pauses or stops. */
    default void flush() {
    }

    /** A sink that drops everything. */
    ConsoleSink DISCARD = b -> { };
}
