package org.jpok.api.cpu;

/**
 * A bus with memory and nothing else, for running a core on its own (tests, benchmarks, tools):
 * port reads give all ones, as from an empty ISA bus, port writes go nowhere, and INTR is never
 * asserted.
 */
public final class RamOnlyBus implements CpuBus {

    private final byte[] ram;

    public RamOnlyBus(byte[] ram) {
        this.ram = ram;
    }

    @Override
    public byte[] ram() {
        return ram;
    }

    @Override
    public int in(int port, int size) {
        return -1;
    }

    @Override
    public void out(int port, int size, int value) {
        // no device answers
    }

    @Override
    public boolean intr() {
        return false;
    }

    @Override
    public int acknowledge() {
        return 0;
    }
}
