package org.jpok.kernel.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.jpok.api.bsp.Bsp;
import org.jpok.api.kernel.BootException;
import org.jpok.api.kernel.BspControl;
import org.jpok.api.kernel.HmEvent;
import org.jpok.api.kernel.Kernel;
import org.jpok.api.kernel.KernelControl;
import org.jpok.api.kernel.KernelDebug;
import org.jpok.api.kernel.KernelInspector;
import org.jpok.api.kernel.KernelStatus;
import org.jpok.api.kernel.PartitionInfo;
import org.jpok.api.kernel.ScheduleInfo;
import org.jpok.api.kernel.ThreadInfo;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.RunOutcome;
import org.jpok.api.machine.Machine;
import org.jpok.api.machine.MachineExit;
import org.jpok.api.machine.MachineState;
import org.jpok.kernel.config.ConfigException;
import org.jpok.kernel.config.ConfigLoader;
import org.jpok.kernel.config.PartitionConfig;
import org.jpok.kernel.config.SystemConfig;
import org.jpok.kernel.elf.ElfException;
import org.jpok.kernel.elf.ElfImage;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The kernel service. It holds the machine statically and the BSP as a dynamic, greedy, optional reference:
 * it never names a BSP class, only the {@code bsp.name} a BSP service carries.
 */
@Component(service = {Kernel.class, KernelInspector.class, KernelControl.class, BspControl.class, KernelDebug.class},
        immediate = true, configurationPid = "org.jpok.kernel")
@org.osgi.service.metatype.annotations.Designate(ocd = KernelConfig.class)
public class KernelComponent implements Kernel, KernelInspector, KernelControl, BspControl, KernelDebug {

    /** The kernel configuration's BSP choice: a BSP service of this name that appears is swapped to. */
    static final String BSP_NAME = "bsp.name";

    private final Machine machine;
    /** Every installed BSP; a boot picks the one its configuration or {@code --bsp} names. */
    private final List<Bsp> bsps = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.Map<Bsp, Map<String, Object>> bspProps = new java.util.concurrent.ConcurrentHashMap<>();
    private final BspSwitch swaps = new BspSwitch(this);
    /** ConfigAdmin's {@code bsp.name}, or null. */
    private volatile String configuredBsp;
    private volatile KernelSystem system;
    private volatile Path configPath;
    /** The future of the latest run: a time limit set by an earlier run must not end this one. */
    private volatile CompletableFuture<RunOutcome> current;
    /** Where health-monitor lines go: standard error, or a test's sink. */
    private volatile Consumer<String> logSink = line -> System.err.println("jpok: " + line);

    @org.osgi.service.component.annotations.Activate
    public KernelComponent(@Reference(name = "machine") Machine machine, Map<String, Object> config) {
        this.machine = machine;
        modified(config);
    }

    /** For tests and the launcher: a kernel without configuration. */
    public KernelComponent(Machine machine) {
        this(machine, Map.of());
    }

    @Modified
    void modified(Map<String, Object> config) {
        Object name = config == null ? null : config.get(BSP_NAME);
        configuredBsp = name == null || name.toString().isBlank() ? null : name.toString().trim();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindBsp(Bsp b, Map<String, Object> props) {
        bspProps.put(b, props);
        bsps.add(b);
        swaps.appeared(b);
    }

    void unbindBsp(Bsp b) {
        bsps.remove(b);
        swaps.leaving(b);
        bspProps.remove(b);
    }

    // ---- BspControl ----

    @Override
    public List<BspInfo> bsps() {
        KernelSystem s = system;
        return bsps.stream().map(b -> new BspInfo(b.name(), bundleOf(b), rankingOf(b), s != null && s.bsp == b))
                .sorted(java.util.Comparator.comparing(BspInfo::name)).toList();
    }

    @Override
    public SwapReport swapBsp(String name) {
        Bsp b = bsps.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
        if (system == null) {
            throw new IllegalStateException("nothing is booted");
        }
        if (b == null) {
            throw new IllegalArgumentException("unknown BSP '" + name + "' (installed: "
                    + String.join(", ", bsps.stream().map(Bsp::name).sorted().toList()) + ")");
        }
        return swaps.swap(b, "requested");
    }

    @Override
    public SwapReport lastSwap() {
        return swaps.last();
    }

    @Override
    public SwapPauses swapPauses() {
        return swaps.pauses();
    }

    long bundleOf(Bsp b) {
        Object id = bspProps.getOrDefault(b, Map.of()).get("service.bundleid");
        return id instanceof Number n ? n.longValue() : -1;
    }

    int rankingOf(Bsp b) {
        Object r = bspProps.getOrDefault(b, Map.of()).get("service.ranking");
        return r instanceof Integer i ? i : 0;
    }

    /**
     * Whether the bundle of {@code b} is stopping only to start again at once: {@code update} and refresh stop a bundle
     * transiently, so it stays persistently started, where {@code stop} and {@code uninstall} clear that. False
     * outside a framework.
     */
    boolean comesBack(Bsp b) {
        Bundle self = FrameworkUtil.getBundle(KernelComponent.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        Bundle owner = context == null ? null : context.getBundle(bundleOf(b));
        if (owner == null || owner.getState() != Bundle.STOPPING) {
            return false;
        }
        BundleStartLevel level = owner.adapt(BundleStartLevel.class);
        return level != null && level.isPersistentlyStarted();
    }

    String configuredBsp() {
        return configuredBsp;
    }

    List<Bsp> installedBsps() {
        return bsps;
    }

    KernelSystem system() {
        return system;
    }

    Machine machine() {
        return machine;
    }

    void log(String line) {
        logSink.accept(line);
    }

    @Override
    public synchronized void boot(Path config, String bspName) throws BootException {
        SystemConfig cfg;
        try {
            cfg = ConfigLoader.load(config);
        } catch (ConfigException e) {
            throw new BootException(e.getMessage());
        }
        List<ElfImage> images = new ArrayList<>();
        for (PartitionConfig pc : cfg.partitions()) {
            images.add(image(pc));
        }
        String want = bspName != null ? bspName : cfg.target().bsp().configName();
        Bsp b = bsps.stream().filter(x -> want.equals(x.name())).findFirst().orElse(null);
        if (b == null) {
            List<String> names = bsps.stream().map(Bsp::name).sorted().toList();
            throw new BootException(config + ": BSP '" + want + "' is not installed"
                    + (names.isEmpty() ? "" : " (installed: " + String.join(", ", names) + ")"));
        }
        try {
            shutdownCurrent();
            machine.reset().get();
            Consumer<String> log = logSink;
            KernelSystem s = machine.call(() -> new KernelSystem(cfg, machine, b, images, log)).get();
            system = s;
            configPath = config;
            swaps.booted(b);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw new BootException(c.getMessage() == null ? c.toString() : c.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BootException("interrupted while booting " + config);
        }
    }

    private static ElfImage image(PartitionConfig pc) throws BootException {
        Path path = pc.image();
        try {
            ElfImage image = ElfImage.parse(Files.readAllBytes(path));
            image.checkFits(pc.size());
            return image;
        } catch (IOException e) {
            throw new BootException(path + ": cannot read the image of partition " + pc.name() + ": " + e.getMessage());
        } catch (ElfException e) {
            throw new BootException(path + ": " + e.getMessage());
        }
    }

    private void shutdownCurrent() throws InterruptedException, ExecutionException {
        KernelSystem s = system;
        system = null;
        if (s != null && machine.state() != MachineState.EXITED) {
            machine.stop();
            machine.exit().get();
        }
    }

    @Override
    public CompletableFuture<RunOutcome> run(long maxVirtualNanos) {
        KernelSystem s = system;
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no system is booted (pok:boot first)"));
        }
        String missing = swaps.missing();
        if (missing != null) {
            return CompletableFuture.failedFuture(new IllegalStateException(missing));
        }
        CompletableFuture<RunOutcome> result = new CompletableFuture<>();
        current = result;
        machine.exit().thenAccept(e -> result.complete(outcome(s, e)));
        machine.submit(() -> {
            s.startOnce();
            s.thaw();
            s.breakpoints.leaveStop();
            // A breakpoint ends this run once the pause it asked for has taken effect, as a time limit does.
            s.breakpoints.onHit(line -> machine.submit(() -> result.complete(
                    new RunOutcome(RunOutcome.Reason.STOPPED, 0, line, machine.clock().nanos()))));
            if (maxVirtualNanos > 0) {
                machine.clock().schedule(maxVirtualNanos, () -> {
                    if (current != result || result.isDone() || system != s) {
                        return; // the limit of an earlier run
                    }
                    // Freeze first: pause takes effect at the end of the slice, and no guest instruction may
                    // run after the limit.
                    s.freeze();
                    long at = machine.clock().nanos();
                    machine.pause();
                    // Queued behind the pause, so whoever sees the outcome sees a PAUSED machine it can resume.
                    machine.submit(() -> result.complete(
                            new RunOutcome(RunOutcome.Reason.TIME_LIMIT, 3, "time limit reached", at)));
                });
            }
        });
        if (machine.state() == MachineState.READY) {
            machine.start();
        } else if (machine.state() == MachineState.PAUSED) {
            machine.resume();
        }
        return result;
    }

    private RunOutcome outcome(KernelSystem s, MachineExit e) {
        switch (e.reason()) {
            case GUEST:
                if (s.shutdownRequested || e.detail().contains("power-off")) {
                    return new RunOutcome(RunOutcome.Reason.SHUTDOWN, 0, e.detail(), e.virtualNanos());
                }
                return new RunOutcome(RunOutcome.Reason.GUEST_EXIT, e.status(), e.detail(), e.virtualNanos());
            case STOPPED:
                return new RunOutcome(RunOutcome.Reason.STOPPED, 0, e.detail(), e.virtualNanos());
            default:
                return new RunOutcome(RunOutcome.Reason.ERROR, 1, e.toString(), e.virtualNanos());
        }
    }

    /** For tests: health-monitor lines go to {@code sink} for systems booted from now on. */
    void setLogSink(Consumer<String> sink) {
        logSink = sink;
    }

    @Override
    public void pause() {
        machine.pause();
    }

    @Override
    public KernelStatus status() {
        KernelSystem s = system;
        List<KernelStatus.PartitionStatus> parts = new ArrayList<>();
        if (s != null) {
            List<PartitionMode> modes = s.modes();
            for (int i = 0; i < modes.size(); i++) {
                parts.add(new KernelStatus.PartitionStatus(s.config.partitions().get(i).name(), modes.get(i)));
            }
        }
        return new KernelStatus(configPath == null ? null : configPath.toString(), s == null ? null : s.bsp.name(),
                machine.state().name(), machine.virtualNanos(), parts, s == null ? 0 : s.hm.events().size());
    }

    @Override
    public List<HmEvent> healthEvents() {
        KernelSystem s = system;
        return s == null ? List.of() : s.hm.events();
    }

    // ---- KernelInspector: snapshots taken on the vCPU thread, at an instruction boundary ----

    @Override
    public List<PartitionInfo> partitions() {
        return inspect(Inspection::partitions);
    }

    @Override
    public List<ThreadInfo> threads() {
        return inspect(Inspection::threads);
    }

    @Override
    public ScheduleInfo schedule() {
        return inspect(s -> Inspection.schedule(s, machine.clock().nanos()));
    }

    @Override
    public int currentPartition() {
        return inspect(s -> Inspection.currentPartition(s, machine.clock().nanos()));
    }

    @Override
    public ConsoleText console(int partition, long from) {
        return inspect(s -> s.console.text(partition, from));
    }

    @Override
    public void setMode(int partition, PartitionMode mode) {
        inspect(s -> {
            OperatorModes.setMode(s, partition, mode);
            return null;
        });
    }

    @Override
    public CompletableFuture<Long> step(long count) {
        KernelSystem s = system;
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("nothing is booted"));
        }
        if (count < 1) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("step count must be at least 1"));
        }
        // As run does: the first thread goes on the CPU, and a time limit's freeze is undone, before stepping.
        machine.submit(() -> {
            s.startOnce();
            s.thaw();
            s.breakpoints.liftForStep();
        });
        // The int3 goes back as a command: the stepped machine stays paused until then.
        return machine.step(count).thenCompose(n -> machine.call(() -> {
            s.breakpoints.endStep();
            return n;
        }));
    }

    // ---- KernelDebug: breakpoints, changed on the vCPU thread ----

    @Override
    public boolean addBreakpoint(int partition, long address) {
        if (machine.state() == MachineState.EXITED) {
            throw new IllegalStateException("the system has ended (pok:reset or pok:boot first)");
        }
        return inspect(s -> s.breakpoints.add(partitionOf(s, partition), address));
    }

    @Override
    public boolean removeBreakpoint(int partition, long address) {
        return inspect(s -> s.breakpoints.remove(partitionOf(s, partition), address));
    }

    @Override
    public int clearBreakpoints() {
        return inspect(s -> s.breakpoints.clear());
    }

    @Override
    public List<Breakpoint> breakpoints() {
        return inspect(s -> s.breakpoints.list());
    }

    @Override
    public Breakpoint stoppedAt() {
        return inspect(s -> s.breakpoints.stoppedAt());
    }

    private static Partition partitionOf(KernelSystem s, int id) {
        if (id < 0 || id >= s.partitions.size()) {
            throw new IllegalArgumentException("unknown partition id " + id);
        }
        return s.partitions.get(id);
    }

    private <T> T inspect(java.util.function.Function<KernelSystem, T> view) {
        KernelSystem s = system;
        if (s == null) {
            throw new IllegalStateException("nothing is booted");
        }
        try {
            return machine.call(() -> view.apply(s)).get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the machine did not answer within 5 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the kernel state");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
        }
    }

    /** The kernel goes away: a system it runs stops with it, and the machine forgets its host-call handler. */
    @Deactivate
    void deactivate() {
        KernelSystem s = system;
        system = null;
        if (s != null) {
            machine.stop();
            machine.submit(s::stop);
        }
    }
}
