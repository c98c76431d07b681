package org.jpok.cpu;

/**
 * Delivery of interrupts and exceptions through the IDT (SDM 6.12): 32-bit interrupt and trap
 * gates, the gate-DPL check for software interrupts, and the stack switch through the TSS
 * (SS0:ESP0) when the handler is more privileged. Task gates and 16-bit gates are not modelled
 * and raise #GP. The frame is written before any register changes, so a fault while pushing
 * leaves the state intact for the double-fault logic in {@link I386#deliver}.
 */
final class Interrupts {
    private Interrupts() {
    }

    /**
     * @param software  an int n / int3 / into: check the gate DPL against CPL
     * @param external  an exception or hardware interrupt: the EXT bit goes into error codes
     */
    static void deliver(I386 c, int vector, int error, int returnEip, boolean software, boolean external) {
        int ext = external ? 1 : 0;
        int gateErr = vector * 8 + 2 + ext;
        if ((vector * 8L + 7) > (c.idtLimit & 0xFFFFFFFFL)) {
            throw Vectors.gp(gateErr);
        }
        long raw = c.sread64(c.idtBase + vector * 8);
        int lo = (int) raw;
        int hi = (int) (raw >>> 32);
        int type = (hi >>> 8) & 0x1F;
        if (type != 0x0E && type != 0x0F) {
            throw Vectors.gp(gateErr);
        }
        int gateDpl = (hi >>> 13) & 3;
        if (software && gateDpl < c.cpl) {
            throw Vectors.gp(gateErr);
        }
        if ((hi & 0x8000) == 0) {
            throw new CpuFault(Vectors.NP, gateErr);
        }
        int selector = lo >>> 16;
        int offset = (hi & 0xFFFF0000) | (lo & 0xFFFF);
        if ((selector & 0xFFFC) == 0) {
            throw Vectors.gp(ext);
        }
        Segments.Desc cs = Segments.read(c, selector, Vectors.GP);
        int csErr = (selector & 0xFFFC) | ext;
        if (!cs.isCode() || cs.dpl() > c.cpl) {
            throw Vectors.gp(csErr);
        }
        if (!cs.present()) {
            throw new CpuFault(Vectors.NP, csErr);
        }
        if (Integer.compareUnsigned(offset, cs.limit()) > 0) {
            throw Vectors.gp(0);
        }
        boolean hasError = error != CpuFault.NO_ERROR;
        int oldFlags = c.eflags();
        int oldCs = c.sel[I386.CS];
        int newCpl = cs.conforming() ? c.cpl : cs.dpl();

        if (newCpl < c.cpl) {
            // inner privilege: fetch SS:ESP for the new level from the TSS
            int tssBase = c.segBase[I386.TR];
            int at = 4 + newCpl * 8;
            if ((c.segAccess[I386.TR] & 0x80) == 0 || (at + 5L) > (c.segLimit[I386.TR] & 0xFFFFFFFFL)) {
                throw new CpuFault(Vectors.TS, (c.sel[I386.TR] & 0xFFFC) | ext);
            }
            int newEsp = c.sread32(tssBase + at);
            int newSs = c.sread16(tssBase + at + 4);
            Segments.Desc ss;
            try {
                ss = Segments.checkSS(c, newSs, newCpl, Vectors.TS);
            } catch (CpuFault f) {
                throw new CpuFault(f.vector, f.error == CpuFault.NO_ERROR ? f.error : f.error | ext);
            }
            int n = hasError ? 6 : 5;
            int top = newEsp - 4 * n;
            checkStack(ss, top, newEsp, newSs, ext);
            int base = ss.base();
            int a = newEsp - 4;
            swrite32(c, base + a, c.sel[I386.SS]);
            a -= 4;
            swrite32(c, base + a, c.r[I386.ESP]);
            a -= 4;
            swrite32(c, base + a, oldFlags);
            a -= 4;
            swrite32(c, base + a, oldCs);
            a -= 4;
            swrite32(c, base + a, returnEip);
            if (hasError) {
                a -= 4;
                swrite32(c, base + a, error);
            }
            Segments.install(c, I386.SS, (newSs & ~3) | newCpl, ss);
            c.r[I386.ESP] = a;
            Segments.installCS(c, selector, cs, newCpl);
            // data segments the handler may not use would be nulled only when entering from v86
        } else {
            // same privilege: push on the current stack through the normal checks
            boolean s32 = c.stack32();
            int sp = c.sp();
            int a = pushSame(c, s32, sp, oldFlags, ext);
            a = pushSame(c, s32, a, oldCs, ext);
            a = pushSame(c, s32, a, returnEip, ext);
            if (hasError) {
                a = pushSame(c, s32, a, error, ext);
            }
            c.setSp(a);
            Segments.installCS(c, selector, cs, newCpl);
        }
        c.materializeFlags();
        c.flags &= ~(Flags.TF | Flags.NT | Flags.RF | Flags.VM);
        if (type == 0x0E) {
            c.flags &= ~Flags.IF;
        }
        c.modeChanged();
        c.eip = offset;
        c.nextEip = offset;
        c.shadow = false;
        c.gateEntered = true;
    }

    /** The new stack [top, end) must lie within the SS descriptor's limit, else #SS(selector). */
    private static void checkStack(Segments.Desc ss, int top, int end, int selector, int ext) {
        long lim = ss.limit() & 0xFFFFFFFFL;
        long lo = top & 0xFFFFFFFFL;
        long hi = (end - 1) & 0xFFFFFFFFL;
        boolean ok;
        if ((ss.hi & 0x400) != 0) { // expand-down
            long upper = (ss.hi & 0x400000) != 0 ? 0xFFFFFFFFL : 0xFFFFL;
            ok = lo > lim && hi <= upper && lo <= hi;
        } else {
            ok = hi <= lim && lo <= hi;
        }
        if (!ok) {
            throw new CpuFault(Vectors.SS, (selector & 0xFFFC) | ext);
        }
    }

    /** One dword of a same-privilege frame below {@code a}, with the SS checks; returns the new offset. */
    private static int pushSame(I386 c, boolean s32, int a, int v, int ext) {
        a -= 4;
        int off = s32 ? a : a & 0xFFFF;
        if (((off & 0xFFFFFFFFL) + 3) > c.wrLim[I386.SS]) {
            try {
                c.segCheck(I386.SS, off, 4, true);
            } catch (CpuFault f) {
                throw new CpuFault(Vectors.SS, ext);
            }
        }
        swrite32(c, c.segBase[I386.SS] + off, v);
        return a;
    }

    /**
     * Supervisor write used for frames on the handler's stack. Within one page it translates
     * once; across a page boundary it goes byte by byte, so a #PF on the second page comes after
     * the bytes on the first (as before).
     */
    private static void swrite32(I386 c, int lin, int v) {
        if (c.paging) {
            if ((lin & 0xFFF) <= 0xFFC) {
                c.pwrite32(c.translate(lin, true, false), v);
                return;
            }
            for (int i = 0; i < 4; i++) {
                c.swrite8(lin + i, v >>> (8 * i));
            }
        } else {
            c.pwrite32(lin, v);
        }
    }
}
