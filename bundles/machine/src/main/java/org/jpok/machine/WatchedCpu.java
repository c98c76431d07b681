package org.jpok.machine;

import java.util.function.IntPredicate;

import org.jpok.api.cpu.Cpu;
import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.RegisterContext;

/**
 * The CPU as the board hands it out ({@link Board#cpu()}, host calls): it notes any change of architectural state
 * made from outside {@link Cpu#run}, so the run loop re-reads the halted flag only after the kernel (or a test)
 * may have loaded a running context into a halted core, not on every idle tick.
 */
final class WatchedCpu implements Cpu {

    private final Cpu cpu;
    private boolean stateChanged;

    WatchedCpu(Cpu cpu) {
        this.cpu = cpu;
    }

    /** Whether state was set from outside since the last call; clears the note. */
    boolean takeStateChanged() {
        boolean c = stateChanged;
        stateChanged = false;
        return c;
    }

    @Override
    public CpuExit run(long budget) {
        return cpu.run(budget);
    }

    @Override
    public long retired() {
        return cpu.retired();
    }

    @Override
    public void requestExit() {
        cpu.requestExit();
    }

    @Override
    public int hostCallNumber() {
        return cpu.hostCallNumber();
    }

    @Override
    public void setHostCallHandler(IntPredicate handler) {
        cpu.setHostCallHandler(handler);
    }

    @Override
    public void saveContext(RegisterContext into) {
        cpu.saveContext(into);
    }

    @Override
    public void loadContext(RegisterContext from) {
        stateChanged = true;
        cpu.loadContext(from);
    }

    @Override
    public int gpr(int index) {
        return cpu.gpr(index);
    }

    @Override
    public void setGpr(int index, int value) {
        stateChanged = true;
        cpu.setGpr(index, value);
    }

    @Override
    public int eip() {
        return cpu.eip();
    }

    @Override
    public void setEip(int eip) {
        stateChanged = true;
        cpu.setEip(eip);
    }

    @Override
    public int eflags() {
        return cpu.eflags();
    }

    @Override
    public void setEflags(int eflags) {
        stateChanged = true;
        cpu.setEflags(eflags);
    }

    @Override
    public void invalidateCode(int physicalAddress, int length) {
        cpu.invalidateCode(physicalAddress, length);
    }

    @Override
    public void reset() {
        stateChanged = true;
        cpu.reset();
    }
}
