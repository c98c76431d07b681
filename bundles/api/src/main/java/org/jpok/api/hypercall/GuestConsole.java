package org.jpok.api.hypercall;

import org.osgi.annotation.versioning.ProviderType;

/** The kernel console, as a handler may use it. */
@ProviderType
public interface GuestConsole {

    /** Writes bytes to the console, attributed to the calling partition. */
    void write(byte[] bytes, int off, int len);
}
