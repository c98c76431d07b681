package org.jpok.api.bsp;

/**
 * A partition's vCPU entry for an IRQ line (the vmm BSP's hypercall 30), as a BSP hands it to its successor in a hot
 * swap: the kernel offers what the old BSP held to the new one, which keeps what it can honour.
 *
 * @param partition the partition's index
 * @param line      the PIC line, 0..15
 * @param entry     the partition-relative entry point of the partition's upcalls
 */
public record VcpuRegistration(int partition, int line, int entry) {

    /** How a swap report names the registration when the new BSP cannot honour it. */
    public String describe() {
        return "partition " + partition + ": vCPU handler for IRQ " + line;
    }
}
