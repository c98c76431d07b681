package org.jpok.kernel.config;

/** A named port owned by partition {@code partition} (an index). */
public record PortRef(String name, int partition) {
}
