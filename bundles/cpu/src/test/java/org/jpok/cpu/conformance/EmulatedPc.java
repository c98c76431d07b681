package org.jpok.cpu.conformance;

import java.util.Arrays;

import org.jpok.api.cpu.Cpu;
import org.jpok.api.cpu.RamOnlyBus;
import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.CpuFactory;
import org.jpok.api.cpu.RegisterContext;
import org.jpok.api.cpu.SegmentRegister;

/**
 * The emulated side of a case: a flat ring-3 world laid out like a Linux i386 process
 * (CS=0x23, DS=ES=SS=0x2B, FS=GS=null), with a GDT, a TSS and an IDT in guest memory.
 * Every IDT gate leads to a one-byte ring-0 stub, {@code hlt}, at {@code STUBS + 4 * vector},
 * so an exception (the closing int3 included) stops the core at a known place with the
 * hardware-pushed frame on the TSS stack. Halting there, rather than using the core's host
 * call, keeps the harness independent of that opcode and still exercises gate delivery and
 * the TSS stack switch. Gates 3 and 4 have DPL 3 (int3, into), all others DPL 0, so a
 * software {@code int n} raises #GP((n << 3) | 2) exactly as Linux reports it.
 */
final class EmulatedPc {
    private static final int RAM_SIZE = 2 << 20;
    private static final int GDT = 0x0001_0000;
    private static final int TSS = 0x0001_0100;
    private static final int IDT = 0x0001_0800;
    private static final int STUBS = 0x0001_1000;
    private static final int SYSTEM_END = 0x0001_1400;
    private static final int LDT = 0x0001_1400;
    private static final int ESP0 = 0x0001_4000;
    private static final int KERNEL_CS = 0x08, KERNEL_DS = 0x10, TSS_SEL = 0x18, USER_CS = 0x23, USER_DS = 0x2B, LDT_SEL = 0x30;
    private static final long BUDGET = 200_000;

    private final byte[] ram = new byte[RAM_SIZE];
    private final byte[] systemImage;
    private final byte[] initialData = new byte[2 * Layout.PAGE];
    private final Cpu cpu;
    private final RegisterContext ctx = new RegisterContext();
    private final RegisterContext template = new RegisterContext();

    EmulatedPc(CpuFactory factory) {
        buildSystemArea();
        systemImage = Arrays.copyOfRange(ram, GDT, SYSTEM_END);
        cpu = factory.create(new RamOnlyBus(ram));
        buildTemplateContext();
    }

    private void buildSystemArea() {
        putDescriptor(GDT + KERNEL_CS, 0, 0xFFFFF, 0x9B, 0xC);
        putDescriptor(GDT + KERNEL_DS, 0, 0xFFFFF, 0x93, 0xC);
        putDescriptor(GDT + TSS_SEL, TSS, 0x67, 0x8B, 0x0);
        putDescriptor(GDT + (USER_CS & ~3), 0, 0xFFFFF, 0xFB, 0xC);
        putDescriptor(GDT + (USER_DS & ~3), 0, 0xFFFFF, 0xF3, 0xC);
        putDescriptor(GDT + LDT_SEL, LDT, 7, 0x82, 0x0);
        putInt(TSS + 4, ESP0);         // ESP0
        putInt(TSS + 8, KERNEL_DS);    // SS0
        putInt(TSS + 0x64, 0x68 << 16); // I/O map base beyond the limit: no bitmap
        for (int v = 0; v < 256; v++) {
            int handler = STUBS + 4 * v;
            int dpl = v == 3 || v == 4 ? 3 : 0;
            int gate = IDT + 8 * v;
            putShort(gate, handler & 0xFFFF);
            putShort(gate + 2, KERNEL_CS);
            ram[gate + 4] = 0;
            ram[gate + 5] = (byte) (0x8E | dpl << 5); // present 32-bit interrupt gate
            putShort(gate + 6, handler >>> 16);
            Arrays.fill(ram, handler, handler + 4, (byte) 0xF4); // hlt
        }
    }

    private void buildTemplateContext() {
        RegisterContext t = template;
        t.cpl = 3;
        t.cr0 = 0x31; // PE, ET, NE; no paging
        t.gdtBase = GDT;
        t.gdtLimit = 7 * 8 - 1;
        t.idtBase = IDT;
        t.idtLimit = 256 * 8 - 1;
        segment(t, SegmentRegister.CS, USER_CS, 0, -1, 0xCFB);
        for (SegmentRegister s : new SegmentRegister[] {SegmentRegister.DS, SegmentRegister.ES, SegmentRegister.SS}) {
            segment(t, s, USER_DS, 0, -1, 0xCF3);
        }
        segment(t, SegmentRegister.FS, 0, 0, 0, 0);
        segment(t, SegmentRegister.GS, 0, 0, 0, 0);
        segment(t, SegmentRegister.LDTR, LDT_SEL, LDT, 7, 0x82);
        segment(t, SegmentRegister.TR, TSS_SEL, TSS, 0x67, 0x8B);
    }

    private static void segment(RegisterContext t, SegmentRegister s, int selector, int base, int limit, int access) {
        int i = s.ordinal();
        t.selector[i] = selector;
        t.segBase[i] = base;
        t.segLimit[i] = limit;
        t.segAccess[i] = access;
    }

    /** Runs one case on the core in one call and reads back the frame that the stub caught. */
    Outcome run(ConformanceCase c) {
        return run(c, false);
    }

    /**
     * Runs one case; with {@code stepped} the core gets a budget of one instruction per call, so
     * every instruction boundary (inside rep strings, across decoded blocks) is an exit and resume.
     */
    Outcome run(ConformanceCase c, boolean stepped) {
        if (!Arrays.equals(ram, GDT, SYSTEM_END, systemImage, 0, systemImage.length)) {
            System.arraycopy(systemImage, 0, ram, GDT, systemImage.length); // a stray write: repair
            cpu.invalidateCode(GDT, systemImage.length);
        }
        writeLdtEntry(c.ldt());
        Arrays.fill(ram, Layout.CODE, Layout.CODE + 2 * Layout.MAX_CODE, (byte) 0xCC);
        System.arraycopy(c.code(), 0, ram, Layout.CODE, c.code().length);
        cpu.invalidateCode(Layout.CODE, 2 * Layout.MAX_CODE);
        Layout.initialPages(c, initialData, 0);
        System.arraycopy(initialData, 0, ram, Layout.DATA, Layout.PAGE);
        System.arraycopy(initialData, Layout.PAGE, ram, Layout.LOW, Layout.PAGE);
        cpu.invalidateCode(Layout.DATA, Layout.PAGE);
        cpu.invalidateCode(Layout.LOW, Layout.PAGE);

        ctx.copyFrom(template);
        System.arraycopy(c.gpr(), 0, ctx.gpr, 0, 8);
        ctx.eip = Layout.CODE;
        ctx.eflags = c.eflags() | 0x202;
        try {
            cpu.loadContext(ctx);
            CpuExit exit;
            if (stepped) {
                long calls = 0;
                do {
                    exit = cpu.run(1);
                } while (exit == CpuExit.BUDGET && ++calls < BUDGET);
            } else {
                exit = cpu.run(BUDGET);
            }
            cpu.saveContext(ctx);
            if (exit == CpuExit.BUDGET) {
                return Outcome.harnessFailure(Outcome.HANG, "no exception after " + BUDGET + " instructions, eip=" + hex(ctx.eip));
            }
            if (exit != CpuExit.HALT || ctx.cpl != 0 || ctx.eip < STUBS || ctx.eip > STUBS + 4 * 256) {
                return Outcome.harnessFailure(Outcome.LOST, exit + " at cpl=" + ctx.cpl + " eip=" + hex(ctx.eip));
            }
            return readFrame();
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.harnessFailure(Outcome.CRASH, e.toString());
        }
    }

    /** LDT entry 0 as Linux's modify_ldt builds it (accessed bit set, byte granular, 32-bit). */
    private void writeLdtEntry(int spec) {
        if (spec == 0) {
            return; // the case uses no LDT selector
        }
        if (spec >>> 31 == 0) {
            Arrays.fill(ram, LDT, LDT + 8, (byte) 0);
            return;
        }
        boolean code = (spec >>> 27 & 1) != 0;
        int type = code ? 0x8 | ((spec >>> 25 & 1) ^ 1) << 1 : ((spec >>> 25 & 1) ^ 1) << 1 | (spec >>> 24 & 1) << 2;
        int present = (spec >>> 26 & 1) == 0 ? 0x80 : 0;
        putDescriptor(LDT, Layout.DATA + (spec >>> 12 & 0xFFF), spec & 0xFFF, present | 0x70 | type | 1, 0x4);
    }

    private Outcome readFrame() {
        int vector = (ctx.eip - STUBS) / 4;
        int esp = ctx.gpr[4];
        int err = 0;
        if (esp == ESP0 - 24) {
            err = getInt(esp);
            esp += 4;
        } else if (esp != ESP0 - 20) {
            return Outcome.harnessFailure(Outcome.LOST, "vector " + vector + " left a ring-0 frame of " + (ESP0 - esp) + " bytes");
        }
        int eip = getInt(esp);
        int eflags = getInt(esp + 8);
        int[] gpr = ctx.gpr.clone();
        gpr[4] = getInt(esp + 12);
        int n = 0;
        for (int i = 0; i < 2 * Layout.PAGE; i++) {
            if (ram[compared(i)] != initialData[i]) {
                n++;
            }
        }
        int[] off = new int[n];
        byte[] val = new byte[n];
        for (int i = 0, k = 0; i < 2 * Layout.PAGE; i++) {
            if (ram[compared(i)] != initialData[i]) {
                off[k] = i;
                val[k++] = ram[compared(i)];
            }
        }
        return new Outcome(vector, err, eip, eflags, gpr, off, val, "");
    }

    /** The physical address of byte i of the compared memory (data page, then low page). */
    private static int compared(int i) {
        return i < Layout.PAGE ? Layout.DATA + i : Layout.LOW + i - Layout.PAGE;
    }

    private static String hex(int v) {
        return String.format("%08x", v);
    }

    private void putDescriptor(int at, int base, int limit, int access, int flags) {
        putShort(at, limit & 0xFFFF);
        putShort(at + 2, base & 0xFFFF);
        ram[at + 4] = (byte) (base >>> 16);
        ram[at + 5] = (byte) access;
        ram[at + 6] = (byte) (flags << 4 | (limit >>> 16 & 0xF));
        ram[at + 7] = (byte) (base >>> 24);
    }

    private void putShort(int at, int v) {
        ram[at] = (byte) v;
        ram[at + 1] = (byte) (v >>> 8);
    }

    private void putInt(int at, int v) {
        putShort(at, v);
        putShort(at + 2, v >>> 16);
    }

    private int getInt(int at) {
        return (ram[at] & 0xFF) | (ram[at + 1] & 0xFF) << 8 | (ram[at + 2] & 0xFF) << 16 | (ram[at + 3] & 0xFF) << 24;
    }
}
