package org.jpok.api.kernel;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Software breakpoints in partition code (the shell's {@code pok:break} and {@code pok:unbreak}), as gdb sets them:
 * the kernel writes {@code int3} (0xCC) over the first byte of the instruction and keeps the byte it replaced. When
 * the partition reaches it, the kernel pauses the machine instead of reporting a fault, with the thread's EIP back at
 * the breakpoint, and the run in progress ends with {@link RunOutcome.Reason#STOPPED} and the detail
 * {@code breakpoint hit: partition NAME at 0x...}. Running on executes the replaced instruction once and puts the
 * int3 back. Breakpoints survive a BSP swap and a partition restart; a new boot (or reset) starts with none. With
 * nothing booted each method throws {@link IllegalStateException} ("nothing is booted").
 */
@ProviderType
public interface KernelDebug {

    /** A breakpoint at partition-relative {@code address} of partition {@code partition}, over {@code originalByte}. */
    record Breakpoint(int partition, long address, int originalByte) {
    }

    /**
     * Inserts a breakpoint; false if there already is one. {@link IllegalArgumentException} with one line for an
     * unknown partition or an address outside it.
     */
    boolean addBreakpoint(int partition, long address);

    /** Removes a breakpoint and restores its byte; false if there was none. */
    boolean removeBreakpoint(int partition, long address);

    /** Removes every breakpoint; returns how many there were. */
    int clearBreakpoints();

    /** The breakpoints, by partition and address. */
    List<Breakpoint> breakpoints();

    /** The breakpoint the system is stopped at, until it runs or steps on; null if none. */
    Breakpoint stoppedAt();
}
