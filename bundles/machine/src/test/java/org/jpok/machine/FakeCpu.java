package org.jpok.machine;

import org.jpok.api.cpu.Cpu;
import org.jpok.api.cpu.CpuBus;
import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.RegisterContext;

/**
 * A stand-in CPU for run-loop tests. The "guest" is Java: {@link Guest#boot} runs as the first
 * instruction, {@link Guest#interrupt} as the first instruction of each interrupt handler, and
 * between them the CPU either spins (retiring its whole budget) or halts. Port I/O made from the
 * guest methods happens at the exact instruction count, as on a real core.
 */
final class FakeCpu implements Cpu {

    interface Guest {
        void boot(FakeCpu cpu, CpuBus bus);

        void interrupt(FakeCpu cpu, CpuBus bus, int vector);
    }

    private final CpuBus bus;
    private final Guest guest;
    private long retired;
    private boolean booted;
    boolean halted;
    boolean interruptsEnabled;
    /** Set by a guest to make the next run end with this exit (HOST_CALL, SHUTDOWN). */
    CpuExit forcedExit;
    int hostCallNumber;
    private volatile boolean exitRequested;
    int invalidations;

    FakeCpu(CpuBus bus, Guest guest) {
        this.bus = bus;
        this.guest = guest;
    }

    @Override
    public CpuExit run(long budget) {
        exitRequested = false;
        long end = retired + budget;
        while (retired < end) {
            if (exitRequested) {
                return CpuExit.EXIT_REQUESTED;
            }
            if (!booted) {
                booted = true;
                guest.boot(this, bus);
                retired++;
            } else if (interruptsEnabled && bus.intr()) {
                int vector = bus.acknowledge();
                halted = false;
                guest.interrupt(this, bus, vector);
                retired++;
            } else if (halted) {
                return CpuExit.HALT;
            } else {
                retired = end; // spinning
            }
            if (forcedExit != null) {
                CpuExit e = forcedExit;
                forcedExit = null;
                return e;
            }
        }
        return exitRequested ? CpuExit.EXIT_REQUESTED : halted ? CpuExit.HALT : CpuExit.BUDGET;
    }

    @Override
    public long retired() {
        return retired;
    }

    @Override
    public void requestExit() {
        exitRequested = true;
    }

    @Override
    public int hostCallNumber() {
        return hostCallNumber;
    }

    @Override
    public void saveContext(RegisterContext into) {
        into.halted = halted;
        into.eflags = eflags();
    }

    @Override
    public void loadContext(RegisterContext from) {
        halted = from.halted;
        setEflags(from.eflags);
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
        return 0x2 | (interruptsEnabled ? 1 << 9 : 0);
    }

    @Override
    public void setEflags(int eflags) {
        interruptsEnabled = (eflags & 1 << 9) != 0;
    }

    @Override
    public void invalidateCode(int physicalAddress, int length) {
        invalidations++;
    }

    @Override
    public void reset() {
        booted = false;
        halted = false;
        interruptsEnabled = false;
    }
}
