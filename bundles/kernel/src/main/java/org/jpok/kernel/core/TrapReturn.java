package org.jpok.kernel.core;

import org.jpok.api.cpu.RegisterContext;
import org.jpok.api.cpu.SegmentRegister;
import org.jpok.api.machine.Machine;

/**
 * Does in the kernel what the stubs' return path does on the CPU: pops a ring-3 trap frame into the registers, as
 * {@code pop es; pop ds; popa; add esp, 4; iret} would, with the segment caches filled from the GDT. The breakpoint
 * stop uses it so that the paused CPU shows the partition's registers at the breakpoint. vCPU thread.
 */
final class TrapReturn {

    private static final int RPL_MASK = 3;
    private static final int[] POPA_ORDER = {TrapFrame.EAX, TrapFrame.ECX, TrapFrame.EDX, TrapFrame.EBX, -1,
            TrapFrame.EBP, TrapFrame.ESI, TrapFrame.EDI};

    private TrapReturn() {
    }

    /** Turns {@code c}, a ring-0 context whose ESP points at the ring-3 trap frame {@code frame}, into the ring-3 one. */
    static void popToUser(Machine m, RegisterContext c, int frame) {
        for (int r = 0; r < 8; r++) {
            c.gpr[r] = r == 4 ? m.readInt(frame + TrapFrame.USER_ESP) : m.readInt(frame + POPA_ORDER[r]);
        }
        c.eip = m.readInt(frame + TrapFrame.EIP);
        c.eflags = m.readInt(frame + TrapFrame.EFLAGS);
        load(m, c, SegmentRegister.CS, m.readInt(frame + TrapFrame.CS));
        load(m, c, SegmentRegister.SS, m.readInt(frame + TrapFrame.USER_SS));
        load(m, c, SegmentRegister.DS, m.readInt(frame + TrapFrame.DS));
        load(m, c, SegmentRegister.ES, m.readInt(frame + TrapFrame.ES));
        c.cpl = c.selector[SegmentRegister.CS.ordinal()] & RPL_MASK;
        for (SegmentRegister s : new SegmentRegister[] {SegmentRegister.FS, SegmentRegister.GS}) {
            int dpl = (c.segAccess[s.ordinal()] >>> 5) & 3;
            if (c.selector[s.ordinal()] != 0 && dpl < c.cpl) {
                load(m, c, s, 0); // iret nulls a data segment the outer level may not use
            }
        }
    }

    private static void load(Machine m, RegisterContext c, SegmentRegister s, int selector) {
        int i = s.ordinal();
        c.selector[i] = selector & 0xFFFF;
        if ((selector & 0xFFFC) == 0) {
            c.segBase[i] = 0;
            c.segLimit[i] = 0;
            c.segAccess[i] = 0;
            return;
        }
        int at = c.gdtBase + (selector & 0xFFF8);
        int lo = m.readInt(at);
        int hi = m.readInt(at + 4) | 0x100; // the CPU sets the accessed bit on a load
        int limit = (lo & 0xFFFF) | (hi & 0xF0000);
        c.segBase[i] = (lo >>> 16) | ((hi & 0xFF) << 16) | (hi & 0xFF000000);
        c.segLimit[i] = (hi & 0x800000) != 0 ? (limit << 12) | 0xFFF : limit;
        c.segAccess[i] = ((hi >>> 8) & 0xFF) | (((hi >>> 20) & 0xF) << 8);
    }
}
