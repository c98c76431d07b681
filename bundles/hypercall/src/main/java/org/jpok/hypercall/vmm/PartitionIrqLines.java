package org.jpok.hypercall.vmm;

import org.jpok.api.hypercall.IrqLines;
import org.jpok.api.kernel.Errno;

/** The meta-handler as partition {@code p} may use it: routes to itself only. */
final class PartitionIrqLines implements IrqLines {

    private final VmmState vmm;
    private final int partition;

    PartitionIrqLines(VmmState vmm, int partition) {
        this.vmm = vmm;
        this.partition = partition;
    }

    @Override
    public Errno registerHandler(int line, int handler) {
        return vmm.registerRoute(partition, line, handler);
    }

    @Override
    public Errno unregisterHandler(int line) {
        return vmm.unregisterRoute(partition, line);
    }

    @Override
    public Errno ack(int line) {
        return vmm.meta().ack(partition, line);
    }
}
