package org.jpok.hypercall.vmm;

import org.jpok.api.hypercall.GuestConsole;
import org.jpok.api.hypercall.GuestMemory;
import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.hypercall.IrqLines;
import org.jpok.api.hypercall.KernelClock;
import org.jpok.api.hypercall.VirtualCpu;
import org.jpok.hypercall.dispatch.DispatchCall;

/** One hypercall in progress: what its handler sees, and the frame it will resume (DO_IRET may replace it). */
final class CallContext implements DispatchCall {

    private final VmmState vmm;
    private final int partition;
    private final int id;
    private final int nargs;
    private final int[] args;
    private final InterruptFrame original;
    private InterruptFrame frame;
    private boolean replaced;

    CallContext(VmmState vmm, int partition, int id, int nargs, int[] args, InterruptFrame frame) {
        this.vmm = vmm;
        this.partition = partition;
        this.id = id;
        this.nargs = nargs;
        this.args = args;
        this.original = frame;
        this.frame = frame;
    }

    @Override
    public int partition() {
        return partition;
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public int nargs() {
        return nargs;
    }

    @Override
    public int arg(int n) {
        if (n < 1 || n > 5) {
            throw new IllegalArgumentException("hypercall argument " + n + " is not 1..5");
        }
        return args[n - 1];
    }

    @Override
    public GuestMemory memory() {
        return vmm.memory(partition);
    }

    @Override
    public VirtualCpu vcpu() {
        return vmm.vcpu(partition);
    }

    @Override
    public GuestConsole console() {
        return vmm.console(partition);
    }

    @Override
    public KernelClock clock() {
        return vmm.clock();
    }

    @Override
    public IrqLines irqLines() {
        return vmm.irqLines(partition);
    }

    @Override
    public void faulted() {
        frame = original;
        replaced = false;
    }

    InterruptFrame frame() {
        return frame;
    }

    /** DO_IRET resumes {@code f} instead of the caller: its EAX is kept. */
    void replace(InterruptFrame f) {
        frame = f;
        replaced = true;
    }

    boolean replaced() {
        return replaced;
    }
}
