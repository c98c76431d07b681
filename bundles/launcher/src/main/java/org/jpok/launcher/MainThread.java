package org.jpok.launcher;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.apache.felix.service.command.CommandProcessor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The bnd launcher calls a {@code main.thread} service on the JVM's main thread and exits with what
 * it returns. So this component decides between the interactive console and a batch of commands.
 *
 * <p>The framework begins at start level 1. FileInstall sits at {@value #PLUGINS_START_LEVEL}, so that
 * it starts only once {@link WatchedDirectories} has made its directories. The console (gogo.jline)
 * sits at {@value #CONSOLE_START_LEVEL}, which only an interactive run reaches, so a batch run never
 * has a console reading standard input beside it.
 */
@Component(service = { Callable.class, MainThread.class }, property = "main.thread=true")
public class MainThread implements Callable<Integer> {

    static final int PLUGINS_START_LEVEL = 2;
    static final int CONSOLE_START_LEVEL = 3;
    static final int USAGE_ERROR = 2;

    private final BundleContext context;
    private final String[] arguments;
    private volatile int exitStatus = BatchSession.OK;
    private volatile boolean exitRequested;

    @Reference
    private CommandProcessor processor;

    @Reference
    private WatchedDirectories directories;

    @Activate
    public MainThread(BundleContext context,
            @Reference(target = "(launcher.arguments=*)", service = Object.class) Map<String, Object> launcher) {
        this.context = context;
        this.arguments = (String[]) launcher.get("launcher.arguments");
    }

    @Override
    public Integer call() throws Exception {
        LaunchArguments launch;
        try {
            launch = LaunchArguments.parse(Arrays.asList(arguments));
        } catch (IllegalArgumentException e) {
            System.err.println("jpok: " + e.getMessage());
            return USAGE_ERROR;
        }
        if (launch.mode() == LaunchArguments.Mode.HELP) {
            System.out.println(LaunchArguments.USAGE);
            return BatchSession.OK;
        }
        Framework framework = (Framework) context.getBundle(0);
        raiseStartLevel(framework, PLUGINS_START_LEVEL);
        if (launch.mode() == LaunchArguments.Mode.BATCH) {
            int status = new BatchSession(processor, System.out, System.err).execute(launch.commands(), () -> exitRequested);
            return exitRequested ? exitStatus : status;
        }
        raiseStartLevel(framework, CONSOLE_START_LEVEL);
        // The console stops the framework on end of input, and 'exit' does; both are normal ends.
        framework.waitForStop(0);
        return exitStatus;
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

    /** Ends jpok with {@code status}: the framework stops on its own thread, and the launcher exits with it. */
    void exit(int status) {
        exitStatus = status;
        exitRequested = true;
        Thread stopper = new Thread(() -> {
            try {
                context.getBundle(0).stop();
            } catch (Exception e) {
                System.err.println("jpok: cannot stop the framework: " + BatchSession.oneLine(e));
            }
        }, "jpok exit");
        stopper.start();
    }
}
