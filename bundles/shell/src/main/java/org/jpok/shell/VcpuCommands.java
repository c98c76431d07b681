package org.jpok.shell;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

import org.apache.felix.service.command.Descriptor;
import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.kernel.Kernel;
import org.jpok.api.kernel.KernelInspector;
import org.jpok.api.kernel.PartitionInfo;
import org.jpok.api.machine.Machine;
import org.jpok.api.vmm.VcpuSnapshot;
import org.jpok.api.vmm.VmmInspector;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code pok:vcpu}: a partition's virtual CPU under the vmm BSP (virtual IF nesting, pending IRQs, saved frames). */
@Component(service = VcpuCommands.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=vcpu"
})
public class VcpuCommands {

    private final Kernel kernel;
    private final KernelInspector inspector;
    private final Machine machine;
    /** Every vmm BSP's view; only the attached one answers. */
    private final List<VmmInspector> vmms = new CopyOnWriteArrayList<>();

    @Activate
    public VcpuCommands(@Reference(name = "kernel") Kernel kernel, @Reference(name = "inspector") KernelInspector inspector,
            @Reference(name = "machine") Machine machine) {
        this.kernel = kernel;
        this.inspector = inspector;
        this.machine = machine;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addVmm(VmmInspector vmm) {
        vmms.add(vmm);
    }

    void removeVmm(VmmInspector vmm) {
        vmms.remove(vmm);
    }

    @Descriptor("show a partition's vCPU (vmm BSP only): virtual IF nesting, pending IRQs per line, saved frames")
    public String vcpu(@Descriptor("partition name or id") String partition) throws Exception {
        PartitionInfo p = Args.partition(inspector.partitions(), partition);
        Optional<VcpuSnapshot> snapshot;
        try {
            snapshot = machine.call(() -> {
                for (VmmInspector v : vmms) {
                    Optional<VcpuSnapshot> s = v.vcpu(p.id());
                    if (s.isPresent()) {
                        return s;
                    }
                }
                return Optional.<VcpuSnapshot>empty();
            }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the vCPU of " + p.name() + ": " + e.getCause().getMessage());
        }
        if (snapshot.isEmpty()) {
            String bsp = kernel.status().bsp();
            throw new IllegalStateException("no vCPU: the active BSP is " + (bsp == null ? "none" : bsp));
        }
        return format(p, snapshot.get());
    }

    static String format(PartitionInfo p, VcpuSnapshot s) {
        StringBuilder b = new StringBuilder();
        b.append("vCPU of ").append(p.name()).append(": virtual IF ")
                .append(s.disableDepth() == 0 ? "enabled" : "disabled (nesting " + s.disableDepth() + ")")
                .append(", ").append(s.savedFrames()).append(" saved frame(s)\n");
        int[] pending = s.pending();
        StringBuilder lines = new StringBuilder();
        for (int line = 0; line < pending.length; line++) {
            if (pending[line] != 0) {
                lines.append(lines.length() == 0 ? "" : ", ").append("IRQ ").append(line).append(" x").append(pending[line]);
            }
        }
        b.append("pending: ").append(lines.length() == 0 ? "none" : lines);
        InterruptFrame f = s.innermostFrame();
        if (f != null) {
            b.append("\ninnermost saved frame: eip=").append(Args.hex(f.eip() & 0xFFFFFFFFL))
                    .append(" esp=").append(Args.hex(f.esp() & 0xFFFFFFFFL))
                    .append(" eflags=").append(Args.hex(f.eflags() & 0xFFFFFFFFL))
                    .append(" eax=").append(Args.hex(f.eax() & 0xFFFFFFFFL));
        }
        return b.toString();
    }
}
