package org.jpok.api.cpu;

import java.util.Arrays;

/**
 * The whole architectural state of the core, as a plain value that the kernel saves and restores
 * per thread. Segment registers carry their hidden descriptor caches, so a context restores
 * exactly, without re-reading descriptor tables.
 */
public final class RegisterContext {
    /** General registers in encoding order: EAX, ECX, EDX, EBX, ESP, EBP, ESI, EDI. */
    public final int[] gpr = new int[8];
    public int eip;
    public int eflags = 0x2;

    /** Visible selectors, indexed by {@link SegmentRegister#ordinal()}. */
    public final int[] selector = new int[8];
    /** Hidden descriptor cache: linear base. */
    public final int[] segBase = new int[8];
    /** Hidden descriptor cache: effective limit in bytes (granularity already applied). */
    public final int[] segLimit = new int[8];
    /** Hidden descriptor cache: access-rights byte 5 and flags nibble of the descriptor, as {@code (flags << 8) | access}. */
    public final int[] segAccess = new int[8];

    public int cr0, cr2, cr3, cr4;
    public int gdtBase, gdtLimit, idtBase, idtLimit;

    /** Current privilege level (0 or 3 in jpok; 1 and 2 are legal but unused). */
    public int cpl;
    /** Set while the core sits in {@code hlt}. */
    public boolean halted;

    /** x87/FXSAVE area (512 bytes, FXSAVE layout), kept per thread by the kernel. */
    public final byte[] fpu = new byte[512];

    public RegisterContext copy() {
        RegisterContext c = new RegisterContext();
        c.copyFrom(this);
        return c;
    }

    public void copyFrom(RegisterContext o) {
        System.arraycopy(o.gpr, 0, gpr, 0, 8);
        eip = o.eip;
        eflags = o.eflags;
        System.arraycopy(o.selector, 0, selector, 0, 8);
        System.arraycopy(o.segBase, 0, segBase, 0, 8);
        System.arraycopy(o.segLimit, 0, segLimit, 0, 8);
        System.arraycopy(o.segAccess, 0, segAccess, 0, 8);
        cr0 = o.cr0; cr2 = o.cr2; cr3 = o.cr3; cr4 = o.cr4;
        gdtBase = o.gdtBase; gdtLimit = o.gdtLimit; idtBase = o.idtBase; idtLimit = o.idtLimit;
        cpl = o.cpl;
        halted = o.halted;
        System.arraycopy(o.fpu, 0, fpu, 0, fpu.length);
    }

    @Override
    public String toString() {
        return String.format("eax=%08x ecx=%08x edx=%08x ebx=%08x esp=%08x ebp=%08x esi=%08x edi=%08x eip=%08x efl=%08x cs=%04x ss=%04x cpl=%d",
                gpr[0], gpr[1], gpr[2], gpr[3], gpr[4], gpr[5], gpr[6], gpr[7], eip, eflags,
                selector[SegmentRegister.CS.ordinal()], selector[SegmentRegister.SS.ordinal()], cpl)
                + (halted ? " halted" : "") + " segs=" + Arrays.toString(selector);
    }
}
