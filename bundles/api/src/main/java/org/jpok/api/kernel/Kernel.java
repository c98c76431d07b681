package org.jpok.api.kernel;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The partitioned kernel as a service: boots a config.yaml system onto the machine and runs it.
 * Any thread may call these methods.
 */
@ProviderType
public interface Kernel {

    /**
     * Validates the configuration and every partition image, then resets the machine, loads the
     * images and sets up the kernel through the BSP. Nothing runs yet. On any error nothing is
     * started and a {@link BootException} carries one line naming the file and what is wrong.
     *
     * @param bsp the BSP to use, or null for the configuration's {@code target.bsp}
     */
    void boot(Path config, String bsp) throws BootException;

    /**
     * Runs the booted system until it shuts down, the machine exits, or {@code maxVirtualNanos}
     * of virtual time have passed (0 = no limit). The future completes with the reason.
     */
    CompletableFuture<RunOutcome> run(long maxVirtualNanos);

    /** Pauses a running system at the next instruction boundary. */
    void pause();

    /** A snapshot of the kernel's state. */
    KernelStatus status();

    /** The health monitor's log, oldest first. */
    List<HmEvent> healthEvents();
}
