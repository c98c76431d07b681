package org.jpok.cpu;

import java.util.ArrayList;
import java.util.List;

import org.jpok.api.cpu.CpuBus;

/** A bus for tests: plain RAM, a log of port writes, and an INTR line the test drives. */
final class TestBus implements CpuBus {
    final byte[] ram;
    final List<int[]> outs = new ArrayList<>();
    int inValue = 0xFFFFFFFF;
    /** Vector to hand over on INTA, or -1 when INTR is low. */
    int pendingVector = -1;

    TestBus(int size) {
        ram = new byte[size];
    }

    @Override
    public byte[] ram() {
        return ram;
    }

    @Override
    public int in(int port, int size) {
        return inValue;
    }

    @Override
    public void out(int port, int size, int value) {
        outs.add(new int[] {port, size, value});
    }

    @Override
    public boolean intr() {
        return pendingVector >= 0;
    }

    @Override
    public int acknowledge() {
        int v = pendingVector;
        pendingVector = -1;
        return v;
    }
}
