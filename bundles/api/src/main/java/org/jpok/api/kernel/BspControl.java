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

    /** What the last swap did: from and to which BSP, when (virtual time), why, and what it dropped. */
    record SwapReport(String from, String to, long virtualNanos, String reason, List<String> dropped) {
        public SwapReport {
            dropped = List.copyOf(dropped);
        }
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
}
