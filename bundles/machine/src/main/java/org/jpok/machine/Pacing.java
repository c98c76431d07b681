package org.jpok.machine;

/** How virtual time relates to the wall clock. */
public enum Pacing {
    /** As fast as possible; the same inputs give the same outputs, bit for bit. */
    DETERMINISTIC,
    /** Virtual time never runs ahead of the wall clock (interactive use). */
    REALTIME
}
