package org.jpok.api.vmm;

import org.jpok.api.kernel.ErrorKind;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What the vmm BSP gives a {@link Vmm}: partition geometry, physical memory, and the narrow kernel services that
 * hypercall handlers may use. Called on the vCPU thread.
 */
@ConsumerType
public interface VmmHost {

    int partitionCount();

    /** Physical address of partition {@code p}'s first byte (its segment base). */
    long partitionBase(int p);

    /** Partition {@code p}'s size in bytes. */
    long partitionSize(int p);

    /** Copies physical memory; the range has been checked against the partition. */
    void readPhysical(long address, byte[] dst, int off, int len);

    /** Copies into physical memory; the range has been checked against the partition. */
    void writePhysical(long address, byte[] src, int off, int len);

    /** Console output of partition {@code p}. */
    void consoleWrite(int p, byte[] bytes, int off, int len);

    /** POK's tick counter (milliseconds since boot). */
    long ticks();

    /** Virtual time since boot, nanoseconds. */
    long nanos();

    /** Unmasks PIC line {@code line} (0 to 15). */
    void unmaskIrq(int line);

    /** Masks PIC line {@code line} (0 to 15). */
    void maskIrq(int line);

    /**
     * A fault for the health monitor: a bad hypercall (ILLEGAL_REQUEST), a pointer outside the partition
     * (MEMORY_VIOLATION), an overflow of the vCPU's frame stack (STACK_OVERFLOW). The host applies the
     * partition's configured action; it must not throw. It is called in the middle of a {@link Vmm} call, which
     * still completes and returns a frame: a host that stops or restarts the partition should only note it here
     * and act (reschedule, {@link Vmm#resetPartition}) once the call has returned.
     */
    void report(int partition, ErrorKind kind, String detail);
}
