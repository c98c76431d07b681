package org.jpok.kernel.core;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jpok.api.bsp.Bsp;
import org.jpok.api.kernel.BspControl.SwapPauses;
import org.jpok.api.kernel.BspControl.SwapReport;
import org.jpok.api.machine.MachineState;

/**
 * The kernel's BSP choice while a system is booted: swaps on request, and follows OSGi. When the active BSP's
 * service goes, the system moves to another installed BSP, or the machine pauses until one appears. When a BSP
 * appears, it is taken if ConfigAdmin's {@code bsp.name} names it; without that setting, if it has the last booted or
 * requested name (so {@code update} of a BSP bundle comes back to its new code) or ranks above the active one.
 * When the wanted BSP's bundle is only being updated or refreshed, the guest is frozen until the new revision's
 * service appears instead of running on another BSP in between, so that its vCPU registrations can be carried over;
 * a machine that was running then runs on by itself.
 */
final class BspSwitch {

    private static final long SWAP_TIMEOUT_S = 10;

    private final KernelComponent kernel;
    /** The BSP name the operator asked for last (boot or pok:bsp). */
    private volatile String wanted;
    /** While frozen for a bundle update: the BSP name that ends the wait. */
    private volatile String awaited;
    /** The machine was running when a bundle update froze it: run on once the BSP is back. */
    private volatile boolean resumeOnReturn;
    /** Set when the active BSP went away with no other to take over; the machine is paused until one comes. */
    private volatile String missing;
    private volatile SwapReport last;
    private final SwapPauseLog pauses = new SwapPauseLog();

    BspSwitch(KernelComponent kernel) {
        this.kernel = kernel;
    }

    void booted(Bsp b) {
        awaited = null;
        resumeOnReturn = false;
        wanted = b.name();
        missing = null;
        last = null;
        pauses.clear();
    }

    SwapReport last() {
        return last;
    }

    SwapPauses pauses() {
        return pauses.stats();
    }

    /** A one-line reason the system cannot run for want of a BSP, or null. */
    String missing() {
        return missing;
    }

    /** Swaps the booted system to {@code next} at an instruction boundary and waits for it. */
    synchronized SwapReport swap(Bsp next, String reason) {
        KernelSystem s = kernel.system();
        if (s == null) {
            throw new IllegalStateException("nothing is booted");
        }
        if ("requested".equals(reason)) {
            wanted = next.name();
        }
        if (s.bsp == next && missing == null) {
            return new SwapReport(next.name(), next.name(), kernel.machine().virtualNanos(), "already active",
                    List.of());
        }
        String from = s.bsp.name();
        long requested = System.nanoTime();
        try {
            SwapReport r = kernel.machine().call(() -> {
                List<String> dropped = s.swapBsp(next);
                // the vCPU thread goes back to the guest as soon as this command returns
                long pause = Math.max(1, System.nanoTime() - requested);
                return new SwapReport(from, next.name(), kernel.machine().clock().nanos(), reason, dropped, pause);
            }).get(SWAP_TIMEOUT_S, TimeUnit.SECONDS);
            last = r;
            pauses.record(r.pauseNanos());
            for (String d : r.dropped()) {
                kernel.log("bsp swap " + from + " -> " + next.name() + ": dropped " + d);
            }
            if (missing != null) {
                missing = null;
                awaited = null;
                if (resumeOnReturn) {
                    resumeOnReturn = false;
                    kernel.machine().submit(s::thaw);
                    kernel.machine().resume();
                    kernel.log("BSP " + next.name() + " appeared: the system runs on");
                } else {
                    kernel.log("BSP " + next.name() + " appeared: the machine can run again (pok:run)");
                }
            }
            return r;
        } catch (TimeoutException e) {
            throw new IllegalStateException("the machine did not take the BSP swap within " + SWAP_TIMEOUT_S + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while swapping the BSP");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw new IllegalStateException("BSP swap to " + next.name() + " failed: " + c);
        }
    }

    /** A BSP service appeared: swap to it if it is wanted, or ranks above the active one, or none is active. */
    void appeared(Bsp b) {
        KernelSystem s = kernel.system();
        if (s == null || s.bsp == b) {
            return;
        }
        String configured = kernel.configuredBsp();
        boolean take = missing != null ? awaited == null || b.name().equals(awaited)
                : configured != null ? b.name().equals(configured)
                : b.name().equals(wanted) || kernel.rankingOf(b) > kernel.rankingOf(s.bsp);
        if (take) {
            trySwap(b, "BSP service " + b.name() + " appeared");
        }
    }

    /** The BSP service {@code b} is going: if the system runs on it, move to another BSP or pause the machine. */
    void leaving(Bsp b) {
        KernelSystem s = kernel.system();
        if (s == null || s.bsp != b) {
            return;
        }
        String want = Objects.requireNonNullElse(kernel.configuredBsp(), wanted);
        if (b.name().equals(want) && kernel.comesBack(b)) {
            awaited = b.name();
            resumeOnReturn = kernel.machine().state() == MachineState.RUNNING;
            release(s, b, "the active BSP " + b.name() + " is being updated: the guest is frozen until it is back");
            return;
        }
        Bsp next = kernel.installedBsps().stream().filter(x -> x != b)
                .max(Comparator.<Bsp>comparingInt(x -> x.name().equals(want) ? 1 : 0)
                        .thenComparingInt(kernel::rankingOf))
                .orElse(null);
        if (next != null) {
            trySwap(next, "BSP service " + b.name() + " went away");
            return;
        }
        release(s, b, "the active BSP " + b.name() + " went away and no other BSP is installed: the machine is"
                + " paused until one is started");
    }

    /** Freezes the guest at a boundary and lets go of the board, so nothing calls into the departing bundle. */
    private void release(KernelSystem s, Bsp b, String why) {
        missing = why;
        kernel.log(why);
        try {
            List<String> dropped = kernel.machine().call(s::releaseBsp).get(SWAP_TIMEOUT_S, TimeUnit.SECONDS);
            for (String d : dropped) {
                kernel.log("bsp " + b.name() + " released: dropped " + d);
            }
            last = new SwapReport(b.name(), "(none)", kernel.machine().virtualNanos(), "BSP service " + b.name()
                    + " went away", dropped);
            if (kernel.machine().state() == MachineState.RUNNING) {
                kernel.machine().pause();
            }
        } catch (Exception e) {
            kernel.log("could not pause the machine: " + e);
        }
    }

    private void trySwap(Bsp b, String reason) {
        try {
            swap(b, reason);
        } catch (RuntimeException e) {
            kernel.log(e.getMessage());
        }
    }
}
