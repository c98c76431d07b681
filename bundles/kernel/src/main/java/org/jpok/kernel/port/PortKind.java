package org.jpok.kernel.port;

import java.util.Locale;

/** POK's port kinds ({@code pok_port_kind_t}). */
public enum PortKind {
    QUEUING(1),
    SAMPLING(2);

    private final int code;

    PortKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
