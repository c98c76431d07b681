package org.jpok.hypercall.meta;

/** Receives the occurrences of an IRQ that the meta-handler routes to a partition. */
@FunctionalInterface
public interface IrqRouteSink {

    void deliver(int partition, int line);
}
