package org.jpok.tests.devices;

import org.jpok.api.cpu.Cpu;
import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.RegisterContext;

/** A CPU that only retires its budget: enough to drive the machine's run loop in a framework test. */
final class SpinningCpu implements Cpu {

    private volatile long retired;

    @Override
    public CpuExit run(long budget) {
        retired += budget;
        return CpuExit.BUDGET;
    }

    @Override
    public long retired() {
        return retired;
    }

    @Override
    public void requestExit() {
    }

    @Override
    public int hostCallNumber() {
        return 0;
    }

    @Override
    public void saveContext(RegisterContext into) {
    }

    @Override
    public void loadContext(RegisterContext from) {
    }

    @Override
    public int gpr(int index) {
        return 0;
    }

    @Override
    public void setGpr(int index, int value) {
    }

    @Override
    public int eip() {
        return 0;
    }

    @Override
    public void setEip(int eip) {
    }

    @Override
    public int eflags() {
        return 2;
    }

    @Override
    public void setEflags(int eflags) {
    }

    @Override
    public void invalidateCode(int physicalAddress, int length) {
    }

    @Override
    public void reset() {
    }
}
