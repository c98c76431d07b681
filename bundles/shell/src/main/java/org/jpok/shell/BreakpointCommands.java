package org.jpok.shell;

import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.jpok.api.kernel.KernelDebug;
import org.jpok.api.kernel.KernelInspector;
import org.jpok.api.kernel.PartitionInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code pok:break} and {@code pok:unbreak}: software breakpoints in partition code (int3 written by the kernel). The
 * Java methods are {@code _break}: Gogo prefixes a command that is a Java keyword with an underscore.
 */
@Component(service = BreakpointCommands.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=break",
        "osgi.command.function=unbreak"
})
public class BreakpointCommands {

    private final KernelDebug debug;
    private final KernelInspector inspector;

    @Activate
    public BreakpointCommands(@Reference(name = "debug") KernelDebug debug,
            @Reference(name = "inspector") KernelInspector inspector) {
        this.debug = debug;
        this.inspector = inspector;
    }

    @Descriptor("list the breakpoints: partition, address, the code byte under the int3, and the one stopped at")
    public String _break() {
        List<KernelDebug.Breakpoint> all = debug.breakpoints();
        if (all.isEmpty()) {
            return "no breakpoints";
        }
        List<PartitionInfo> partitions = inspector.partitions();
        KernelDebug.Breakpoint at = debug.stoppedAt();
        Table t = new Table("PARTITION", "ADDRESS", "BYTE", "STOPPED");
        for (KernelDebug.Breakpoint b : all) {
            t.row(partitions.get(b.partition()).name(), Args.hex(b.address()), String.format("%02x", b.originalByte()),
                    at != null && at.partition() == b.partition() && at.address() == b.address() ? "<- here" : "");
        }
        return t.toString();
    }

    @Descriptor("set a breakpoint: the partition stops (the machine pauses) when it reaches the address")
    public String _break(@Descriptor("partition name or id") String partition,
            @Descriptor("partition-relative code address (hex 0x.. or decimal)") String address) {
        PartitionInfo p = Args.partition(inspector.partitions(), partition);
        long addr = Args.number(address);
        boolean added = debug.addBreakpoint(p.id(), addr);
        return (added ? "breakpoint at " : "already a breakpoint at ") + p.name() + " " + Args.hex(addr);
    }

    @Descriptor("remove every breakpoint")
    public String unbreak() {
        int n = debug.clearBreakpoints();
        return n == 0 ? "no breakpoints" : "removed " + n + " breakpoint(s)";
    }

    @Descriptor("remove one breakpoint, restoring its code byte")
    public String unbreak(@Descriptor("partition name or id") String partition,
            @Descriptor("the breakpoint's address") String address) {
        PartitionInfo p = Args.partition(inspector.partitions(), partition);
        long addr = Args.number(address);
        if (!debug.removeBreakpoint(p.id(), addr)) {
            throw new IllegalArgumentException("no breakpoint at " + p.name() + " " + Args.hex(addr));
        }
        return "removed the breakpoint at " + p.name() + " " + Args.hex(addr);
    }
}
