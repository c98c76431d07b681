package org.jpok.api.kernel;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The installed BSPs and the hot swap between them (the shell's {@code pok:bsp}). A swap takes effect at an
 * instruction boundary; partition memory, threads, ports, pending IRQs, virtual time and console output are kept,
 * and what only the old BSP held (vCPU registrations) is dropped and reported.
 */
@ProviderType
public interface BspControl {

    /** One installed BSP service: its name, the id of the bundle that registered it, its ranking. */
    record BspInfo(String name, long bundle, int ranking, boolean active) {
    }

    /**
     * What the last swap did: from and to which BSP, when (virtual time), why, what it dropped, and its pause: the
     * wall-clock nanoseconds from the request until the vCPU thread could run the guest again (0 if not measured).
     */
    record SwapReport(String from, String to, long virtualNanos, String reason, List<String> dropped,
            long pauseNanos) {
        public SwapReport {
            dropped = List.copyOf(dropped);
        }

        /** A report without a measured pause. */
        public SwapReport(String from, String to, long virtualNanos, String reason, List<String> dropped) {
            this(from, to, virtualNanos, reason, dropped, 0);
        }
    }

    /** The pauses of every swap since boot, in wall-clock nanoseconds (all 0 before the first swap). */
    record SwapPauses(int swaps, long minNanos, long medianNanos, long maxNanos) {
    }

    /** The installed BSPs, by name; {@code active} marks the one the booted system runs on. */
    List<BspInfo> bsps();

    /**
     * Swaps the booted system to BSP {@code name} and waits until it is done. {@link IllegalStateException} if
     * nothing is booted, {@link IllegalArgumentException} (one line, naming the installed BSPs) for an unknown name.
     */
    SwapReport swapBsp(String name);

    /** The last swap since boot, or null if there was none. */
    SwapReport lastSwap();

    /** Minimum, median and maximum pause of the swaps since boot (see {@link SwapReport#pauseNanos()}). */
    default SwapPauses swapPauses() {
        return new SwapPauses(0, 0, 0, 0);
    }
}
