package org.jpok.machine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import org.jpok.api.cpu.Cpu;
import org.jpok.api.cpu.CpuBus;
import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.RegisterContext;
import org.jpok.api.device.ConsoleSink;
import org.jpok.api.device.InterruptController;
import org.jpok.api.device.IoDevice;
import org.jpok.api.device.VirtualClock;
import org.jpok.api.machine.HostCallHandler;
import org.jpok.api.machine.Machine;
import org.jpok.api.machine.MachineExit;
import org.jpok.api.machine.MachineState;

/**
 * The PC board and its run loop, free of OSGi so that tests drive it directly.
 *
 * <p>Everything below the "vCPU thread" marker is touched only by the one thread this class
 * starts. Other threads talk to it through {@link #commands} (drained at instruction boundaries)
 * and read the few volatile fields it publishes. The hot path (port I/O, INTR sampling) takes no
 * lock.
 */
public class Board implements Machine, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Board.class.getName());
    private static final int IF = 1 << 9;
    /** How many recent console bytes {@link #recentConsoleOutput()} keeps. */
    static final int CONSOLE_HISTORY_BYTES = 64 * 1024;

    private final byte[] memory;
    private final int rate;
    private final Pacing pacing;
    private final Cpu cpu;
    /** What {@link #cpu()} and host calls hand out: it tells the run loop when state was set from outside. */
    private final WatchedCpu watchedCpu;
    private final Clock clock;
    private final PortBus ports = new PortBus();
    private final Bus bus = new Bus();
    private final long maxSlice;

    // ---- shared with other threads ----
    private final ConcurrentLinkedQueue<Runnable> commands = new ConcurrentLinkedQueue<>();
    private final Thread vcpu;
    private volatile boolean shutdown;
    /** Set by the first start() after power-on or reset, so that a second one fails at once. */
    private final java.util.concurrent.atomic.AtomicBoolean startRequested = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile MachineState state = MachineState.READY;
    private volatile CompletableFuture<MachineExit> exit = new CompletableFuture<>();
    private volatile ConsoleSink sink;
    /** Recent console bytes, readable by any thread (see {@link #recentConsoleOutput()}). */
    private final ConsoleHistory consoleHistory = new ConsoleHistory(CONSOLE_HISTORY_BYTES);
    private final ConsoleSink recordingSink = consoleHistory.tee(() -> sink);
    private volatile HostCallHandler hostCalls;
    private volatile long publishedNanos;
    private volatile long publishedRetired;

    // ---- vCPU thread ----
    private final List<DeviceSlot> slots = new ArrayList<>();
    private InterruptController controller;
    private final boolean[] irqLevels = new boolean[16];
    private boolean halted;
    /** False while memory is still all zero and no code was decoded (a new board, or one just reset). */
    private boolean memoryTouched;
    private MachineExit pendingExit;
    private long stepRemaining = -1;
    private long stepRetiredAtStart;
    private CompletableFuture<Long> stepDone;
    private final ArrayDeque<Integer> input = new ArrayDeque<>();
    private DeviceSlot inputOwner;
    private Runnable inputListener;
    private long anchorWall;
    private long anchorVirtual;

    /** Builds the board, creates its CPU with {@code cpuFactory} and starts the vCPU thread (state READY). */
    public Board(MachineSettings settings, Function<CpuBus, Cpu> cpuFactory) {
        this.memory = new byte[settings.memoryBytes()];
        this.rate = settings.instructionsPerMicrosecond();
        this.pacing = settings.pacing();
        this.sink = settings.console();
        this.maxSlice = 1000L * rate; // one virtual millisecond: keeps pacing smooth and commands prompt
        this.cpu = Objects.requireNonNull(cpuFactory.apply(bus), "the CPU factory returned null");
        this.watchedCpu = new WatchedCpu(cpu);
        this.clock = new Clock(rate, cpu::retired);
        clock.onEarlierEvent(cpu::requestExit);
        cpu.setHostCallHandler(this::serveHostCall);
        for (byte b : settings.input()) {
            input.add(b & 0xFF);
        }
        this.vcpu = new Thread(this::loop, "jpok-vcpu");
        vcpu.setDaemon(true);
        vcpu.start();
    }

    // =====================================================================================
    // Machine API: any thread
    // =====================================================================================

    @Override
    public void start() {
        if (state != MachineState.READY || !startRequested.compareAndSet(false, true)) {
            throw new IllegalStateException("the machine can start only once from READY; it is " + state);
        }
        enqueue(() -> {
            if (state == MachineState.READY) {
                enterRunning();
            }
        });
    }

    @Override
    public void pause() {
        enqueue(() -> {
            if (state == MachineState.RUNNING) {
                state = MachineState.PAUSED;
                sink.flush();
            }
        });
    }

    @Override
    public void resume() {
        enqueue(() -> {
            if (state == MachineState.PAUSED) {
                enterRunning();
            }
        });
    }

    @Override
    public CompletableFuture<Long> step(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("step count must be >= 0, got " + count);
        }
        CompletableFuture<Long> done = new CompletableFuture<>();
        enqueue(() -> {
            if (state != MachineState.READY && state != MachineState.PAUSED || stepDone != null) {
                done.completeExceptionally(new IllegalStateException("can step only a READY or PAUSED machine; it is " + state));
                return;
            }
            stepDone = done;
            stepRemaining = count;
            stepRetiredAtStart = clock.retiredSinceReset();
            state = MachineState.PAUSED;
            if (count == 0) {
                finishStep();
            }
        });
        return done;
    }

    @Override
    public void stop() {
        enqueue(() -> finish(new MachineExit(MachineExit.Reason.STOPPED, 0, "stopped on request", clock.nanos())));
    }

    @Override
    public CompletableFuture<Void> reset() {
        return submit(this::doReset);
    }

    @Override
    public MachineState state() {
        return state;
    }

    @Override
    public CompletableFuture<MachineExit> exit() {
        return exit;
    }

    @Override
    public CompletableFuture<Void> submit(Runnable task) {
        return call(() -> {
            task.run();
            return null;
        });
    }

    @Override
    public <T> CompletableFuture<T> call(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        enqueue(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result;
    }

    @Override
    public long virtualNanos() {
        return publishedNanos;
    }

    @Override
    public long instructionsRetired() {
        return publishedRetired;
    }

    @Override
    public Map<Integer, Long> unclaimedPortAccesses() {
        return ports.unclaimedCounts();
    }

    @Override
    public int memorySize() {
        return memory.length;
    }

    @Override
    public int instructionsPerMicrosecond() {
        return rate;
    }

    @Override
    public void setConsoleSink(ConsoleSink sink) {
        ConsoleSink old = this.sink;
        this.sink = sink == null ? ConsoleSink.DISCARD : sink;
        old.flush();
    }

    @Override
    public byte[] recentConsoleOutput() {
        return consoleHistory.snapshot();
    }

    @Override
    public long consoleBytesWritten() {
        return consoleHistory.written();
    }

    @Override
    public void sendConsoleInput(byte[] bytes) {
        byte[] copy = bytes.clone();
        enqueue(() -> {
            for (byte b : copy) {
                input.add(b & 0xFF);
            }
            if (inputListener != null) {
                inputListener.run();
            }
        });
    }

    @Override
    public void setHostCallHandler(HostCallHandler handler) {
        this.hostCalls = handler;
    }

    // ---- vCPU thread ----

    @Override
    public Cpu cpu() {
        checkThread();
        return watchedCpu;
    }

    @Override
    public void readMemory(int address, byte[] into, int offset, int length) {
        checkThread();
        Objects.checkFromIndexSize(address, length, memory.length);
        System.arraycopy(memory, address, into, offset, length);
    }

    @Override
    public void writeMemory(int address, byte[] from, int offset, int length) {
        checkThread();
        Objects.checkFromIndexSize(address, length, memory.length);
        memoryTouched = true;
        System.arraycopy(from, offset, memory, address, length);
        cpu.invalidateCode(address, length);
    }

    @Override
    public int readInt(int address) {
        checkThread();
        Objects.checkFromIndexSize(address, 4, memory.length);
        return memory[address] & 0xFF | (memory[address + 1] & 0xFF) << 8
                | (memory[address + 2] & 0xFF) << 16 | memory[address + 3] << 24;
    }

    @Override
    public void writeInt(int address, int value) {
        checkThread();
        Objects.checkFromIndexSize(address, 4, memory.length);
        memoryTouched = true;
        for (int i = 0; i < 4; i++) {
            memory[address + i] = (byte) (value >>> 8 * i);
        }
        cpu.invalidateCode(address, 4);
    }

    @Override
    public void fillMemory(int address, int length, byte value) {
        checkThread();
        Objects.checkFromIndexSize(address, length, memory.length);
        memoryTouched = true;
        Arrays.fill(memory, address, address + length, value);
        cpu.invalidateCode(address, length);
    }

    @Override
    public int in(int port, int size) {
        checkThread();
        return ports.in(port, size);
    }

    @Override
    public void out(int port, int size, int value) {
        checkThread();
        ports.out(port, size, value);
    }

    // =====================================================================================
    // Plugging (any thread: queued)
    // =====================================================================================

    /** Plugs a device in at the next instruction boundary. A port conflict is logged and the device stays out. */
    public void plug(IoDevice device) {
        enqueue(() -> attach(device));
    }

    /** Unplugs a device at the next instruction boundary. */
    public void unplug(IoDevice device) {
        enqueue(() -> detach(device));
    }

    /** Makes {@code ic} the interrupt controller (null: none; every IRQ is then lost). */
    public void useInterruptController(InterruptController ic) {
        enqueue(() -> {
            controller = ic;
            replayIrqLevels();
        });
    }

    /** Removes {@code ic} if it is the current interrupt controller. */
    public void dropInterruptController(InterruptController ic) {
        enqueue(() -> {
            if (controller == ic) {
                controller = null;
            }
        });
    }

    /** Stops the vCPU thread. Commands queued after this run on the caller, as no machine runs any more. */
    @Override
    public void close() {
        shutdown = true;
        LockSupport.unpark(vcpu);
        cpu.requestExit();
        try {
            vcpu.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drainCommands();
        sink.flush();
    }

    // =====================================================================================
    // For devices and the CPU: vCPU thread
    // =====================================================================================

    @Override
    public VirtualClock clock() {
        checkThread();
        return clock;
    }

    /** The clock without the thread check, for device slots and tests (always on the vCPU thread). */
    Clock deviceClock() {
        return clock;
    }

    ConsoleSink consoleSink() {
        return recordingSink;
    }

    void driveIrq(int irq, boolean level) {
        irqLevels[irq] = level;
        InterruptController ic = controller;
        if (ic != null) {
            ic.setIrq(irq, level);
        }
    }

    int pollConsoleInput() {
        Integer b = input.poll();
        return b == null ? -1 : b;
    }

    void setConsoleInputListener(DeviceSlot owner, Runnable listener) {
        if (listener != null) {
            inputOwner = owner;
            inputListener = listener;
        } else if (inputOwner == owner) {
            inputOwner = null;
            inputListener = null;
        }
    }

    void requestGuestExit(int status, String source) {
        if (pendingExit == null) {
            pendingExit = new MachineExit(MachineExit.Reason.GUEST, status, source, clock.nanos());
            cpu.requestExit();
        }
    }

    /** What the CPU core sees. */
    private final class Bus implements CpuBus {
        @Override
        public byte[] ram() {
            return memory;
        }

        @Override
        public int in(int port, int size) {
            return ports.in(port, size);
        }

        @Override
        public void out(int port, int size, int value) {
            ports.out(port, size, value);
        }

        @Override
        public boolean intr() {
            InterruptController ic = controller;
            return ic != null && ic.intr();
        }

        @Override
        public int acknowledge() {
            InterruptController ic = controller;
            // INTR can drop between the sample and the INTA cycle (a device lowered its line); a real
            // PIC then answers with its spurious vector, and so does ours; without one, IRQ 7's.
            return ic != null ? ic.acknowledge() : 0x0F;
        }
    }

    // =====================================================================================
    // The run loop: vCPU thread
    // =====================================================================================

    private void loop() {
        while (!shutdown) {
            drainCommands();
            if (shutdown) {
                break;
            }
            boolean runnable = state == MachineState.RUNNING || stepRemaining > 0;
            boolean progressed = false;
            if (runnable) {
                try {
                    progressed = runSlice();
                } catch (RuntimeException | StackOverflowError e) {
                    LOG.log(System.Logger.Level.ERROR, "machine stopped by an error", e);
                    finish(new MachineExit(MachineExit.Reason.ERROR, 1, e.toString(), clock.nanos()));
                }
                if (pendingExit != null) {
                    finish(pendingExit);
                }
            }
            publish();
            if (!progressed && commands.isEmpty()) {
                LockSupport.park(this);
            }
        }
        publish();
    }

    /** One step of the loop; false when nothing can happen until a command arrives. */
    private boolean runSlice() {
        clock.fireDue();
        if (pendingExit != null) {
            return true;
        }
        long next = clock.nextEventTime();
        if (halted && watchedCpu.takeStateChanged() && !coreHalted()) {
            halted = false; // an event handler (the kernel switching threads) loaded a running context
        }
        if (halted) {
            if (bus.intr() && (cpu.eflags() & IF) != 0) {
                halted = false; // the core takes the interrupt on its next run
            } else if (next == Long.MAX_VALUE) {
                if (stepRemaining > 0) {
                    finishStep(); // nothing can ever wake it: the step is over
                }
                return false;
            } else {
                if (!commands.isEmpty()) {
                    return true; // queued commands first: a time limit's pause must stop here, not after the jump
                }
                if (!paceTo(next)) {
                    return true; // a command arrived while waiting
                }
                clock.fastForwardTo(next);
                return true;
            }
        }
        // Slices end at the next event or on a fixed grid of retired instructions, never where
        // the wall clock happens to be, so that a deterministic run does not depend on timing.
        long toGrid = maxSlice - clock.retiredSinceReset() % maxSlice;
        long budget = next == Long.MAX_VALUE ? toGrid : Math.max(1, Math.min(toGrid, clock.instructionsUntil(next)));
        if (stepRemaining > 0) {
            budget = Math.min(budget, stepRemaining);
        }
        if (!paceTo(clock.nanos() + clock.toNanos(budget))) {
            return true;
        }
        long before = cpu.retired();
        memoryTouched = true; // guest stores, decoded code
        clock.beginSlice(next);
        CpuExit why;
        try {
            why = cpu.run(budget);
        } finally {
            clock.endSlice();
        }
        long ran = cpu.retired() - before;
        switch (why) {
            case HALT -> {
                halted = true;
                watchedCpu.takeStateChanged();
            }
            case HOST_CALL -> hostCall();
            case SHUTDOWN -> pendingExit = new MachineExit(MachineExit.Reason.SHUTDOWN, 1, "triple fault", clock.nanos());
            default -> { }
        }
        if (stepRemaining > 0) {
            stepRemaining -= Math.min(ran, stepRemaining);
            if (stepRemaining == 0) {
                finishStep();
            }
        }
        return true;
    }

    private final RegisterContext haltProbe = new RegisterContext();

    private boolean coreHalted() {
        cpu.saveContext(haltProbe);
        return haltProbe.halted;
    }

    /**
     * A host call served inside {@link Cpu#run} (the core's inline path): what {@link #runSlice} would do
     * between a {@link CpuExit#HOST_CALL} return and the next run is the handler and nothing else, because
     * whatever else could apply there stops the core by itself: an event scheduled before the slice's end
     * cuts the slice ({@link Clock#onEarlierEvent}), a guest exit requests an exit, a context the kernel
     * loaded is run from its first instruction (a halted one makes {@code run} return {@link CpuExit#HALT}),
     * and the slice's budget and pacing still hold. Commands queued by then (the kernel pausing at a
     * breakpoint and submitting its next step, or any other thread's) run before the next instruction, as
     * after a returned host call: the core is asked to exit. Without a handler the core returns as before.
     */
    private boolean serveHostCall(int number) {
        if (hostCalls == null) {
            return false;
        }
        hostCall();
        if (!commands.isEmpty()) {
            cpu.requestExit();
        }
        return true;
    }

    private void hostCall() {
        HostCallHandler h = hostCalls;
        int number = cpu.hostCallNumber();
        if (h == null) {
            pendingExit = new MachineExit(MachineExit.Reason.ERROR, 1, "host call " + number + " without a handler", clock.nanos());
        } else {
            h.hostCall(watchedCpu, number);
        }
    }

    /** Real-time pacing: waits until the wall clock reaches virtual time {@code target}. False if a command came first. */
    private boolean paceTo(long target) {
        if (pacing != Pacing.REALTIME) {
            return true;
        }
        long wallTarget = anchorWall + (target - anchorVirtual);
        while (true) {
            long wait = wallTarget - System.nanoTime();
            if (wait <= 0) {
                return true;
            }
            if (!commands.isEmpty() || shutdown) {
                return false;
            }
            LockSupport.parkNanos(this, wait);
        }
    }

    private void enterRunning() {
        state = MachineState.RUNNING;
        anchorWall = System.nanoTime();
        anchorVirtual = clock.nanos();
    }

    private void finishStep() {
        CompletableFuture<Long> done = stepDone;
        long ran = clock.retiredSinceReset() - stepRetiredAtStart;
        stepDone = null;
        stepRemaining = -1;
        sink.flush();
        publish();
        if (done != null) {
            done.complete(ran);
        }
    }

    private void finish(MachineExit why) {
        pendingExit = null;
        if (state == MachineState.EXITED) {
            return;
        }
        state = MachineState.EXITED;
        if (stepDone != null) {
            finishStep();
        }
        sink.flush();
        publish();
        exit.complete(why);
    }

    private void doReset() {
        if (state != MachineState.EXITED) {
            finish(new MachineExit(MachineExit.Reason.STOPPED, 0, "reset", clock.nanos()));
        }
        List<IoDevice> plugged = new ArrayList<>();
        for (DeviceSlot s : List.copyOf(slots)) {
            plugged.add(s.device);
            detach(s.device);
        }
        cpu.reset();
        if (memoryTouched) { // a fresh board's 64 MiB need no second clearing at boot
            Arrays.fill(memory, (byte) 0);
            cpu.invalidateCode(0, memory.length);
            memoryTouched = false;
        }
        clock.reset();
        consoleHistory.clear();
        Arrays.fill(irqLevels, false);
        halted = false;
        pendingExit = null;
        ports.resetCounts();
        exit = new CompletableFuture<>();
        state = MachineState.READY;
        startRequested.set(false);
        for (IoDevice d : plugged) {
            attach(d);
        }
        publish();
    }

    private void attach(IoDevice device) {
        if (findSlot(device) != null) {
            return;
        }
        DeviceSlot slot = new DeviceSlot(this, device);
        try {
            ports.claim(device, slot.ports);
        } catch (IllegalStateException e) {
            LOG.log(System.Logger.Level.ERROR, e.getMessage());
            return;
        }
        slots.add(slot);
        slot.markAttached();
        device.attach(slot);
        if (device == controller) {
            replayIrqLevels();
        }
    }

    private void detach(IoDevice device) {
        DeviceSlot slot = findSlot(device);
        if (slot == null) {
            return;
        }
        slots.remove(slot);
        ports.release(device);
        try {
            device.detach();
        } finally {
            slot.markDetached();
            setConsoleInputListener(slot, null);
        }
    }

    private DeviceSlot findSlot(IoDevice device) {
        for (DeviceSlot s : slots) {
            if (s.device == device) {
                return s;
            }
        }
        return null;
    }

    private void replayIrqLevels() {
        if (controller != null) {
            for (int irq = 0; irq < 16; irq++) {
                if (irqLevels[irq]) {
                    controller.setIrq(irq, true);
                }
            }
        }
    }

    private void drainCommands() {
        Runnable c;
        while ((c = commands.poll()) != null) {
            publish(); // observers that wait on a command see the state it ran in
            try {
                c.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "machine command failed", e);
            }
        }
    }

    private void enqueue(Runnable command) {
        if (shutdown && !vcpu.isAlive()) {
            synchronized (this) { // the machine is gone: nothing races with us but other late callers
                command.run();
            }
            return;
        }
        commands.add(command);
        LockSupport.unpark(vcpu);
        if (pacing == Pacing.REALTIME) {
            // Interactive: serve the command now. In deterministic mode it waits for the next
            // slice boundary (at most one virtual millisecond), because cutting a slice where the
            // wall clock happens to be could move the instruction at which an interrupt is taken.
            cpu.requestExit();
        }
    }

    private void publish() {
        publishedNanos = clock.nanos();
        publishedRetired = clock.retiredSinceReset();
    }

    private void checkThread() {
        if (Thread.currentThread() != vcpu && (vcpu.isAlive() || !shutdown)) {
            throw new IllegalStateException("this Machine method belongs to the vCPU thread; use Machine.submit or Machine.call");
        }
    }
}
