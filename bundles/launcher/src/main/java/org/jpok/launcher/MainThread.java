package org.jpok.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.felix.service.command.CommandProcessor;
import org.jpok.api.kernel.Kernel;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The bnd launcher calls a {@code main.thread} service on the JVM's main thread and exits with what
 * it returns. So this component decides between the interactive console and a batch of commands.
 *
 * <p>The framework begins at start level 1 (OSGi services, ConfigAdmin, the API and this bundle). FileInstall
 * sits at {@value #FILEINSTALL_START_LEVEL}, so that it starts only once {@link WatchedDirectories} has made its
 * directories. The jpok system bundles sit at {@value #SYSTEM_START_LEVEL}, reached only once every file in
 * {@code config/} is a configuration and has been checked ({@link ConfigChecks}), so that their components start
 * with the user's settings. The console
 * (gogo.jline) sits at {@value #CONSOLE_START_LEVEL}, which only an interactive run reaches, so a batch run never
 * has a console reading standard input beside it.
 *
 * <p>jpok must end by returning from {@link #call()}: the launcher treats a framework that stops
 * while the main thread still runs as an abnormal stop (exit status 117).
 */
@Component(service = { Callable.class, MainThread.class }, property = "main.thread=true")
public class MainThread implements Callable<Integer> {

    static final int FILEINSTALL_START_LEVEL = 2;
    static final int SYSTEM_START_LEVEL = 3;
    static final int CONSOLE_START_LEVEL = 4;
    static final int USAGE_ERROR = 2;
    static final long EXIT_GRACE_MILLIS = 300;

    /*
     * The process's own streams. Gogo's ThreadIO has replaced System.out and System.err by proxies
     * that route a command's prints to its session's streams; handing those proxies to a session as
     * its streams would make every print route back to itself.
     */
    static final PrintStream STDOUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    static final PrintStream STDERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

    private final BundleContext context;
    private final String[] arguments;
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile int exitStatus = BatchSession.OK;
    private volatile Thread launcherThread;
    private volatile boolean returned;

    @Reference
    private CommandProcessor processor;

    @Reference
    private WatchedDirectories directories;

    @Reference
    private ConfigChecks checks;

    @Activate
    public MainThread(BundleContext context,
            @Reference(target = "(launcher.arguments=*)", service = Object.class) Map<String, Object> launcher) {
        this.context = context;
        this.arguments = (String[]) launcher.get("launcher.arguments");
    }

    @Override
    public Integer call() throws Exception {
        launcherThread = Thread.currentThread();
        try {
            return run();
        } finally {
            returned = true;
        }
    }

    private int run() throws InterruptedException {
        LaunchArguments launch;
        try {
            launch = LaunchArguments.parse(Arrays.asList(arguments));
        } catch (IllegalArgumentException e) {
            STDERR.println("jpok: " + e.getMessage());
            return USAGE_ERROR;
        }
        if (launch.mode() == LaunchArguments.Mode.HELP) {
            STDOUT.println(LaunchArguments.USAGE);
            return BatchSession.OK;
        }
        // Every mode loads plugins/ and config/: a system may call a third-party hypercall.
        Framework framework = (Framework) context.getBundle(0);
        raiseStartLevel(framework, FILEINSTALL_START_LEVEL);
        List<String> unapplied = directories.awaitConfigApplied();
        unapplied.forEach(line -> STDERR.println("jpok: " + line));
        boolean run = launch.mode() == LaunchArguments.Mode.RUN;
        // What the files say is checked against what the components declare: an unknown PID or key is a warning;
        // a bad value stops a run and is otherwise left out (the component keeps its default), as each line says.
        List<ConfigFileCheck.Finding> findings = checks.checkFiles();
        findings.forEach(f -> STDERR.println("jpok: " + (run ? f.line() : f.ignoredLine())));
        checks.followEdits(findings, STDERR);
        if (run && (!unapplied.isEmpty() || findings.stream().anyMatch(ConfigFileCheck.Finding::badValue))) {
            // A system booted without the settings its user wrote would run, but not as asked.
            return SystemRun.BAD_SYSTEM;
        }
        raiseStartLevel(framework, SYSTEM_START_LEVEL);
        // A value of the right type that a component itself rejects shows only as that component failing to start.
        List<String> failed = checks.failedComponents();
        failed.forEach(line -> STDERR.println("jpok: " + line));
        if (run && !failed.isEmpty()) {
            return SystemRun.BAD_SYSTEM;
        }
        if (run) {
            return runSystem(launch);
        }
        if (launch.mode() == LaunchArguments.Mode.BATCH) {
            int status = new BatchSession(processor, STDOUT, STDERR).execute(launch.commands(), launch.variables(),
                    () -> stop.getCount() == 0);
            return stop.getCount() == 0 ? exitStatus : status;
        }
        if (launch.config() != null && unapplied.isEmpty()) {
            DemoRun.start(context, launch.config(), STDOUT, STDERR);
        } else if (launch.config() != null) {
            STDERR.println("jpok: --demo: not started, as config/ is not applied; the console opens without it");
        }
        raiseStartLevel(framework, CONSOLE_START_LEVEL);
        stop.await();
        return exitStatus;
    }

    /** The run mode: the kernel service (only its API), real-time pacing if asked, then boot and run. */
    private int runSystem(LaunchArguments launch) throws InterruptedException {
        if (launch.realtime()) {
            try {
                Pacing.realtime(context);
            } catch (Exception e) {
                STDERR.println("jpok: --realtime: " + e.getMessage());
                return SystemRun.ERROR;
            }
        }
        Kernel kernel;
        try {
            kernel = Services.await(context, Kernel.class);
        } catch (IllegalStateException e) {
            STDERR.println("jpok: " + e.getMessage());
            return SystemRun.ERROR;
        }
        return new SystemRun(kernel, STDERR).execute(launch);
    }

    /** Ends jpok with {@code status}: the main thread returns, and the launcher stops the framework in order. */
    void exit(int status) {
        exitStatus = status;
        stop.countDown();
    }

    /** Like {@link #exit(int)}, after {@value #EXIT_GRACE_MILLIS} ms, from a thread of its own. */
    void exitSoon(int status) {
        Thread later = new Thread(() -> {
            try {
                Thread.sleep(EXIT_GRACE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exit(status);
        }, "jpok exit");
        later.setDaemon(true);
        later.start();
    }

    /**
     * The framework is stopping under us (the console saw end of input). Let the main thread return
     * first, and wait until it has left {@link #call()} and parked in the launcher's orderly shutdown.
     */
    @Deactivate
    void deactivate() throws InterruptedException {
        stop.countDown();
        Thread main = launcherThread;
        if (main == null || main == Thread.currentThread()) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline && !(returned && parked(main))) {
            Thread.sleep(1);
        }
    }

    private static boolean parked(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.TERMINATED;
    }

    /** Raises the framework's start level and waits until every bundle at that level has started. */
    private static void raiseStartLevel(Framework framework, int level) throws InterruptedException {
        CountDownLatch reached = new CountDownLatch(1);
        framework.adapt(FrameworkStartLevel.class).setStartLevel(level, event -> {
            if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
                reached.countDown();
            }
        });
        reached.await();
    }
}
