package org.jpok.api.device;

import org.osgi.annotation.versioning.ProviderType;

/** A scheduled clock event. */
@ProviderType
public interface TimerEvent {

    /** The virtual time it fires at, in nanoseconds. */
    long at();

    /** Stops it from firing; harmless if it already fired or was cancelled. */
    void cancel();
}
