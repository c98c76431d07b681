package org.jpok.api.kernel;

import java.util.Locale;

/** What the health monitor does with a partition's error when the partition has no error-handler thread. */
public enum HmAction {
    /** Record the event and let the partition go on. */
    LOG,
    /** Re-initialise the partition: INIT_COLD with its image reloaded. */
    RESTART,
    /** Put the partition in STOPPED mode; it keeps its windows but only idles in them. */
    STOP;

    /** The lower-case word used in config.yaml. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
