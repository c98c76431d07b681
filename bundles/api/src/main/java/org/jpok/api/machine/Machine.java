package org.jpok.api.machine;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import org.jpok.api.cpu.Cpu;
import org.jpok.api.device.ConsoleSink;
import org.jpok.api.device.VirtualClock;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The PC board as a service: physical memory, the I/O port bus, the IRQ lines, the virtual clock
 * and the run loop that drives one {@link Cpu}.
 *
 * <h2>Threading</h2>
 * One dedicated vCPU thread owns all guest-visible state: the CPU, memory, devices and the clock.
 * Other threads reach that state only through the command queue: {@link #call} and
 * {@link #submit} run a task on the vCPU thread at the next instruction boundary, whether the
 * machine is running, paused, ready or exited. Methods marked <em>vCPU thread</em> throw
 * {@link IllegalStateException} elsewhere; call them from a submitted task, a host-call handler
 * or a device. The remaining methods may be called from any thread.
 *
 * <h2>Time</h2>
 * Virtual time is derived from retired instructions (by default 100 per microsecond, so one
 * instruction is 10 ns) and jumps to the next clock event while the CPU halts. In deterministic
 * pacing (the default) the machine runs as fast as it can and a run is reproducible; in real-time
 * pacing virtual time never runs ahead of the wall clock.
 *
 * <h2>Life cycle</h2>
 * {@link MachineState#READY} → {@link #start()} → {@link MachineState#RUNNING} ⇄
 * {@link MachineState#PAUSED} → {@link MachineState#EXITED}. {@link #reset()} brings any state back
 * to READY with time 0, zeroed memory, a reset CPU and freshly attached devices.
 */
@ProviderType
public interface Machine {

    // ---- run control (any thread) ----

    /** Starts running the CPU from its current state. Only from READY; otherwise an IllegalStateException. */
    void start();

    /** Pauses at the next instruction boundary. No effect unless RUNNING. */
    void pause();

    /** Resumes a paused machine. No effect unless PAUSED. */
    void resume();

    /**
     * Runs {@code count} more instructions from READY or PAUSED, then pauses. Halted time is
     * fast-forwarded as in a normal run. The future completes with the number of instructions that
     * actually retired (fewer if the machine exits or halts with nothing left to wake it).
     */
    CompletableFuture<Long> step(long count);

    /** Stops for good at the next instruction boundary, with reason {@link MachineExit.Reason#STOPPED}. */
    void stop();

    /** Back to READY: time 0, instructions 0, zeroed memory, a reset CPU, devices detached and reattached. */
    CompletableFuture<Void> reset();

    MachineState state();

    /**
     * Completes when the machine reaches EXITED (a new future after each {@link #reset()}). It is
     * completed on the vCPU thread, so non-async callbacks run there: keep them short.
     */
    CompletableFuture<MachineExit> exit();

    // ---- the command queue (any thread) ----

    /** Runs {@code task} on the vCPU thread at the next instruction boundary. */
    CompletableFuture<Void> submit(Runnable task);

    /** Runs {@code task} on the vCPU thread at the next instruction boundary and hands back its result. */
    <T> CompletableFuture<T> call(Callable<T> task);

    // ---- observation (any thread; values as of the last instruction boundary the vCPU thread published) ----

    /** Virtual nanoseconds since power-on (or the last reset). */
    long virtualNanos();

    /** Instructions retired since power-on (or the last reset). */
    long instructionsRetired();

    /** For each I/O port that no device claims but the guest touched: how many accesses. A snapshot. */
    Map<Integer, Long> unclaimedPortAccesses();

    /** Bytes of physical memory. */
    int memorySize();

    /** Instructions per microsecond of virtual time. */
    int instructionsPerMicrosecond();

    // ---- console (any thread) ----

    /** Where the guest's console bytes go from now on (the UART transmitter and port 0xE9). */
    void setConsoleSink(ConsoleSink sink);

    /**
     * The most recent console bytes the guest wrote (UART transmitter and port 0xE9), oldest first:
     * up to 64 KiB since power-on or the last {@link #reset()}. Recorded whatever sink is set, so a
     * reader need not replace the sink. A copy.
     */
    byte[] recentConsoleOutput();

    /**
     * How many console bytes the guest has written since power-on or the last {@link #reset()}. Read in the same
     * vCPU-thread task as {@link #recentConsoleOutput()}, it numbers the kept bytes: they are the last ones of it.
     */
    long consoleBytesWritten();

    /** Queues bytes for the console input (the UART receiver). */
    void sendConsoleInput(byte[] bytes);

    /** Installs the host-call handler (null removes it; a host call without a handler stops the machine with an ERROR). */
    void setHostCallHandler(HostCallHandler handler);

    // ---- guest-visible state (vCPU thread) ----

    /** The CPU. vCPU thread. */
    Cpu cpu();

    /** The virtual clock, for timed work of the caller's own (events run on the vCPU thread). vCPU thread. */
    VirtualClock clock();

    /** Copies guest physical memory out. Throws IndexOutOfBoundsException outside memory. vCPU thread. */
    void readMemory(int address, byte[] into, int offset, int length);

    /** Copies into guest physical memory and drops decoded code for the range. vCPU thread. */
    void writeMemory(int address, byte[] from, int offset, int length);

    /** Reads a little-endian 32-bit word. vCPU thread. */
    int readInt(int address);

    /** Writes a little-endian 32-bit word and drops decoded code for it. vCPU thread. */
    void writeInt(int address, int value);

    /** Fills guest memory with {@code value} and drops decoded code for the range. vCPU thread. */
    void fillMemory(int address, int length, byte value);

    /** An I/O port read as the guest would do it (unclaimed ports read all ones). vCPU thread. */
    int in(int port, int size);

    /** An I/O port write as the guest would do it. vCPU thread. */
    void out(int port, int size, int value);
}
