package org.jpok.cpu;

import org.jpok.cpu.x87.X87Host;

/** Adapts the core to the x87 unit for one instruction: its memory operand, EFLAGS, AX, CR0 and faults. */
final class CoreX87Host implements X87Host {
    private final I386 c;
    private final Insn in;
    private final int seg;
    private final int off;

    /** {@code in} may be null for fwait, which has no operand. */
    CoreX87Host(I386 c, Insn in) {
        this.c = c;
        this.in = in;
        this.seg = in == null ? I386.DS : in.seg;
        this.off = in != null && in.mem ? c.ea(in) : 0;
    }

    private int at(int disp) {
        int o = off + disp;
        return in != null && in.a16 ? o & 0xFFFF : o;
    }

    void requireAligned16() {
        if (((c.segBase[seg] + off) & 15) != 0) {
            throw new CpuFault(Vectors.GP, 0);
        }
    }

    @Override
    public long read(int disp, int size) {
        return switch (size) {
            case 1 -> c.read8(seg, at(disp));
            case 2 -> c.read16(seg, at(disp));
            case 4 -> c.read32(seg, at(disp)) & 0xFFFF_FFFFL;
            default -> (c.read32(seg, at(disp)) & 0xFFFF_FFFFL) | (long) c.read32(seg, at(disp + 4)) << 32;
        };
    }

    @Override
    public void write(int disp, int size, long value) {
        switch (size) {
            case 1 -> c.write8(seg, at(disp), (int) value);
            case 2 -> c.write16(seg, at(disp), (int) value);
            case 4 -> c.write32(seg, at(disp), (int) value);
            default -> {
                // check both halves first so that a fault leaves memory untouched
                c.checkWritable(seg, at(disp), 4);
                c.checkWritable(seg, at(disp + 4), 4);
                c.write32(seg, at(disp), (int) value);
                c.write32(seg, at(disp + 4), (int) (value >>> 32));
            }
        }
    }

    @Override
    public int eflags() {
        c.materializeFlags();
        return c.flags;
    }

    @Override
    public void setEflags(int eflags) {
        c.setStatus(Flags.ARITH, eflags);
    }

    @Override
    public void setAx(int value) {
        c.setReg(I386.EAX, 2, value);
    }

    @Override
    public int cr0() {
        return c.cr0;
    }

    @Override
    public RuntimeException fault(int vector) {
        return new CpuFault(vector, CpuFault.NO_ERROR);
    }

    @Override
    public int instructionOffset() {
        return c.eip;
    }

    @Override
    public int codeSelector() {
        return c.sel[I386.CS];
    }

    @Override
    public int operandOffset() {
        return off;
    }

    @Override
    public int operandSelector() {
        return c.sel[seg];
    }
}
