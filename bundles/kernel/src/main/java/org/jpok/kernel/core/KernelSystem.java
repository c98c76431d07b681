package org.jpok.kernel.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jpok.api.bsp.AnsweredErrors;
import org.jpok.api.bsp.Bsp;
import org.jpok.api.bsp.BspLayout;
import org.jpok.api.bsp.VcpuRegistration;
import org.jpok.api.cpu.Cpu;
import org.jpok.api.cpu.RegisterContext;
import org.jpok.api.device.TimerEvent;
import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.kernel.HmAction;
import org.jpok.api.kernel.HmEvent;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.machine.HostCallHandler;
import org.jpok.api.machine.Machine;
import org.jpok.kernel.config.PartitionConfig;
import org.jpok.kernel.config.SystemConfig;
import org.jpok.kernel.elf.ElfException;
import org.jpok.kernel.elf.ElfImage;
import org.jpok.kernel.elf.ElfLoader;
import org.jpok.kernel.elf.LoadTarget;
import org.jpok.kernel.hm.FaultKinds;
import org.jpok.kernel.hm.HealthMonitor;
import org.jpok.kernel.hm.HmResponder;
import org.jpok.kernel.lock.LockObjectTable;
import org.jpok.kernel.port.PortTable;
import org.jpok.kernel.sched.Dispatch;
import org.jpok.kernel.sched.KernelThread;
import org.jpok.kernel.sched.MajorFrame;
import org.jpok.kernel.sched.PartitionScheduler;
import org.jpok.kernel.sched.PartitionThreads;
import org.jpok.kernel.sched.ThreadElection;
import org.jpok.kernel.sched.ThreadLayout;
import org.jpok.kernel.syscall.SyscallId;

/**
 * One booted system on the machine: the partitions in their regions, every thread's context, the schedulers,
 * lock objects, ports and the health monitor, and the host-call handler that the ring-0 stubs enter. Everything
 * here runs on the vCPU thread.
 */
final class KernelSystem implements HostCallHandler, AnsweredErrors {

    static final long TIMER_PERIOD_NS = 1_000_000;
    static final int IDLE_SLOT_OFFSET = 0;
    private static final int EFLAGS_IF = 0x200;
    /** The vmm BSP's hypercall gate (POK's vector 45), which the kernel itself does not serve. */
    private static final int HYPERCALL_VECTOR = 45;
    private static final int GP_VECTOR = 13;
    private static final int EFLAGS_FIXED = 0x2;

    final SystemConfig config;
    final Machine machine;
    /** Replaced only by {@link #swapBsp} on the vCPU thread; read by other threads for status. */
    volatile Bsp bsp;
    private final BspLayout bspLayout;
    final List<Partition> partitions = new ArrayList<>();
    final ThreadLayout layout;
    final ThreadContext[] contexts;
    final ThreadContext idle;
    final PartitionScheduler scheduler;
    final LockObjectTable locks;
    final PortTable ports;
    final HealthMonitor hm;
    final Syscalls syscalls;
    final Breakpoints breakpoints = new Breakpoints(this);
    final ConsoleAttribution console;
    private final Consumer<String> log;
    private RegisterContext template;
    private ThreadContext running;
    /** The context a {@link #freeze()} set aside, or null. */
    private ThreadContext frozenFrom;
    private TimerEvent timer;
    private long timerAt = Long.MAX_VALUE;
    /**
     * Until this virtual time a reschedule would find what the last one found (no slot boundary, wake-up, release,
     * deadline or capacity limit falls before it), as long as no thread changes state: ticks and calls that change
     * nothing skip the scheduler until then. 0 when unknown.
     */
    private long settledUntil;
    /** Set once the guest asked for a shutdown, so the power-off is read as one. */
    volatile boolean shutdownRequested;

    /** Boots on the vCPU thread of a freshly reset machine; images were validated by the caller. */
    KernelSystem(SystemConfig config, Machine machine, Bsp bsp, List<ElfImage> images, Consumer<String> log)
            throws ElfException {
        this.config = config;
        this.machine = machine;
        this.bsp = bsp;
        this.log = log;
        this.console = new ConsoleAttribution(machine);
        this.layout = new ThreadLayout(config.partitions());
        if (layout.total() > KernelArea.MAX_THREADS) {
            throw new IllegalArgumentException(config.file() + ": " + layout.total() + " threads, at most "
                    + KernelArea.MAX_THREADS);
        }
        List<BspLayout.Region> regions = new ArrayList<>();
        long base = KernelArea.PARTITIONS_BASE;
        List<HmAction> actions = new ArrayList<>();
        int[] lockCounts = new int[config.partitions().size()];
        for (PartitionConfig pc : config.partitions()) {
            if (base + pc.size() > machine.memorySize()) {
                throw new IllegalArgumentException(config.file() + ": the partitions need " + (base + pc.size())
                        + " bytes of memory, the machine has " + machine.memorySize());
            }
            PartitionThreads threads = new PartitionThreads(pc.index(), layout.firstGid(pc.index()),
                    layout.capacity(pc.index()), pc.size(), pc.scheduler().create());
            partitions.add(new Partition(pc, (int) base, images.get(pc.index()), threads));
            regions.add(new BspLayout.Region((int) base, (int) pc.size()));
            actions.add(pc.hm());
            lockCounts[pc.index()] = pc.lockObjects();
            base = (base + pc.size() + 0xFFF) & ~0xFFFL;
        }
        this.hm = new HealthMonitor(actions);
        this.locks = new LockObjectTable(lockCounts);
        this.ports = new PortTable(config.channels());
        this.scheduler = new PartitionScheduler(new MajorFrame(config.schedule()),
                partitions.stream().map(p -> p.threads).toList(), this::flushPorts);
        this.contexts = new ThreadContext[layout.total()];
        this.syscalls = new Syscalls(this);

        byte[] code = KernelArea.code();
        machine.writeMemory(KernelArea.STUBS, code, 0, code.length);
        bspLayout = new BspLayout(KernelArea.GDT, KernelArea.IDT, KernelArea.TSS, KernelArea.BOOT_STACK_TOP,
                regions, TIMER_PERIOD_NS);
        bsp.attach(machine, bspLayout);
        registerEvents(bsp);
        template = bsp.kernelContext();
        RegisterContext idleRegs = template.copy();
        idleRegs.eip = KernelArea.IDLE_LOOP;
        idleRegs.eflags = EFLAGS_FIXED | EFLAGS_IF;
        idleRegs.gpr[4] = KernelArea.kernelStackTop(layout.idleGid());
        idle = new ThreadContext(idleRegs, KernelArea.kernelStackTop(layout.idleGid()));
        for (Partition p : partitions) {
            load(p);
            prepare(p, p.threads.initialize(PartitionMode.INIT_WARM, p.image.entry()));
        }
        machine.setHostCallHandler(bsp.hostCalls(this));
        machine.exit().thenRun(breakpoints::forget);
    }

    private void registerEvents(Bsp b) {
        for (int v = 0; v < KernelArea.STUB_VECTORS; v++) {
            b.registerEvent(v, KernelArea.stub(v), v == SyscallId.VECTOR);
        }
    }

    /**
     * The hot swap, at this instruction boundary: the old BSP lets go, the new one rebuilds its tables, gates, PIC
     * and PIT from the kernel's layout and event list. Memory, thread contexts, ports, timers, virtual time and
     * the interrupt controller's pending requests stay as they are; the CPU resumes exactly where it was (the
     * descriptor tables sit at the same addresses with the same selectors). The old BSP's vCPU registrations (or
     * those a release kept) are offered to the new one. Returns what only the old BSP held and the new one does not
     * take over.
     */
    List<String> swapBsp(Bsp next) {
        RegisterContext cpu = new RegisterContext();
        machine.cpu().saveContext(cpu);
        machine.setHostCallHandler(null);
        List<String> dropped = new ArrayList<>();
        List<VcpuRegistration> held = kept;
        if (!bspReleased) {
            held = bsp.vcpuRegistrations();
            dropped.addAll(bsp.detachForSwap());
        }
        bspReleased = false;
        kept = List.of();
        next.attachForSwap(machine, bspLayout);
        registerEvents(next);
        template = next.kernelContext();
        machine.cpu().loadContext(cpu); // attach reset the CPU to build its template
        ThreadContext on = running != null ? running : frozenFrom;
        next.setKernelStack(on != null ? on.kernelStackTop : KernelArea.BOOT_STACK_TOP);
        bsp = next;
        for (VcpuRegistration r : next.adoptVcpuRegistrations(held)) {
            dropped.add(r.describe());
        }
        machine.setHostCallHandler(next.hostCalls(this));
        return dropped;
    }

    /** Set when the BSP went away with no successor: the system is frozen and holds no BSP. */
    private boolean bspReleased;
    /** The vCPU registrations of a released BSP, kept for the next BSP while no guest instruction runs. */
    private List<VcpuRegistration> kept = List.of();

    /**
     * The BSP's service is going with none to follow now: freeze the guest and let the BSP go until a swap. Its vCPU
     * registrations are kept for the next BSP.
     */
    List<String> releaseBsp() {
        freeze();
        machine.setHostCallHandler(null);
        bspReleased = true;
        kept = bsp.vcpuRegistrations();
        return bsp.detachForSwap();
    }

    private boolean started;

    /** Puts the first thread on the CPU, once: from here the machine may run. */
    void startOnce() {
        if (started) {
            return;
        }
        started = true;
        byte[] banner = "POK kernel initialized\n".getBytes(StandardCharsets.US_ASCII);
        bsp.writeConsole(banner, 0, banner.length);
        reschedule();
    }

    // ---- images and contexts ----

    private void load(Partition p) throws ElfException {
        int base = p.base;
        machine.fillMemory(base, p.size, (byte) 0);
        ElfLoader.load(p.image, new LoadTarget() {
            @Override
            public long size() {
                return p.size;
            }

            @Override
            public void zero(long offset, long length) {
                machine.fillMemory(base + (int) offset, (int) length, (byte) 0);
            }

            @Override
            public void write(long offset, byte[] src, int srcOffset, int length) {
                machine.writeMemory(base + (int) offset, src, srcOffset, length);
            }
        });
    }

    /**
     * Gives {@code t} a fresh context: a trap frame on its kernel stack that returns to ring 3 at its entry with
     * its user stack, and ring-0 registers at the stubs' return path over that frame.
     */
    void prepare(Partition p, KernelThread t) {
        int top = KernelArea.kernelStackTop(t.gid());
        int frame = top - TrapFrame.SIZE;
        int code = org.jpok.kernel.syscall.Selectors.code(p.config.index());
        int data = org.jpok.kernel.syscall.Selectors.data(p.config.index());
        machine.fillMemory(frame, TrapFrame.SIZE, (byte) 0);
        machine.writeInt(frame + TrapFrame.ES, data);
        machine.writeInt(frame + TrapFrame.DS, data);
        machine.writeInt(frame + TrapFrame.EIP, t.entry());
        machine.writeInt(frame + TrapFrame.CS, code);
        machine.writeInt(frame + TrapFrame.EFLAGS, EFLAGS_FIXED | EFLAGS_IF);
        machine.writeInt(frame + TrapFrame.USER_ESP, t.stackTop());
        machine.writeInt(frame + TrapFrame.USER_SS, data);
        RegisterContext regs = template.copy();
        regs.eip = KernelArea.RETURN_PATH;
        regs.gpr[4] = frame;
        contexts[t.gid()] = new ThreadContext(regs, top);
    }

    // ---- the host call: every vector's stub lands here ----

    @Override
    public void hostCall(Cpu cpu, int vector) {
        if (vector >= 256) {
            // A BSP's own stub (the vmm prologues) that was mid-way when a hot swap took that BSP out: serve the
            // IRQ as the kernel would. A hypercall meets this kernel's IDT, where int $45 is a #GP, as if it had come
            // just after the swap (its frame has the kernel stubs' layout).
            vector &= 0xFF;
            if (vector == HYPERCALL_VECTOR) {
                fault(GP_VECTOR, cpu.gpr(4));
                return;
            }
            if (vector == SyscallId.VECTOR || vector < 32 || vector >= 48) {
                return;
            }
        }
        int frame = cpu.gpr(4);
        if (vector == SyscallId.VECTOR) {
            syscalls.handle(frame);
        } else if (vector == 32) {
            bsp.endOfInterrupt(0);
            rescheduleUnlessSettled();
        } else if (vector > 32 && vector < 48) {
            bsp.endOfInterrupt(vector - 32);
        } else if (vector < 32) {
            fault(vector, frame);
        } else {
            throw new IllegalStateException("host call " + vector + " has no kernel handler");
        }
    }

    /** A refused hypercall: recorded like an illegal syscall, and the caller resumes with its errno. */
    @Override
    public void answered(Cpu cpu, int partition, ErrorKind kind, String detail) {
        int frame = cpu.gpr(4);
        Partition p = callerOf(frame);
        if (p == null || p.config.index() != partition) {
            log.accept("health monitor: partition " + partition + ": " + kind + " (" + detail
                    + ") reported outside its own call; not acted on");
            return;
        }
        raise(p, currentThread(p), machine.readInt(frame + TrapFrame.EIP), kind, detail, new byte[0], true);
    }

    /** The partition whose code selector the frame holds, or null for a trap from ring 0. */
    Partition callerOf(int frame) {
        int p = org.jpok.kernel.syscall.Selectors.partitionOfCs(machine.readInt(frame + TrapFrame.CS) & 0xFFFF,
                partitions.size());
        return p < 0 ? null : partitions.get(p);
    }

    /** The thread that trapped: the current thread of the partition on the CPU. */
    KernelThread currentThread(Partition p) {
        KernelThread t = p.threads.current();
        return t != null && contexts[t.gid()] == running ? t : null;
    }

    private void fault(int vector, int frame) {
        Partition p = callerOf(frame);
        int eip = machine.readInt(frame + TrapFrame.EIP);
        if (p == null && eip == KernelArea.IRET) {
            // iret refused the frame it was returning to ring 3 with (an entry point beyond the partition):
            // the fault belongs to that thread, whose frame lies just above the kernel-mode exception frame.
            int userFrame = frame + TrapFrame.USER_ESP;
            p = callerOf(userFrame - TrapFrame.EIP);
            eip = machine.readInt(userFrame);
        }
        if (p != null && breakpoints.trapped(vector, frame, p)) {
            return;
        }
        if (p == null) {
            throw new IllegalStateException(String.format("kernel fault: vector %d at eip 0x%08x, error 0x%x",
                    vector, eip, machine.readInt(frame + TrapFrame.ERROR)));
        }
        ErrorKind kind = FaultKinds.ofVector(vector);
        String detail = String.format("exception %d, error code 0x%x", vector, machine.readInt(frame + TrapFrame.ERROR));
        raise(p, currentThread(p), eip, kind, detail, new byte[0], false);
    }

    /** Reports an error of partition {@code p} to the health monitor, carries out the answer, and reschedules. */
    void raise(Partition p, KernelThread failed, int eip, ErrorKind kind, String detail, byte[] message,
            boolean resumable) {
        report(p, failed, eip, kind, detail, message, resumable);
        reschedule();
    }

    /** Records the error, logs it and carries out the health monitor's answer, without rescheduling. */
    private void report(Partition p, KernelThread failed, int eip, ErrorKind kind, String detail, byte[] message,
            boolean resumable) {
        PartitionThreads threads = p.threads;
        boolean hasHandler = threads.errorThread() != null;
        HmEvent event = hm.report(machine.clock().nanos(), p.config.index(), failed == null ? -1 : failed.gid(),
                failed == null ? -1 : failed.localIndex(), eip, kind, detail, message, hasHandler,
                failed != null && failed == threads.errorThread());
        log.accept(String.format("health monitor: partition %s thread %s eip 0x%08x %s (%s) -> %s", p.config.name(),
                failed == null ? "-" : Integer.toString(failed.gid()), eip, kind, detail, event.response()));
        if (failed != null && !resumable) {
            locks.forget(failed);
            ports.forget(failed);
            contexts[failed.gid()].pendingCompletion = null;
        }
        if (HmResponder.apply(event, threads, failed, resumable)) {
            restart(p, PartitionMode.INIT_COLD);
        }
    }

    /** INIT_COLD with the image reloaded and every object of the partition gone. */
    void restart(Partition p, PartitionMode mode) {
        for (KernelThread t : p.threads.threads()) {
            locks.forget(t);
            ports.forget(t);
        }
        locks.resetPartition(p.config.index());
        ports.resetPartition(p.config.index());
        hm.clear(p.config.index());
        try {
            load(p);
        } catch (ElfException e) {
            throw new IllegalStateException(p.config.name() + ": image reload failed: " + e.getMessage());
        }
        breakpoints.reinsert(p);
        prepare(p, p.threads.initialize(mode, p.image.entry()));
    }

    private void flushPorts(long frameStart) {
        ports.flush(i -> {
            PartitionMode m = partitions.get(i).threads.mode();
            return m == PartitionMode.NORMAL || m == PartitionMode.IDLE;
        });
    }

    // ---- dispatch ----

    /** POK's global scheduling step at the current time, then the context switch and the next timer. */
    void reschedule() {
        long now = machine.clock().nanos();
        Dispatch d = null;
        for (int attempt = 0; attempt < 16; attempt++) {
            d = scheduler.schedule(now);
            if (!d.deadlineMisses().isEmpty()) {
                for (KernelThread miss : d.deadlineMisses()) {
                    report(partitions.get(miss.partition()), miss, 0, ErrorKind.DEADLINE_MISSED, "deadline missed",
                            new byte[0], true);
                }
                continue; // the health monitor may have changed who runs
            }
            KernelThread t = d.thread();
            if (t == null || !complete(t, now)) {
                break;
            }
        }
        KernelThread t = d.thread();
        console.onCpu(d.partition());
        switchTo(t == null ? idle : contexts[t.gid()]);
        armTimer(d, now);
        if (!d.deadlineMisses().isEmpty()) {
            settledUntil = 0; // the health monitor kept changing states: no promise
        } else if (d.partition() == MajorFrame.NO_PARTITION) {
            settledUntil = d.nextSwitch();
        } else {
            settledUntil = Math.min(d.nextSwitch(), ThreadElection.nextChange(partitions.get(d.partition()).threads, now));
        }
    }

    /**
     * The scheduling step for an event that changed no thread state (a timer tick, a call that only reads): skipped
     * while the last step's outcome still holds, which gives exactly the same schedule.
     */
    void rescheduleUnlessSettled() {
        if (machine.clock().nanos() >= settledUntil) {
            reschedule();
        }
    }

    /** Finishes the blocked syscall of {@code t} if it has one; true if it blocked again (elect anew). */
    private boolean complete(KernelThread t, long now) {
        ThreadContext c = contexts[t.gid()];
        if (c.pendingCompletion == null) {
            return false;
        }
        int r = c.pendingCompletion.apply(now);
        if (r < 0) {
            return true;
        }
        c.pendingCompletion = null;
        machine.writeInt(c.pendingFrame + TrapFrame.EAX, r);
        return false;
    }

    private void switchTo(ThreadContext next) {
        if (next == running) {
            return;
        }
        Cpu cpu = machine.cpu();
        if (running != null) {
            cpu.saveContext(running.regs);
        }
        cpu.loadContext(next.regs);
        bsp.setKernelStack(next.kernelStackTop);
        running = next;
    }

    /** A clock event at the next slot boundary or the next wake-up in the running partition, whichever is first. */
    private void armTimer(Dispatch d, long now) {
        long at = d.nextSwitch();
        if (d.partition() != MajorFrame.NO_PARTITION) {
            at = Math.min(at, ThreadElection.nextWakeup(partitions.get(d.partition()).threads));
        }
        at = Math.max(at, now + 1);
        if (timer != null && timerAt == at) {
            return;
        }
        if (timer != null) {
            timer.cancel();
        }
        timerAt = at;
        timer = machine.clock().schedule(at, () -> {
            timer = null;
            timerAt = Long.MAX_VALUE;
            reschedule();
        });
    }

    /** A partition's processor time per major frame: the sum of its slots (POK indexes slots by partition id). */
    long duration(int partition) {
        long sum = 0;
        for (org.jpok.kernel.config.Slot s : config.schedule().slots()) {
            if (s.partition() == partition) {
                sum += s.durationNs();
            }
        }
        return sum;
    }

    /** A snapshot of each partition's mode, for status. */
    List<PartitionMode> modes() {
        return partitions.stream().map(p -> p.threads.mode()).toList();
    }

    /**
     * Suspends guest execution at this instruction boundary: the running context is kept and the CPU halts with
     * interrupts off, so nothing runs while a pause or stop command waits for the end of the slice.
     */
    void freeze() {
        if (frozenFrom != null || running == null) {
            return;
        }
        settledUntil = 0;
        if (timer != null) {
            timer.cancel();
            timer = null;
            timerAt = Long.MAX_VALUE;
        }
        machine.cpu().saveContext(running.regs);
        frozenFrom = running;
        RegisterContext frozen = idle.regs.copy();
        frozen.eflags = EFLAGS_FIXED;
        frozen.halted = true;
        machine.cpu().loadContext(frozen);
        running = null;
    }

    /** Undoes {@link #freeze()}: the kept context runs on, and the scheduler catches up with the time. */
    void thaw() {
        if (frozenFrom == null) {
            return;
        }
        machine.cpu().loadContext(frozenFrom.regs);
        bsp.setKernelStack(frozenFrom.kernelStackTop);
        running = frozenFrom;
        frozenFrom = null;
        reschedule();
    }

    /** For inspection: whether {@code c} holds the CPU (or held it when a freeze set it aside). */
    boolean isOnCpu(ThreadContext c) {
        return c == running || c == frozenFrom;
    }

    /** Whether the first thread has been put on the CPU ({@link #startOnce()}). */
    boolean hasStarted() {
        return started;
    }

    /** For inspection: whether guest execution is frozen, so the running context's saved registers are current. */
    boolean isFrozen() {
        return frozenFrom != null;
    }

    void stop() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
        machine.setHostCallHandler(null);
        bsp.detach();
    }

    void log(String line) {
        log.accept(line);
    }
}
