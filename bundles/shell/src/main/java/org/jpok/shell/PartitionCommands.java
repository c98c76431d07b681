package org.jpok.shell;

import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.Descriptor;
import org.jpok.api.kernel.KernelControl;
import org.jpok.api.kernel.KernelInspector;
import org.jpok.api.kernel.PartitionInfo;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.ScheduleInfo;
import org.jpok.api.kernel.ThreadInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code pok:partitions}, {@code pok:threads}, {@code pok:schedule}: the booted system's partitions, threads and
 * schedule; {@code pok:mode} and {@code pok:restart}: operator mode changes.
 */
@Component(service = PartitionCommands.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=partitions",
        "osgi.command.function=threads",
        "osgi.command.function=schedule",
        "osgi.command.function=mode",
        "osgi.command.function=restart"
})
public class PartitionCommands {

    private final KernelInspector inspector;
    private final KernelControl control;

    @Activate
    public PartitionCommands(@Reference(name = "inspector") KernelInspector inspector,
            @Reference(name = "control") KernelControl control) {
        this.inspector = inspector;
        this.control = control;
    }

    @Descriptor("put a partition in a mode: STOPPED, INIT_COLD or INIT_WARM (the last two reload its image)")
    public String mode(@Descriptor("partition name or id") String partition,
            @Descriptor("STOPPED, INIT_COLD or INIT_WARM (any case)") String mode) {
        PartitionInfo p = Args.partition(inspector.partitions(), partition);
        PartitionMode m;
        try {
            m = PartitionMode.valueOf(mode.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown mode '" + mode + "' (use STOPPED, INIT_COLD or INIT_WARM)");
        }
        control.setMode(p.id(), m);
        return "partition " + p.name() + ": " + m;
    }

    @Descriptor("restart a partition: INIT_COLD with its image reloaded")
    public String restart(@Descriptor("partition name or id") String partition) {
        return mode(partition, PartitionMode.INIT_COLD.name());
    }

    @Descriptor("list the partitions: id, name, mode, memory region, threads and health-monitor faults")
    public String partitions() {
        Table t = new Table("ID", "NAME", "MODE", "BASE", "SIZE", "THREADS", "FAULTS");
        for (PartitionInfo p : inspector.partitions()) {
            t.row(p.id(), p.name(), p.mode(), Args.hex(p.base()), p.size(), p.threads(), p.faults());
        }
        return t.toString();
    }

    @Descriptor("list the threads of every partition: id, partition, state, priority, period, deadline, EIP")
    public String threads() {
        return threadTable(inspector.threads(), inspector.partitions());
    }

    @Descriptor("list the threads of one partition")
    public String threads(@Descriptor("partition name or id") String partition) {
        List<PartitionInfo> parts = inspector.partitions();
        int id = Args.partition(parts, partition).id();
        return threadTable(inspector.threads().stream().filter(t -> t.partition() == id).toList(), parts);
    }

    private static String threadTable(List<ThreadInfo> threads, List<PartitionInfo> parts) {
        Table t = new Table("ID", "PARTITION", "LOCAL", "STATE", "PRIO", "PERIOD", "DEADLINE", "EIP", "");
        for (ThreadInfo th : threads) {
            t.row(th.id(), parts.get(th.partition()).name(), th.local(), th.state(), th.priority(),
                    Args.formatTime(th.period()), Args.formatTime(th.deadline()), Args.hex(th.eip() & 0xFFFFFFFFL),
                    th.running() ? "<- running" : "");
        }
        return t.toString();
    }

    @Descriptor("show the major frame's slots, with the slot holding the current time marked")
    public String schedule() {
        ScheduleInfo s = inspector.schedule();
        List<PartitionInfo> parts = inspector.partitions();
        Table t = new Table("SLOT", "PARTITION", "START", "DURATION", "");
        long start = 0;
        for (int i = 0; i < s.slots().size(); i++) {
            ScheduleInfo.Slot slot = s.slots().get(i);
            t.row(i, parts.get(slot.partition()).name(), Args.formatTime(start), Args.formatTime(slot.durationNs()),
                    i == s.currentSlot() ? "<- now" : "");
            start += slot.durationNs();
        }
        if (start < s.majorFrameNs()) {
            t.row("-", "(idle)", Args.formatTime(start), Args.formatTime(s.majorFrameNs() - start),
                    s.currentSlot() < 0 ? "<- now" : "");
        }
        return "major frame " + Args.formatTime(s.majorFrameNs()) + ", frame " + s.frameNumber() + " at offset "
                + Args.formatTime(s.frameOffsetNs()) + System.lineSeparator() + t;
    }
}
