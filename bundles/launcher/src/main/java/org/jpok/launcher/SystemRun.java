package org.jpok.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

import org.jpok.api.kernel.BootException;
import org.jpok.api.kernel.Kernel;
import org.jpok.api.kernel.RunOutcome;

/** The {@code run} mode: boot a system on the kernel service, run it, and turn how it ended into an exit status. */
final class SystemRun {

    static final int BAD_SYSTEM = 2;
    static final int ERROR = 1;

    private final Kernel kernel;
    private final PrintStream err;

    SystemRun(Kernel kernel, PrintStream err) {
        this.kernel = kernel;
        this.err = err;
    }

    int execute(LaunchArguments args) throws InterruptedException {
        try {
            kernel.boot(Path.of(args.config()), args.bsp());
        } catch (BootException e) {
            err.println("jpok: " + e.getMessage());
            return BAD_SYSTEM;
        }
        RunOutcome outcome;
        try {
            outcome = kernel.run(args.maxTimeNanos()).get();
        } catch (ExecutionException e) {
            err.println("jpok: " + e.getCause().getMessage());
            return ERROR;
        }
        System.out.flush();
        return status(outcome, err);
    }

    static int status(RunOutcome o, PrintStream err) {
        switch (o.reason()) {
            case SHUTDOWN:
            case STOPPED:
                return 0;
            case GUEST_EXIT:
                return o.status();
            case TIME_LIMIT:
                err.println("jpok: --max-time reached at " + o.virtualNanos() + " ns of virtual time");
                return 3;
            default:
                err.println("jpok: " + o.detail());
                return ERROR;
        }
    }
}
