package org.jpok.shell;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.apache.felix.service.command.Descriptor;
import org.jpok.api.kernel.BootException;
import org.jpok.api.kernel.HmEvent;
import org.jpok.api.kernel.Kernel;
import org.jpok.api.kernel.KernelInspector;
import org.jpok.api.kernel.KernelStatus;
import org.jpok.api.kernel.RunOutcome;
import org.jpok.api.kernel.ScheduleInfo;
import org.jpok.api.kernel.VirtualTime;
import org.jpok.api.machine.Machine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code pok:boot}, {@code pok:run}, {@code pok:pause}, {@code pok:status}: the kernel, interactively. */
// Immediate: a delayed component would be deactivated between two Gogo calls, losing the run and boot time.
@Component(service = KernelCommands.class, immediate = true, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=boot",
        "osgi.command.function=run",
        "osgi.command.function=pause",
        "osgi.command.function=status"
})
public class KernelCommands {

    private final Kernel kernel;
    private volatile CompletableFuture<RunOutcome> running;
    /** Optional: where status finds the current partition, slot and frame position. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile KernelInspector inspector;
    /** Optional: where status finds the instructions retired. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Machine machine;
    /** Wall-clock time of the last boot, for status. */
    private volatile long bootedAtMillis;

    @Activate
    public KernelCommands(@Reference(name = "kernel") Kernel kernel) {
        this.kernel = kernel;
    }

    @Descriptor("validate config.yaml and its partition images, load them and set the kernel up (nothing runs yet)")
    public String boot(@Descriptor("the system's config.yaml") String config) throws BootException {
        kernel.boot(Path.of(config), null);
        running = null;
        bootedAtMillis = System.currentTimeMillis();
        return "booted " + config;
    }

    @Descriptor("run (or resume) the booted system in the background")
    public String run() throws InterruptedException {
        CompletableFuture<RunOutcome> r = kernel.run(0);
        running = r;
        // Back once the machine runs, so that a following pok:console -f sees it running.
        awaitMachine(state -> r.isDone() || state.equals("RUNNING"));
        return "running";
    }

    /** Waits up to 2 s of wall time for the machine's state to satisfy {@code done}. */
    private void awaitMachine(java.util.function.Predicate<String> done) throws InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (!done.test(kernel.status().machine()) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    @Descriptor("run the booted system for this much more virtual time (500ms, 2s, 100us), or until it ends")
    public String run(@Descriptor("how much virtual time to run, from now") String time) throws Exception {
        long duration = VirtualTime.parse(time);
        // Relative to the clock as the machine last published it: exact when paused or just booted.
        RunOutcome o = kernel.run(kernel.status().virtualNanos() + duration).get();
        return o.reason() + " at " + o.virtualNanos() + " ns" + (o.detail().isEmpty() ? "" : ": " + o.detail());
    }

    @Descriptor("pause the running system at the next instruction boundary")
    public String pause() throws InterruptedException {
        kernel.pause();
        // Back once it took effect, so that a following pok:resume finds the system paused.
        awaitMachine(state -> !state.equals("RUNNING"));
        return "paused";
    }

    @Descriptor("the booted system, the machine's state, each partition's mode and the health-monitor log")
    public String status() {
        KernelStatus s = kernel.status();
        StringBuilder b = new StringBuilder();
        b.append("system ").append(s.config() == null ? "(none booted)" : s.config())
                .append(s.bsp() == null ? "" : ", BSP " + s.bsp())
                .append(", machine ").append(s.machine())
                .append(", virtual time ").append(s.virtualNanos()).append(" ns");
        b.append(statusDetails(s));
        for (KernelStatus.PartitionStatus p : s.partitions()) {
            b.append(System.lineSeparator()).append("  partition ").append(p.name()).append(": ").append(p.mode());
        }
        for (HmEvent e : kernel.healthEvents()) {
            b.append(System.lineSeparator()).append(String.format("  hm %d ns: partition %d thread %d eip 0x%08x %s -> %s",
                    e.timeNs(), e.partition(), e.thread(), e.eip(), e.kind(), e.response()));
        }
        CompletableFuture<RunOutcome> r = running;
        if (r != null && r.isDone() && !r.isCompletedExceptionally()) {
            b.append(System.lineSeparator()).append("  ended: ").append(r.join().reason());
        }
        return b.toString();
    }

    /** The extra status lines: wall time, instructions, and where the schedule is (when the services are there). */
    private String statusDetails(KernelStatus s) {
        if (s.config() == null) {
            return "";
        }
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder();
        b.append(nl).append("  wall time ").append(System.currentTimeMillis() - bootedAtMillis).append(" ms since boot");
        Machine m = machine;
        if (m != null) {
            b.append(", instructions retired ").append(m.instructionsRetired());
        }
        KernelInspector i = inspector;
        if (i != null) {
            ScheduleInfo sched = i.schedule();
            int current = i.currentPartition();
            b.append(nl).append("  current partition ")
                    .append(current < 0 ? "(idle gap)" : s.partitions().get(current).name())
                    .append(", slot ").append(sched.currentSlot() < 0 ? "(idle gap)" : sched.currentSlot())
                    .append(", major frame ").append(sched.frameNumber()).append(" at ")
                    .append(sched.frameOffsetNs()).append(" ns of ").append(sched.majorFrameNs()).append(" ns");
        }
        return b.toString();
    }
}
