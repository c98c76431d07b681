package org.jpok.kernel.port;

/** POK's port directions ({@code pok_port_direction_t}). */
public enum PortDirection {
    IN(1),
    OUT(2);

    private final int code;

    PortDirection(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The direction with this POK value, or null. */
    public static PortDirection ofCode(int code) {
        return code == 1 ? IN : code == 2 ? OUT : null;
    }
}
