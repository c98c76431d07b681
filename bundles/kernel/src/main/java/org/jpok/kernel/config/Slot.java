package org.jpok.kernel.config;

/** One window of the major frame: {@code partition} (an index) runs for {@code durationNs}. */
public record Slot(int partition, long durationNs) {
}
