package org.jpok.bsp.x86qemu.vmm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jpok.api.bsp.AnsweredErrors;
import org.jpok.api.bsp.Bsp;
import org.jpok.api.bsp.BspLayout;
import org.jpok.api.bsp.VcpuRegistration;
import org.jpok.api.cpu.Cpu;
import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.hypercall.VirtualCpu;
import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.machine.HostCallHandler;
import org.jpok.api.machine.Machine;
import org.jpok.api.kernel.Errno;
import org.jpok.api.vmm.HypercallInvoker;
import org.jpok.api.vmm.VcpuSnapshot;
import org.jpok.api.vmm.Vmm;
import org.jpok.api.vmm.VmmFactory;
import org.jpok.api.vmm.VmmHost;
import org.jpok.api.vmm.VmmInspector;
import org.jpok.bsp.x86qemu.X86QemuBsp;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The x86-qemu board with POK's vmm extensions: the same GDT, TSS, PIC and PIT as {@link X86QemuBsp}, but IRQ
 * vectors 32..47 enter the meta-handler through this BSP's prologue stubs, and vector 45 is a DPL-3 hypercall
 * gate. Every return to ring 3 that passes through a host call first asks the {@link Vmm} for a due upcall.
 *
 * <p>Vector 45 is also PIC line 13 (the x87 error line on a PC) and the kernel's syscall vector 42 is line 10: as
 * in POK, those two lines cannot reach partitions (the gates belong to the calls).
 */
@Component(service = {Bsp.class, VmmInspector.class, HypercallInvoker.class}, property = Bsp.NAME_PROPERTY + "=" + VmmX86QemuBsp.NAME,
        configurationPid = "org.jpok.bsp.x86qemu.vmm")
@Designate(ocd = VmmBspConfig.class)
public class VmmX86QemuBsp extends X86QemuBsp implements VmmInspector, HypercallInvoker {

    static final String NAME = "x86-qemu-vmm";
    /** Fault vectors through which this BSP hands a {@link VmmHost#report} to the kernel's health monitor. */
    static final int GP = 13, OF = 4, PF = 14;
    private static final int STUB_ALIGN = 0x100;

    private final VmmFactory factory;
    private final boolean trapEmulate;
    private Vmm vmm;
    private int stubBase;
    /** Reports made during the current {@link Vmm} call, acted on once it returns. */
    private final List<Report> reports = new ArrayList<>();

    record Report(int partition, ErrorKind kind, String detail) {
    }

    @Activate
    public VmmX86QemuBsp(VmmBspConfig config, @Reference VmmFactory factory) {
        this.factory = factory;
        this.trapEmulate = config.vmm_trapEmulate();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void takeOver(Machine machine, BspLayout layout, boolean initPic) {
        super.takeOver(machine, layout, initPic);
        // The stubs live in the kernel area's slack after the TSS (the kernel's own stubs start at a page).
        stubBase = (layout.tssBase() + TSS_SIZE + STUB_ALIGN - 1) & -STUB_ALIGN;
        byte[] code = PrologueStubs.code();
        machine.writeMemory(stubBase, code, 0, code.length);
        reports.clear();
        vmm = factory.create(new Host(machine, layout));
        vmm.setKernelHandler(0, line -> { }); // the PIT stays unmasked for the kernel; its tick is served below
    }

    @Override
    public void detach() {
        vmm = null;
        super.detach();
    }

    /** Every partition's registered lines with its entry point, for the next BSP of a hot swap to take over. */
    @Override
    public List<VcpuRegistration> vcpuRegistrations() {
        List<VcpuRegistration> held = new ArrayList<>();
        Vmm v = vmm;
        if (v != null) {
            for (int p = 0; p < layout().partitions().size(); p++) {
                VirtualCpu c = v.vcpu(p);
                for (int line = 0; line < PrologueStubs.IRQ_LINES; line++) {
                    if (c.slotRegistered(line)) {
                        held.add(new VcpuRegistration(p, line, c.entry()));
                    }
                }
            }
        }
        return held;
    }

    /** A fresh vCPU honours any registration whose partition and entry point fit this layout. */
    @Override
    public List<VcpuRegistration> adoptVcpuRegistrations(List<VcpuRegistration> held) {
        List<VcpuRegistration> refused = new ArrayList<>();
        Vmm v = vmm;
        for (VcpuRegistration r : held) {
            boolean fits = v != null && r.partition() >= 0 && r.partition() < layout().partitions().size();
            if (!fits || v.vcpu(r.partition()).registerEntry(r.line(), r.entry()) != Errno.OK) {
                refused.add(r);
            }
        }
        return refused;
    }

    /**
     * The vCPUs live only in this BSP: what the kernel does not carry to the next BSP ({@link #vcpuRegistrations()})
     * is dropped, namely the pending occurrences of the registered lines and the saved upcall frames. A partition
     * caught inside an upcall handler keeps running it; its closing hypercall then meets whatever the next BSP does
     * with vector 45 (#GP to the health monitor on x86-qemu, EINVAL from a vCPU with no saved frame on x86-qemu-vmm).
     */
    @Override
    public List<String> detachForSwap() {
        List<String> dropped = new ArrayList<>();
        Vmm v = vmm;
        if (v != null) {
            for (VcpuRegistration r : vcpuRegistrations()) {
                int pending = v.vcpu(r.partition()).pending(r.line());
                if (pending > 0) {
                    dropped.add("partition " + r.partition() + ": " + pending + " pending vCPU interrupt(s) of IRQ "
                            + r.line());
                }
            }
            for (int p = 0; p < layout().partitions().size(); p++) {
                int frames = v.vcpu(p).savedFrames();
                if (frames > 0) {
                    dropped.add("partition " + p + ": " + frames + " saved upcall frame(s), mid-upcall");
                }
            }
        }
        detach();
        return dropped;
    }

    /** The vmm's state, for tests. */
    Vmm vmm() {
        return vmm;
    }

    @Override
    public Optional<VcpuSnapshot> vcpu(int p) {
        Vmm v = vmm;
        return v == null ? Optional.empty() : Optional.of(VcpuSnapshot.of(v.vcpu(p)));
    }

    @Override
    public Optional<Errno> invoke(int p, int id, int... args) {
        Vmm v = vmm;
        if (v == null) {
            return Optional.empty();
        }
        int before = reports.size();
        try {
            return Optional.of(v.invoke(p, id, args));
        } finally {
            // A test call has no guest frame to blame: its faults are printed, not handed to the health monitor.
            List<Report> made = reports.subList(before, reports.size());
            for (Report r : made) {
                System.err.println("x86-qemu-vmm: partition " + r.partition() + ": " + r.kind() + " (" + r.detail()
                        + ") in a hypercall invoked from the shell");
            }
            made.clear();
        }
    }

    int stubBase() {
        return stubBase;
    }

    @Override
    public void registerEvent(int vector, int handler, boolean userCallable) {
        if (handler < stubBase + PrologueStubs.SIZE && handler >= stubBase) {
            throw new IllegalStateException(String.format("kernel code at 0x%x overlaps the vmm stubs at 0x%x",
                    handler, stubBase));
        }
        if (vector == PrologueStubs.HYPERCALL_VECTOR) {
            writeGate(vector, PrologueStubs.stub(stubBase, vector), false, 3);
        } else if (!userCallable && vector >= PrologueStubs.FIRST_IRQ_VECTOR
                && vector < PrologueStubs.FIRST_IRQ_VECTOR + PrologueStubs.IRQ_LINES) {
            writeGate(vector, PrologueStubs.stub(stubBase, vector), false, 0);
        } else {
            super.registerEvent(vector, handler, userCallable);
        }
    }

    @Override
    public HostCallHandler hostCalls(HostCallHandler kernel) {
        return (cpu, number) -> {
            if ((number & PrologueStubs.TAG_MASK) == PrologueStubs.TAG && vmm != null) {
                int vector = number & 0xFFFF;
                if (vector == PrologueStubs.HYPERCALL_VECTOR) {
                    if (!hypercall(cpu, kernel)) {
                        return; // the vmm already chose the upcall for this return, and the CPU still runs the caller
                    }
                } else {
                    irq(cpu, kernel, vector);
                }
            } else if (!(number == GP && trapEmulate && vmm != null && emulated(cpu))) {
                kernel.hostCall(cpu, number);
            }
            if (vmm != null) {
                deliverToCurrent(cpu, kernel);
            }
        };
    }

    /** The meta-handler: the kernel's handling of the line (EOI; for the PIT the scheduler), then the vCPUs. */
    private void irq(Cpu cpu, HostCallHandler kernel, int vector) {
        kernel.hostCall(cpu, vector);
        vmm.raise(vector - PrologueStubs.FIRST_IRQ_VECTOR);
    }

    /** Serves the hypercall at the frame on the stack; true if the kernel was entered (the health monitor). */
    private boolean hypercall(Cpu cpu, HostCallHandler kernel) {
        int frame = cpu.gpr(4);
        InterruptFrame f = FrameAccess.read(machine(), frame);
        int p = partitionOf(f.cs());
        if (p < 0) {
            throw new IllegalStateException(String.format("hypercall from ring 0 (cs 0x%x)", f.cs()));
        }
        InterruptFrame out = vmm.hypercall(p, f);
        FrameAccess.write(machine(), frame, f, out);
        boolean answeredInKernel = kernel instanceof AnsweredErrors answered && answerReports(cpu, answered, p);
        boolean faultedInKernel = actOnReports(cpu, kernel, p);
        return answeredInKernel || faultedInKernel;
    }

    /** vmm.trapEmulate: a #GP from a partition's privileged instruction, done against its vCPU instead. */
    private boolean emulated(Cpu cpu) {
        int frame = cpu.gpr(4);
        InterruptFrame f = FrameAccess.read(machine(), frame);
        int p = partitionOf(f.cs());
        if (p < 0) {
            return false;
        }
        BspLayout.Region r = layout().partitions().get(p);
        InterruptFrame out = TrapEmulator.emulate(machine(), r.base(), r.size(), f, vmm.vcpu(p));
        if (out == null) {
            return false;
        }
        FrameAccess.write(machine(), frame, f, out);
        return true;
    }

    /** Before the {@code iret}: an upcall into the partition now on the CPU, if one is due. */
    private void deliverToCurrent(Cpu cpu, HostCallHandler kernel) {
        int frame = cpu.gpr(4);
        if (frame < 0 || frame > machine().memorySize() - 64) {
            return;
        }
        int p = partitionOf(machine().readInt(frame + FrameAccess.CS_OFFSET) & 0xFFFF);
        if (p < 0) {
            return; // idle, or a kernel context
        }
        InterruptFrame f = FrameAccess.read(machine(), frame);
        InterruptFrame out = vmm.deliver(p, f);
        if (!out.equals(f)) {
            if (Integer.toUnsignedLong(out.eip()) >= layout().partitions().get(p).size()) {
                reports.add(new Report(p, ErrorKind.MEMORY_VIOLATION,
                        String.format("vCPU entry 0x%x outside the partition", out.eip())));
            } else {
                FrameAccess.write(machine(), frame, f, out);
            }
        }
        actOnReports(cpu, kernel, p);
    }

    /**
     * A refused hypercall (no handler, or one that failed) has its answer, UNAVAILABLE, in EAX already: the
     * caller's health monitor records it and the caller goes on, as after an illegal syscall. Other reports
     * (a bad pointer, a frame that could not be saved or restored) stay faults.
     */
    private boolean answerReports(Cpu cpu, AnsweredErrors kernel, int p) {
        if (reports.isEmpty()) {
            return false; // the usual case: no stream pipelines per hypercall
        }
        if (reports.stream().anyMatch(r -> r.partition() == p && r.kind() != ErrorKind.ILLEGAL_REQUEST)) {
            return false;
        }
        Report first = reports.stream().filter(r -> r.partition() == p).findFirst().orElse(null);
        if (first != null) {
            reports.removeIf(r -> r.partition() == p);
            kernel.answered(cpu, p, first.kind(), first.detail());
            return true;
        }
        return false;
    }

    /**
     * Hands the reports about the partition on the CPU to the kernel's health monitor as the CPU exception that
     * the kernel maps to the same error kind; the frame at ESP is that partition's, so the kernel blames it.
     */
    private boolean actOnReports(Cpu cpu, HostCallHandler kernel, int p) {
        if (reports.isEmpty()) {
            return false;
        }
        List<Report> now = List.copyOf(reports);
        reports.clear();
        for (Report r : now) {
            System.err.println("x86-qemu-vmm: partition " + r.partition() + ": " + r.kind() + " (" + r.detail() + ")");
        }
        Report first = now.stream().filter(r -> r.partition() == p).findFirst().orElse(null);
        if (first != null) {
            vmm.resetPartition(p);
            kernel.hostCall(cpu, vectorOf(first.kind()));
            return true;
        }
        return false;
    }

    static int vectorOf(ErrorKind kind) {
        return switch (kind) {
            case STACK_OVERFLOW -> OF;
            case MEMORY_VIOLATION -> PF;
            default -> GP;
        };
    }

    /** The partition whose ring-3 code selector {@code cs} is, or -1. */
    int partitionOf(int cs) {
        int n = cs - FIRST_PARTITION_CODE;
        if (n < 0 || n % PARTITION_SELECTOR_STRIDE != 0) {
            return -1;
        }
        n /= PARTITION_SELECTOR_STRIDE;
        return n < layout().partitions().size() ? n : -1;
    }

    /** What the vmm may use of this board. */
    private final class Host implements VmmHost {
        private final Machine machine;
        private final BspLayout layout;

        Host(Machine machine, BspLayout layout) {
            this.machine = machine;
            this.layout = layout;
        }

        @Override
        public int partitionCount() {
            return layout.partitions().size();
        }

        @Override
        public long partitionBase(int p) {
            return layout.partitions().get(p).base();
        }

        @Override
        public long partitionSize(int p) {
            return layout.partitions().get(p).size();
        }

        @Override
        public void readPhysical(long address, byte[] dst, int off, int len) {
            machine.readMemory((int) address, dst, off, len);
        }

        @Override
        public void writePhysical(long address, byte[] src, int off, int len) {
            machine.writeMemory((int) address, src, off, len);
        }

        @Override
        public void consoleWrite(int p, byte[] bytes, int off, int len) {
            writeConsole(bytes, off, len);
        }

        @Override
        public long ticks() {
            return machine.clock().nanos() / 1_000_000;
        }

        @Override
        public long nanos() {
            return machine.clock().nanos();
        }

        @Override
        public void unmaskIrq(int line) {
            setMask(line, false);
            if (line >= 8) {
                setMask(2, false);
            }
        }

        @Override
        public void maskIrq(int line) {
            setMask(line, true);
        }

        private void setMask(int line, boolean masked) {
            int port = line < 8 ? 0x21 : 0xA1;
            int bit = 1 << (line & 7);
            int imr = machine.in(port, 1) & 0xFF;
            machine.out(port, 1, masked ? imr | bit : imr & ~bit);
        }

        @Override
        public void report(int partition, ErrorKind kind, String detail) {
            reports.add(new Report(partition, kind, detail));
        }
    }
}
