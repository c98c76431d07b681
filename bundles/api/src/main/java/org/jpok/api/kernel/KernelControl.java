package org.jpok.api.kernel;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Operator actions on a booted system (the shell's {@code pok:mode} and {@code pok:restart}). Each takes effect at
 * an instruction boundary. With nothing booted each throws {@link IllegalStateException} ("nothing is booted").
 */
@ProviderType
public interface KernelControl {

    /**
     * Puts partition {@code partition} in {@code mode}, as its error handler could: STOPPED (it idles in its
     * windows), INIT_COLD or INIT_WARM (re-initialised with its image reloaded and its main thread started anew).
     * Other modes are an {@link IllegalArgumentException} with one line; an unknown id too.
     */
    void setMode(int partition, PartitionMode mode);

    /**
     * Runs {@code count} guest instructions of a booted system that is not running (just booted, paused, or
     * stopped by a time limit), then leaves it paused. The future completes with the instructions that retired.
     */
    java.util.concurrent.CompletableFuture<Long> step(long count);
}
