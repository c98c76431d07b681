package org.jpok.api.kernel;

/** How the health monitor answered one error. */
public enum HmResponse {
    /** The partition's error-handler thread was made ready to run. */
    ERROR_HANDLER,
    /** The event was logged and the partition goes on. */
    LOGGED,
    /** The partition was re-initialised (INIT_COLD, image reloaded). */
    RESTARTED,
    /** The partition was stopped. */
    STOPPED
}
