package org.jpok.api.hypercall;

import org.osgi.annotation.versioning.ProviderType;

/** Turns the hypercall dispatcher's trace on and off ({@code pok:hypercall-trace}). Safe from any thread. */
@ProviderType
public interface HypercallTracing {

    /** Installs {@code tracer}, replacing any other; null turns tracing off. */
    void setTracer(HypercallTracer tracer);
}
