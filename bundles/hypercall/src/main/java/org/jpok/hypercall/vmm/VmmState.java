package org.jpok.hypercall.vmm;

import org.jpok.api.hypercall.GuestConsole;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.hypercall.IrqLines;
import org.jpok.api.hypercall.KernelClock;
import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.kernel.Errno;
import org.jpok.api.vmm.KernelIrqHandler;
import org.jpok.api.vmm.Vmm;
import org.jpok.api.vmm.VmmHost;
import org.jpok.hypercall.dispatch.HandlerRegistry;
import org.jpok.hypercall.meta.IrqMasks;
import org.jpok.hypercall.meta.IrqRouteSink;
import org.jpok.hypercall.meta.MetaHandler;
import org.jpok.hypercall.virt.VcpuHost;
import org.jpok.hypercall.virt.VcpuState;

/**
 * vCPUs and meta-handler of one attached vmm BSP, and the upcall rules that join them.
 *
 * <p>An IRQ line reaches a partition by one of two routes: the meta-handler (hypercall 25: upcall to the handler
 * given there, gated by the waiting flag and ack) or a vCPU slot (hypercall 30: upcall to the vCPU's common
 * entry). Either way it becomes a pending count on the vCPU, and is delivered the same way: when the partition
 * returns to user mode with virtual interrupts enabled, its frame is pushed on the vCPU's frame stack and it
 * resumes at the entry with EAX = the IRQ line. Lower lines go first, as on the PIC.
 *
 * <p>Delivery points are {@link #deliver} (the BSP's return to user mode after an IRQ or a partition switch) and
 * the return from every hypercall (so that an {@code sti} lets a pending IRQ in at once), except a DO_IRET that
 * resumed another frame. Like an x86 interrupt gate, an upcall enters the guest handler with virtual interrupts
 * disabled (one level), and DO_IRET restores the interrupted context's level (enabled, since that is when upcalls
 * happen); so IRQs that arrive meanwhile are chained by DO_IRET instead of nesting. A handler that enables
 * interrupts (hypercall 27) can be interrupted again: that is what the 16 saved frames are for. (POK ran the
 * handler with interrupts as they were, so every tick during a handler nested.)
 */
public final class VmmState implements Vmm, VcpuHost {

    /** Size of POK's argument block {@code {nargs, arg1..arg5}}. */
    static final int ARGS_BLOCK = 24;

    private final VmmHost host;
    private final HandlerRegistry registry;
    private final PartitionMemory[] memories;
    private final VcpuState[] vcpus;
    private final PartitionIrqLines[] irqLines;
    private final GuestConsole[] consoles;
    private final KernelClock clock;
    private final MetaHandler meta;
    private final IrqRouteSink toVcpu;
    private CallContext current;
    private final byte[] argsBlock = new byte[ARGS_BLOCK];

    public VmmState(VmmHost host, HandlerRegistry registry) {
        this.host = host;
        this.registry = registry;
        int n = host.partitionCount();
        memories = new PartitionMemory[n];
        vcpus = new VcpuState[n];
        irqLines = new PartitionIrqLines[n];
        consoles = new GuestConsole[n];
        for (int p = 0; p < n; p++) {
            long size = host.partitionSize(p);
            memories[p] = new PartitionMemory(host, host.partitionBase(p), size);
            vcpus[p] = new VcpuState(p, size, this);
            irqLines[p] = new PartitionIrqLines(this, p);
            int part = p;
            consoles[p] = (b, off, len) -> host.consoleWrite(part, b, off, len);
        }
        clock = new KernelClock() {
            @Override
            public long ticks() {
                return host.ticks();
            }

            @Override
            public long nanos() {
                return host.nanos();
            }
        };
        toVcpu = (p, line) -> vcpus[p].post(line);
        meta = new MetaHandler(n, new IrqMasks() {
            @Override
            public void unmask(int line) {
                host.unmaskIrq(line);
            }

            @Override
            public void mask(int line) {
                host.maskIrq(line);
            }
        });
    }

    @Override
    public VcpuState vcpu(int p) {
        return vcpus[checkPartition(p)];
    }

    PartitionMemory memory(int p) {
        return memories[p];
    }

    GuestConsole console(int p) {
        return consoles[p];
    }

    KernelClock clock() {
        return clock;
    }

    IrqLines irqLines(int p) {
        return irqLines[p];
    }

    public MetaHandler meta() {
        return meta;
    }

    @Override
    public void setKernelHandler(int line, KernelIrqHandler handler) {
        meta.setKernelHandler(line, handler);
    }

    @Override
    public void raise(int line) {
        meta.raise(line, toVcpu);
        for (VcpuState v : vcpus) {
            if (!meta.routed(v.partition(), line) && v.slotRegistered(line)) {
                v.post(line);
            }
        }
    }

    @Override
    public InterruptFrame deliver(int p, InterruptFrame frame) {
        VcpuState v = vcpus[checkPartition(p)];
        if (frame.rpl() != 3 || !v.interruptsEnabled()) {
            return frame;
        }
        int line = nextDeliverable(v);
        if (line < 0) {
            return frame;
        }
        if (v.frames().isFull()) {
            if (v.noteOverflow()) {
                host.report(p, ErrorKind.STACK_OVERFLOW, "vCPU of partition " + p + ": "
                        + v.frames().depth() + " interrupted frames already saved; IRQ " + line + " stays pending");
            }
            return frame;
        }
        v.pushFrame(frame);
        v.consume(line);
        v.setDisableDepth(1);
        return frame.redirect(entryFor(v, line), line);
    }

    @Override
    public InterruptFrame hypercall(int p, InterruptFrame frame) {
        checkPartition(p);
        int id = frame.eax();
        PartitionMemory mem = memories[p];
        if (!mem.fits(frame.ebx(), ARGS_BLOCK)) {
            host.report(p, ErrorKind.MEMORY_VIOLATION, String.format(
                    "hypercall %s: argument block at 0x%x is outside the partition", Integer.toUnsignedString(id),
                    frame.ebx()));
            return deliver(p, frame.withEax(Errno.EINVAL.code()));
        }
        mem.readBytes(frame.ebx(), argsBlock, 0, ARGS_BLOCK);
        int nargs = le32(argsBlock, 0);
        int[] args = new int[5];
        for (int i = 0; i < 5; i++) {
            args[i] = le32(argsBlock, 4 * (i + 1));
        }
        CallContext call = new CallContext(this, p, id, nargs, args, frame);
        CallContext outer = current;
        current = call;
        Errno r;
        try {
            r = registry.dispatch(call, host::report);
        } finally {
            current = outer;
        }
        if (call.replaced()) {
            // DO_IRET made its own delivery decision: chaining to a pending IRQ must not nest another on top
            return call.frame();
        }
        return deliver(p, frame.withEax(r.code()));
    }

    @Override
    public Errno invoke(int p, int id, int... args) {
        checkPartition(p);
        if (args.length > 5) {
            throw new IllegalArgumentException("a hypercall takes at most 5 arguments, not " + args.length);
        }
        if (id == HypercallIds.IRQ_DO_IRET) {
            throw new IllegalArgumentException("hypercall " + id + " (DO_IRET) needs a guest frame and cannot be invoked");
        }
        InterruptFrame none = new InterruptFrame(id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        CallContext call = new CallContext(this, p, id, args.length, java.util.Arrays.copyOf(args, 5), none);
        CallContext outer = current;
        current = call;
        try {
            return registry.dispatch(call, host::report);
        } finally {
            current = outer;
        }
    }

    @Override
    public Errno returnFromInterrupt(int p) {
        CallContext call = current;
        if (call == null || call.partition() != p) {
            throw new IllegalStateException("DO_IRET for partition " + p + " outside one of its hypercalls");
        }
        VcpuState v = vcpus[p];
        if (v.frames().isEmpty()) {
            return Errno.EINVAL;
        }
        int line = nextDeliverable(v);
        if (line >= 0) {
            // the iret would re-enable interrupts and take this IRQ at once: enter its handler on the same saved frame
            call.replace(call.frame().redirect(entryFor(v, line), line));
            v.consume(line);
            v.setDisableDepth(1);
            return Errno.OK;
        }
        call.replace(v.popFrame());
        v.setDisableDepth(0);
        return Errno.OK;
    }

    @Override
    public boolean routed(int partition, int line) {
        return meta.routed(partition, line);
    }

    /** Hypercall 25 for {@code p}. */
    Errno registerRoute(int p, int line, int handler) {
        if (!memories[p].fits(handler, 1)) {
            return Errno.EINVAL;
        }
        return meta.register(p, line, handler);
    }

    /** Hypercall 26 for {@code p}: what is pending on the line goes with its last route. */
    Errno unregisterRoute(int p, int line) {
        Errno r = meta.unregister(p, line);
        if (r == Errno.OK && !vcpus[p].slotRegistered(line)) {
            vcpus[p].clearPending(line);
        }
        return r;
    }

    @Override
    public void resetPartition(int p) {
        meta.resetPartition(checkPartition(p));
        vcpus[p].reset();
    }

    /** The lowest line with a pending occurrence and somewhere to deliver it, or -1. */
    private int nextDeliverable(VcpuState v) {
        for (int line = 0; line < HypercallIds.IRQ_LINES; line++) {
            if (v.pending(line) > 0 && hasTarget(v, line)) {
                return line;
            }
        }
        return -1;
    }

    private boolean hasTarget(VcpuState v, int line) {
        return meta.routed(v.partition(), line) || (v.slotRegistered(line) && v.hasEntry());
    }

    private int entryFor(VcpuState v, int line) {
        return meta.routed(v.partition(), line) ? meta.handler(v.partition(), line) : v.entry();
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private int checkPartition(int p) {
        if (p < 0 || p >= vcpus.length) {
            throw new IllegalArgumentException("partition " + p + " is not 0.." + (vcpus.length - 1));
        }
        return p;
    }
}
