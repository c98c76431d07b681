package org.jpok.cpu;

import org.jpok.api.cpu.CpuExit;

/**
 * System instructions: hlt, in/out with the IOPL and I/O-bitmap rules, descriptor-table
 * registers (lgdt lidt sgdt sidt lldt sldt ltr str), control registers, clts, lar/lsl/verr/verw,
 * arpl, cpuid, rdtsc, and the jpok host call.
 */
final class SystemOps {
    /** CPUID vendor string, 12 bytes in EBX, EDX, ECX order. */
    static final String VENDOR = "jpok i386 VM";

    private SystemOps() {
    }

    static void requireCpl0(I386 c) {
        if (c.cpl != 0) {
            throw Vectors.gp(0);
        }
    }

    static void hlt(I386 c) {
        requireCpl0(c);
        c.halted = true;
        c.exitWith(CpuExit.HALT);
    }

    /** 0F 04 id: the host call; see the class comment of {@link I386}. */
    static void hostCall(I386 c, Insn in) {
        if (c.cpl != 0) {
            throw Vectors.ud();
        }
        c.hostCallNumber = in.imm;
        if (c.hostCallHandler != null && (c.flags & Flags.TF) == 0) {
            // served by the block loop once this instruction has retired (I386#serveHostCall); under
            // single-step run() returns as it always did (its exit comes before the step's #DB)
            c.hostCallPending = true;
            c.breakBlock = true;
        } else {
            c.exitWith(CpuExit.HOST_CALL);
        }
    }

    static void clts(I386 c) {
        requireCpl0(c);
        c.cr0 &= ~8;
    }

    private static int port(I386 c, Insn in) {
        return in.op == 0xE4 || in.op == 0xE5 || in.op == 0xE6 || in.op == 0xE7 ? in.imm & 0xFF : c.r[2] & 0xFFFF;
    }

    /**
     * At CPL > IOPL, every port of the access must be allowed by the TSS I/O permission
     * bitmap, else #GP(0).
     */
    static void checkIo(I386 c, int port, int size) {
        if (c.cpl <= FlagOps.iopl(c)) {
            return;
        }
        int acc = c.segAccess[I386.TR];
        long limit = c.segLimit[I386.TR] & 0xFFFFFFFFL;
        if ((acc & 0x80) == 0 || (acc & 0x7) != 0x1 || (acc & 0x8) == 0 || limit < 0x67) {
            throw Vectors.gp(0);
        }
        int base = c.segBase[I386.TR];
        int mapBase = c.sread16(base + 0x66);
        long at = mapBase + (port >>> 3);
        if (at + 1 > limit) {
            throw Vectors.gp(0);
        }
        int bits = c.sread16(base + (int) at);
        int mask = ((1 << size) - 1) << (port & 7);
        if ((bits & mask) != 0) {
            throw Vectors.gp(0);
        }
    }

    static void in(I386 c, Insn in) {
        int port = port(c, in);
        checkIo(c, port, in.size);
        int v = c.bus.in(port, in.size);
        c.intrStale = true;
        c.setReg(0, in.size, v);
    }

    static void out(I386 c, Insn in) {
        int port = port(c, in);
        checkIo(c, port, in.size);
        c.bus.out(port, in.size, c.reg(0, in.size));
        // a device may have raised INTR: let the run loop look at it
        c.intrStale = true;
        c.breakBlock = true;
    }

    /** 0F 00: sldt, str, lldt, ltr, verr, verw. */
    static void group6(I386 c, Insn in) {
        switch (in.reg) {
            case 0:
            case 1: {
                int v = c.sel[in.reg == 0 ? I386.LDTR : I386.TR];
                if (in.mem) {
                    c.write16(in.seg, c.ea(in), v);
                } else {
                    c.setReg(in.rm, in.size, v);
                }
                return;
            }
            case 2:
                requireCpl0(c);
                lldt(c, c.readE16(in));
                return;
            case 3:
                requireCpl0(c);
                ltr(c, c.readE16(in));
                return;
            default:
                verify(c, c.readE16(in), in.reg == 5);
        }
    }

    private static void lldt(I386 c, int selector) {
        if ((selector & 0xFFFC) == 0) {
            Segments.installNull(c, I386.LDTR, selector);
            return;
        }
        if ((selector & 4) != 0) {
            throw Vectors.gp(selector & 0xFFFC);
        }
        Segments.Desc d = Segments.read(c, selector, Vectors.GP);
        if (d.isSegment() || d.type() != 2) {
            throw Vectors.gp(selector & 0xFFFC);
        }
        if (!d.present()) {
            throw new CpuFault(Vectors.NP, selector & 0xFFFC);
        }
        Segments.install(c, I386.LDTR, selector, d);
    }

    private static void ltr(I386 c, int selector) {
        if ((selector & 0xFFFC) == 0 || (selector & 4) != 0) {
            throw Vectors.gp(selector & 0xFFFC);
        }
        Segments.Desc d = Segments.read(c, selector, Vectors.GP);
        if (d.isSegment() || (d.type() != 9 && d.type() != 1)) {
            throw Vectors.gp(selector & 0xFFFC);
        }
        if (!d.present()) {
            throw new CpuFault(Vectors.NP, selector & 0xFFFC);
        }
        // mark the TSS busy in the GDT
        d.setHighBits(0x200);
        c.swrite8(d.addr + 5, d.hi >>> 8);
        Segments.install(c, I386.TR, selector, d);
    }

    /** verr / verw: ZF=1 if the segment is readable/writable at the current privilege. */
    private static void verify(I386 c, int selector, boolean write) {
        boolean ok = false;
        if ((selector & 0xFFFC) != 0) {
            try {
                Segments.Desc d = Segments.read(c, selector, Vectors.GP);
                boolean privOk = (d.isCode() && d.conforming()) || d.dpl() >= Math.max(c.cpl, selector & 3);
                if (d.isSegment() && privOk) {
                    ok = write ? !d.isCode() && d.readableOrWritable() : !d.isCode() || d.readableOrWritable();
                }
            } catch (CpuFault f) {
                ok = false;
            }
        }
        c.setStatus(Flags.ZF, ok ? Flags.ZF : 0);
    }

    /** 0F 02 lar and 0F 03 lsl: ZF=1 and the access rights / limit if the descriptor is visible. */
    static void lar(I386 c, Insn in) {
        Segments.Desc d = visible(c, c.readE16(in), true);
        if (d != null) {
            // bits 19:16 are the limit's top bits on AMD hosts (the SDM's "00FxFF00H")
            c.setReg(in.reg, in.size, d.hi & 0x00FFFF00);
        }
    }

    static void lsl(I386 c, Insn in) {
        Segments.Desc d = visible(c, c.readE16(in), false);
        if (d != null) {
            c.setReg(in.reg, in.size, d.limit());
        }
    }

    private static Segments.Desc visible(I386 c, int selector, boolean lar) {
        Segments.Desc d = null;
        if ((selector & 0xFFFC) != 0) {
            try {
                d = Segments.read(c, selector, Vectors.GP);
            } catch (CpuFault f) {
                d = null;
            }
        }
        if (d != null) {
            boolean typeOk;
            if (d.isSegment()) {
                typeOk = true;
            } else {
                int t = d.type();
                typeOk = t == 1 || t == 2 || t == 3 || t == 9 || t == 11 || (lar && (t == 4 || t == 5 || t == 12));
            }
            boolean privOk = (d.isCode() && d.conforming()) || d.dpl() >= Math.max(c.cpl, selector & 3);
            if (!typeOk || !privOk) {
                d = null;
            }
        }
        c.setStatus(Flags.ZF, d != null ? Flags.ZF : 0);
        return d;
    }

    static void arpl(I386 c, Insn in) {
        int dest = in.mem ? c.read16(in.seg, c.ea(in)) : c.reg(in.rm, 2);
        int src = c.reg(in.reg, 2);
        if ((dest & 3) < (src & 3)) {
            int v = (dest & ~3) | (src & 3);
            if (in.mem) {
                c.write16(in.seg, c.ea(in), v);
            } else {
                c.setReg(in.rm, 2, v);
            }
            c.setStatus(Flags.ZF, Flags.ZF);
        } else {
            c.setStatus(Flags.ZF, 0);
        }
    }

    /** 0F 01: sgdt, sidt, lgdt, lidt, smsw, lmsw, invlpg. */
    static void group7(I386 c, Insn in) {
        switch (in.reg) {
            case 0:
            case 1: {
                int off = c.ea(in);
                c.write16(in.seg, off, in.reg == 0 ? c.gdtLimit : c.idtLimit);
                c.write32(in.seg, off + 2, in.reg == 0 ? c.gdtBase : c.idtBase);
                return;
            }
            case 2:
            case 3: {
                requireCpl0(c);
                int off = c.ea(in);
                int limit = c.read16(in.seg, off);
                int base = c.read32(in.seg, off + 2);
                if (in.o16) {
                    base &= 0xFFFFFF;
                }
                if (in.reg == 2) {
                    c.gdtLimit = limit;
                    c.gdtBase = base;
                } else {
                    c.idtLimit = limit;
                    c.idtBase = base;
                }
                return;
            }
            case 4:
                if (in.mem) {
                    c.write16(in.seg, c.ea(in), c.cr0);
                } else {
                    c.setReg(in.rm, in.size, c.cr0);
                }
                return;
            case 6: {
                requireCpl0(c);
                int v = c.readE16(in);
                // lmsw changes PE, MP, EM, TS only, and cannot clear PE
                c.cr0 = (c.cr0 & ~0xE) | (v & 0xF) | 1;
                c.modeChanged();
                c.breakBlock = true;
                return;
            }
            default: // 7: invlpg
                requireCpl0(c);
                c.flushTlbPage(c.segBase[in.seg] + c.ea(in));
                c.breakBlock = true;
        }
    }

    /** 0F 20-23: mov to/from CR0, CR2, CR3, CR4 and the debug registers (read as zero). */
    static void movCr(I386 c, Insn in) {
        requireCpl0(c);
        int n = in.reg;
        switch (in.op) {
            case 0x120:
                c.r[in.rm] = n == 0 ? c.cr0 : n == 2 ? c.cr2 : n == 3 ? c.cr3 : c.cr4;
                return;
            case 0x122: {
                int v = c.r[in.rm];
                switch (n) {
                    case 0:
                        if ((v & 0x80000000) != 0 && (v & 1) == 0) {
                            throw Vectors.gp(0);
                        }
                        // real mode is not modelled: PE stays set; ET is hardwired on
                        c.cr0 = v | 0x11;
                        break;
                    case 2:
                        c.cr2 = v;
                        break;
                    case 3:
                        c.cr3 = v;
                        c.flushTlb();
                        break;
                    default:
                        // modelled: TSD (2), PSE (4); OSFXSR/OSXMMEXCPT (9, 10) are kept for the x87 unit
                        if ((v & ~0x614) != 0) {
                            throw Vectors.gp(0);
                        }
                        c.cr4 = v;
                        break;
                }
                c.flushTlb(); // PG, WP or PSE may have changed
                c.modeChanged();
                c.breakBlock = true;
                return;
            }
            case 0x121:
                c.r[in.rm] = 0;
                return;
            default:
                c.breakBlock = true;
        }
    }

    /** rdtsc: the retired-instruction count is the time-stamp counter; CR4.TSD makes it CPL 0 only. */
    static void rdtsc(I386 c, Insn in) {
        if ((c.cr4 & 4) != 0 && c.cpl != 0) {
            throw Vectors.gp(0);
        }
        long t = c.retiredBefore(in);
        c.r[0] = (int) t;
        c.r[2] = (int) (t >>> 32);
    }

    /**
     * cpuid: leaf 0 gives max leaf 1 and the vendor {@value #VENDOR}; leaf 1 reports family 6
     * with FPU, TSC, CX8 and CMOV (what gcc's default i686 target assumes).
     */
    static void cpuid(I386 c) {
        int leaf = c.r[0];
        int[] r = c.r;
        if (leaf == 0) {
            r[0] = 1;
            r[3] = word(0);
            r[2] = word(4);
            r[1] = word(8);
        } else if (leaf == 1) {
            r[0] = 0x600; // family 6, model 0, stepping 0
            r[3] = 0; // EBX
            r[1] = 0; // ECX
            r[2] = 1 | (1 << 4) | (1 << 8) | (1 << 15); // EDX: FPU TSC CX8 CMOV
        } else {
            r[0] = r[1] = r[2] = r[3] = 0;
        }
    }

    private static int word(int at) {
        return VENDOR.charAt(at) | VENDOR.charAt(at + 1) << 8 | VENDOR.charAt(at + 2) << 16 | VENDOR.charAt(at + 3) << 24;
    }
}
