package org.jpok.api.vmm;

import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.hypercall.VirtualCpu;
import org.jpok.api.kernel.Errno;
import org.osgi.annotation.versioning.ProviderType;

/**
 * vCPUs, the meta-handler and hypercall dispatch for one attached vmm BSP. All methods run on the vCPU thread.
 * Frames go in as the trap found them and come out as the BSP must resume them.
 *
 * <p>A hardware IRQ is two steps, so that the kernel's own handler (the scheduler) can switch partitions in
 * between: {@link #raise(int)} runs the kernel handler and marks the IRQ pending on every partition it is routed
 * to; before returning to user mode the BSP calls {@link #deliver(int, InterruptFrame)} for the partition that
 * then runs, which performs an upcall if one is due.
 */
@ProviderType
public interface Vmm {

    /** Partition {@code p}'s vCPU. */
    VirtualCpu vcpu(int p);

    /** Installs (or with null removes) the kernel's handler for {@code line}; installing unmasks the line. */
    void setKernelHandler(int line, KernelIrqHandler handler);

    /**
     * The meta-handler, for hardware IRQ {@code line}: the kernel handler first, then for each partition routed
     * to the line (hypercall 25, while its waiting flag is set; or a vCPU slot, hypercall 30) one more pending
     * occurrence.
     */
    void raise(int line);

    /**
     * The upcall decision before returning to partition {@code p} with {@code frame}: when the frame is user
     * mode, the vCPU's interrupts are enabled and an IRQ with an entry is pending, the frame is saved and the
     * returned frame enters the guest handler with EAX = the IRQ line. Otherwise {@code frame} itself.
     */
    InterruptFrame deliver(int p, InterruptFrame frame);

    /**
     * Serves {@code int $45} from partition {@code p}: EAX = id, EBX = partition-relative pointer to
     * {@code {nargs, arg1..arg5}}. Returns the frame to resume: EAX holds the result, except after a
     * {@code DO_IRET} that resumed another frame; a due upcall is delivered on the way out.
     */
    InterruptFrame hypercall(int p, InterruptFrame frame);

    /**
     * Serves hypercall {@code id} on behalf of partition {@code p} with the arguments given here instead of read
     * from its memory (a test harness's call; no guest frame is involved). Counted and traced like a guest's call.
     *
     * @param args at most 5 arguments; {@code nargs} is their count
     * @return the handler's result
     * @throws IllegalArgumentException for a bad partition, more than 5 arguments, or {@code DO_IRET} (which needs a
     *                                  guest frame)
     */
    Errno invoke(int p, int id, int... args);

    /** Partition {@code p} restarts: its vCPU and its meta-handler routes are cleared (lines masked as needed). */
    void resetPartition(int p);
}
