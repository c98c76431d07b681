package org.jpok.api.device;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What the machine offers an attached {@link IoDevice}. Every method belongs to the vCPU thread.
 */
@ProviderType
public interface DeviceContext {

    /** The machine's virtual clock, on which the device schedules its timed behaviour. */
    VirtualClock clock();

    /**
     * Drives ISA IRQ line {@code irq} (0 to 15) to {@code level}. The line goes to the
     * {@link InterruptController}; an edge-triggered controller latches a request on a rising edge,
     * so a device that wants a new request on a line that is already high lowers it first.
     */
    void setIrq(int irq, boolean level);

    /** Where console bytes go: the UART's transmitter and the debug port share it. */
    ConsoleSink console();

    /**
     * The next byte of console input (from the shell or an input file), or -1 when there is none
     * yet. When a byte arrives later, the machine runs the listener given to
     * {@link #onConsoleInput(Runnable)}, so the device never has to poll.
     */
    int readConsoleInput();

    /** Registers the one listener run (on the vCPU thread) when console input arrives; null removes it. */
    void onConsoleInput(Runnable listener);

    /**
     * Asks the machine to stop at the end of the current instruction and report {@code status}
     * as the exit status. {@code source} names what asked (for example {@code "isa-debug-exit"}).
     */
    void requestExit(int status, String source);
}
