package org.jpok.kernel.core;

import java.util.ArrayList;
import java.util.List;

import org.jpok.api.kernel.HmEvent;
import org.jpok.api.kernel.PartitionInfo;
import org.jpok.api.kernel.ScheduleInfo;
import org.jpok.api.kernel.ThreadInfo;
import org.jpok.kernel.config.ScheduleConfig;
import org.jpok.kernel.sched.KernelThread;
import org.jpok.kernel.sched.MajorFrame;
import org.jpok.kernel.sched.Window;

/** Read-only snapshots of a {@link KernelSystem} for {@link org.jpok.api.kernel.KernelInspector}; call on the vCPU thread. */
final class Inspection {

    private Inspection() {
    }

    static List<PartitionInfo> partitions(KernelSystem s) {
        List<HmEvent> events = s.hm.events();
        List<PartitionInfo> out = new ArrayList<>();
        for (Partition p : s.partitions) {
            int id = p.config.index();
            int faults = (int) events.stream().filter(e -> e.partition() == id).count();
            out.add(new PartitionInfo(id, p.config.name(), p.threads.mode(), p.base, p.size,
                    p.threads.createdCount(), faults));
        }
        return out;
    }

    static List<ThreadInfo> threads(KernelSystem s) {
        List<ThreadInfo> out = new ArrayList<>();
        for (Partition p : s.partitions) {
            for (KernelThread t : p.threads.threads().subList(0, p.threads.createdCount())) {
                ThreadContext c = s.contexts[t.gid()];
                boolean onCpu = c != null && s.isOnCpu(c);
                // The running thread's saved registers are stale: its live EIP is the CPU's.
                int eip = c == null ? t.entry() : onCpu && !s.isFrozen() ? s.machine.cpu().eip() : c.regs.eip;
                out.add(new ThreadInfo(t.gid(), t.partition(), t.localIndex(), t.state(), t.priority(), t.period(),
                        t.deadline(), eip, onCpu));
            }
        }
        return out;
    }

    static ScheduleInfo schedule(KernelSystem s, long now) {
        ScheduleConfig cfg = s.config.schedule();
        List<ScheduleInfo.Slot> slots = cfg.slots().stream()
                .map(x -> new ScheduleInfo.Slot(x.partition(), x.durationNs())).toList();
        Window w = new MajorFrame(cfg).windowAt(now);
        return new ScheduleInfo(cfg.majorFrameNs(), slots, w.slot(), now % cfg.majorFrameNs(), now / cfg.majorFrameNs());
    }

    static int currentPartition(KernelSystem s, long now) {
        return new MajorFrame(s.config.schedule()).partitionAt(now);
    }
}
