package org.jpok.cpu;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.function.IntPredicate;

import org.jpok.api.cpu.Cpu;
import org.jpok.api.cpu.CpuBus;
import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.RegisterContext;
import org.jpok.cpu.x87.X87;

/**
 * An i386 core in 32-bit protected mode: the architectural state, the memory path (segmentation,
 * paging, physical RAM through VarHandles), lazy flags, the decoded-block cache and the run loop.
 * Instruction semantics live in the family classes ({@link Arith}, {@link Logic}, {@link Shift},
 * {@link Bits}, {@link DataMove}, {@link StringOps}, {@link Control}, {@link SystemOps}) that
 * {@link Exec} dispatches to.
 *
 * <h2>Host call</h2>
 * The host-call instruction is {@code 0F 04 id}: the two opcode bytes followed by a 32-bit
 * immediate that becomes {@link #hostCallNumber()}. At CPL 0 it makes {@link #run(long)} return
 * {@link CpuExit#HOST_CALL} with EIP already past the instruction; at CPL 3 it raises #UD.
 * {@code 0F 04} was chosen because it is undefined on every x86 generation (it sits between
 * LOADALL's {@code 0F 05} on the 286 and {@code 0F 06} CLTS; on today's CPUs it raises #UD),
 * no assembler has a mnemonic for it, so gcc never emits it, and a real CPU running a jpok stub
 * stops there with #UD instead of doing something else. Stubs write it as
 * {@code .byte 0x0f, 0x04; .long N}.
 *
 * <h2>Virtual time</h2>
 * {@link #retired()} counts instructions; each iteration of a {@code rep} string instruction counts
 * as one, so that a long block copy advances the virtual clock in proportion to its work, and
 * so does each exception delivered.
 *
 * <h2>Not modelled</h2>
 * Real and virtual-8086 mode, task switches (task gates, far jumps to a TSS, {@code iret} with
 * NT=1 raise #GP), call gates (#GP), 16-bit interrupt gates (#GP), debug registers beyond TF
 * single-step. The 0x67 prefix is supported for ModRM addressing and string instructions.
 */
public final class I386 implements Cpu {
    static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    static final int ES = 0, CS = 1, SS = 2, DS = 3, FS = 4, GS = 5, LDTR = 6, TR = 7;
    static final int EAX = 0, ECX = 1, EDX = 2, EBX = 3, ESP = 4, EBP = 5, ESI = 6, EDI = 7;

    final CpuBus bus;
    final byte[] ram;
    private final int ramLast1, ramLast2, ramLast4;

    // ---- architectural state ----
    final int[] r = new int[8];
    int eip;
    /** EFLAGS; the status bits are stale while {@link #fop} is not {@link Flags#NONE}. */
    int flags = Flags.FIXED;
    final int[] sel = new int[8];
    final int[] segBase = new int[8];
    final int[] segLimit = new int[8];
    final int[] segAccess = new int[8];
    /** Highest offset end (inclusive) the fast path accepts for reads/writes, or -1 to force the slow check. */
    final long[] rdLim = new long[8];
    final long[] wrLim = new long[8];
    int cr0, cr2, cr3, cr4;
    int gdtBase, gdtLimit, idtBase, idtLimit;
    int cpl;
    boolean halted;
    /** The x87 unit; its state travels in {@link RegisterContext#fpu} as an FXSAVE image. */
    final X87 x87 = new X87();

    // ---- lazy flags ----
    int fop, fa, fb, fr, fsign;
    boolean fcin;

    // ---- execution bookkeeping ----
    /** The EIP that the current instruction continues at; branches write it. */
    int nextEip;
    /** Set by an instruction after which the current block must not continue. */
    boolean breakBlock;
    /** Interrupts are held off for one instruction after sti or a load of SS. */
    boolean shadow;
    CpuExit pendingExit;
    int hostCallNumber;
    long retired;
    /** {@link #retired} when the running block started; plus {@link Insn#pos} gives the exact count. */
    long blockStartRetired;
    long runEnd;
    private volatile boolean exitRequested;
    /** Alignment checking is on (CR0.AM, EFLAGS.AC, CPL 3). */
    boolean alignCheck;
    boolean paging;
    /** Bumped when the linear-to-physical mapping or CS changes, so block links are re-validated. */
    int epoch;

    // ---- decoded code cache ----
    final CodeCache code;
    /** The cache's code-chunk flags, checked on every physical write (see {@link CodeCache}). */
    final boolean[] codeChunk;
    final Decoder decoder = new Decoder(this);

    final Paging mmu = new Paging(this);

    public I386(CpuBus bus) {
        this.bus = bus;
        this.ram = bus.ram();
        this.ramLast1 = ram.length - 1;
        this.ramLast2 = ram.length - 2;
        this.ramLast4 = ram.length - 4;
        this.code = new CodeCache(ram.length);
        this.codeChunk = code.codeChunk;
        reset();
    }

    // =====================================================================================
    // Cpu API
    // =====================================================================================

    @Override
    public void reset() {
        java.util.Arrays.fill(r, 0);
        eip = 0;
        flags = Flags.FIXED;
        fop = Flags.NONE;
        for (int s = 0; s < 6; s++) {
            sel[s] = 0;
            segBase[s] = 0;
            segLimit[s] = -1;
            // flat 32-bit segments: CS execute/read, the others read/write, all present, G=1, D=1
            segAccess[s] = s == CS ? 0xC9B : 0xC93;
        }
        sel[LDTR] = 0;
        segBase[LDTR] = 0;
        segLimit[LDTR] = 0;
        segAccess[LDTR] = 0;
        sel[TR] = 0;
        segBase[TR] = 0;
        segLimit[TR] = 0;
        segAccess[TR] = 0;
        for (int s = 0; s < 8; s++) {
            refreshSegment(s);
        }
        cr0 = 0x11; // PE, ET
        cr2 = cr3 = cr4 = 0;
        gdtBase = gdtLimit = idtBase = 0;
        idtLimit = 0x3FF;
        cpl = 0;
        halted = false;
        shadow = false;
        pendingExit = null;
        x87.init();
        modeChanged();
        code.flush();
    }

    /**
     * Set by port I/O (in, out, ins, outs): a device may have changed INTR, so the block loop
     * samples it again. Nothing else inside {@link #run} can change it (see {@link CpuBus}).
     */
    boolean intrStale;

    /**
     * Set with {@link #breakBlock} by int n and iret: the block loop may continue at the new
     * CS:EIP after the checks of {@link #resumeAfterTransfer}, without a round through {@link #run}.
     */
    boolean transferResumable;

    // ---- host calls served inside run() (see setHostCallHandler) ----
    /** The machine's handler, or null: then a host call makes {@link #run} return {@link CpuExit#HOST_CALL}. */
    IntPredicate hostCallHandler;
    /** Set with {@link #breakBlock} by a host-call instruction when {@link #hostCallHandler} is set. */
    boolean hostCallPending;

    @Override
    public void setHostCallHandler(IntPredicate handler) {
        hostCallHandler = handler;
    }

    /**
     * Serves the host call of the instruction that just retired (EIP past it, {@link #retired} exact) and
     * tells whether the block loop may go on: true when the handler served it, and then the checks of
     * {@link #resumeAfterTransfer} apply as after an iret; false after {@link CpuExit#HOST_CALL} was made
     * the pending exit for a handler that declined.
     */
    private boolean serveHostCall() {
        hostCallPending = false;
        if (!hostCallHandler.test(hostCallNumber)) {
            pendingExit = CpuExit.HOST_CALL;
            return false;
        }
        // the handler may have changed anything a run() boundary re-reads: CS, paging, EFLAGS, the INTR line
        // (resumeAfterTransfer samples it again)
        transferResumable = true;
        return true;
    }

    /** Recently read GDT/LDT descriptors by address, see {@link Segments#read}. */
    final Segments.Desc[] descCache = new Segments.Desc[32];

    /** Set when an interrupt or exception (int n included) went through a gate during the current step. */
    boolean gateEntered;

    @Override
    public CpuExit run(long budget) {
        runEnd = retired + Math.max(0, budget);
        pendingExit = null;
        while (true) {
            if (exitRequested) {
                exitRequested = false;
                return CpuExit.EXIT_REQUESTED;
            }
            if (!shadow && (flags & Flags.IF) != 0 && bus.intr()) {
                halted = false;
                int vector = bus.acknowledge() & 0xFF;
                if (!deliver(vector, CpuFault.NO_ERROR, eip, false, true)) {
                    return CpuExit.SHUTDOWN;
                }
            }
            if (halted) {
                return CpuExit.HALT;
            }
            if (retired >= runEnd) {
                return CpuExit.BUDGET;
            }
            long end = runEnd;
            if (shadow) {
                shadow = false;
                end = retired + 1;
            }
            boolean singleStep = (flags & Flags.TF) != 0;
            if (singleStep) {
                end = retired + 1;
            }
            gateEntered = false;
            try {
                executeBlocks(end);
            } catch (CpuFault f) {
                // a delivered fault counts as one retired instruction, so that a handler that
                // faults again at once (without a triple fault) still ends at the budget
                retired++;
                breakBlock = false;
                transferResumable = false;
                if (!deliver(f.vector, f.error, eip, false, true)) {
                    return CpuExit.SHUTDOWN;
                }
                continue;
            }
            if (pendingExit != null) {
                CpuExit e = pendingExit;
                pendingExit = null;
                return e;
            }
            if (singleStep && !gateEntered && end == retired && !shadow) {
                // single-step trap after an instruction that began with TF set (DR6.BS is not
                // modelled), also when it cleared TF (popf, iret: the host traps after them);
                // an int n enters its handler with TF clear, so it does not trap
                if (!deliver(Vectors.DB, CpuFault.NO_ERROR, eip, false, true)) {
                    return CpuExit.SHUTDOWN;
                }
            }
        }
    }

    /** Runs linked blocks until {@code end}, a block break, or a pending exit. */
    private void executeBlocks(long end) {
        Block b = lookupBlock();
        while (true) {
            runBlock(b, end);
            if (breakBlock) {
                breakBlock = false;
                if (hostCallPending && !serveHostCall()) {
                    return;
                }
                if (!resumeAfterTransfer(end)) {
                    return;
                }
                b = lookupBlock();
                continue;
            }
            if (retired >= end || exitRequested) {
                return;
            }
            int e = eip;
            if (intrStale) {
                // the run loop sampled INTR before the first block; since then only the core's
                // own port I/O can have changed it (devices run on this thread, see CpuBus)
                intrStale = false;
                if ((flags & Flags.IF) != 0 && bus.intr()) {
                    return;
                }
            }
            Block next = b.link0Eip == e ? b.link0 : b.link1Eip == e ? b.link1 : null;
            if (next == null || !next.valid || b.linkEpoch != epoch) {
                next = lookupBlock();
                if (next.valid && b.valid) {
                    if (b.linkEpoch != epoch) {
                        b.linkEpoch = epoch;
                        b.link0 = null;
                        b.link1 = null;
                    }
                    if (b.link0 == null || b.link0Eip == e) {
                        b.link0 = next;
                        b.link0Eip = e;
                    } else {
                        b.link1 = next;
                        b.link1Eip = e;
                    }
                }
            }
            b = next;
        }
    }

    /**
     * After an int n or iret (which set {@link #transferResumable}): whether the block loop may
     * go on at the new CS:EIP instead of returning to {@link #run}. It may when nothing the run
     * loop does between steps applies: no pending exit or exit request, budget left, no
     * single-step or interrupt shadow, and no interrupt pending at IF=1 (then the run loop
     * delivers it, as before).
     */
    private boolean resumeAfterTransfer(long end) {
        if (!transferResumable) {
            return false;
        }
        transferResumable = false;
        if (pendingExit != null || exitRequested || halted || shadow || retired >= end
                || (flags & Flags.TF) != 0) {
            return false;
        }
        return (flags & Flags.IF) == 0 || !bus.intr();
    }

    /**
     * Runs up to {@code end} instructions of a block. Fast-path instructions that cannot branch
     * skip the EIP bookkeeping: EIP is rebuilt from the instruction's block offset when it is
     * needed (a fault, a block break, the end of the block).
     *
     * <p>The fast forms are dispatched by one switch written here rather than in a
     * {@link FastPath} method: a method holding it would be too big for the JIT to inline, and
     * the extra call per instruction costs more than the switch. Each case is one small call or
     * expression; forms that cannot write memory skip the {@link #breakBlock} test.
     */
    private void runBlock(Block b, long end) {
        Insn[] insns = b.insns;
        int n = b.count;
        long room = end - retired;
        if (room < n) {
            n = (int) room;
        }
        int start = eip;
        int k = 0;
        blockStartRetired = retired;
        int[] r = this.r;
        int[] fast = b.fast;
        try {
            for (; k < n; k++) {
                Insn in = insns[k];
                int f = fast[k];
                switch (f) {
                    case FastPath.ALU_RR + Arith.ADD: FastPath.add(this, in.dst, r[in.dst], r[in.src]); continue;
                    case FastPath.ALU_RR + Arith.OR: FastPath.logic(this, in.dst, r[in.dst] | r[in.src]); continue;
                    case FastPath.ALU_RR + Arith.AND: FastPath.logic(this, in.dst, r[in.dst] & r[in.src]); continue;
                    case FastPath.ALU_RR + Arith.SUB: FastPath.sub(this, in.dst, r[in.dst], r[in.src]); continue;
                    case FastPath.ALU_RR + Arith.XOR: FastPath.logic(this, in.dst, r[in.dst] ^ r[in.src]); continue;
                    case FastPath.ALU_RR + Arith.CMP: FastPath.cmp(this, r[in.dst], r[in.src]); continue;
                    case FastPath.ALU_RI + Arith.ADD: FastPath.add(this, in.dst, r[in.dst], in.imm); continue;
                    case FastPath.ALU_RI + Arith.OR: FastPath.logic(this, in.dst, r[in.dst] | in.imm); continue;
                    case FastPath.ALU_RI + Arith.AND: FastPath.logic(this, in.dst, r[in.dst] & in.imm); continue;
                    case FastPath.ALU_RI + Arith.SUB: FastPath.sub(this, in.dst, r[in.dst], in.imm); continue;
                    case FastPath.ALU_RI + Arith.XOR: FastPath.logic(this, in.dst, r[in.dst] ^ in.imm); continue;
                    case FastPath.ALU_RI + Arith.CMP: FastPath.cmp(this, r[in.dst], in.imm); continue;
                    case FastPath.TEST_RR: lazy32(Flags.LOGIC, 0, 0, r[in.dst] & r[in.src]); continue;
                    case FastPath.TEST_RI: lazy32(Flags.LOGIC, 0, 0, r[in.dst] & in.imm); continue;
                    case FastPath.MOV_RR: r[in.dst] = r[in.src]; continue;
                    case FastPath.MOV_RI: r[in.dst] = in.imm; continue;
                    case FastPath.INC: FastPath.inc(this, in); continue;
                    case FastPath.DEC: FastPath.dec(this, in); continue;
                    case FastPath.SHL_RI: FastPath.shl(this, in); continue;
                    case FastPath.SHR_RI: FastPath.shr(this, in); continue;
                    case FastPath.SAR_RI: FastPath.sar(this, in); continue;
                    default:
                        break;
                }
                // Everything but the register forms. Kept out of the switch: the JIT hoists a
                // field load that two cases share above the switch, so every instruction would
                // pay for the loads of the memory and branch forms.
                if (f >= FastPath.MEMORY && f < FastPath.BRANCH) {
                    if (FastPath.memory(this, in)) {
                        // a write hit decoded code
                        k++;
                        eip = start + in.off + in.len;
                        return;
                    }
                    continue;
                }
                if (f == FastPath.JCC) {
                    // a branch ends its block: the loop ends after it (a #GP from the CS
                    // limit check leaves EIP at the jcc through the catch below)
                    int next = start + in.off + in.len;
                    if (cond(in.op & 0xF)) {
                        next = Control.target(this, in, next + in.imm);
                    }
                    eip = next;
                    continue;
                }
                // the other branches and the general forms: EIP exact
                eip = start + in.off;
                nextEip = eip + in.len;
                if (f == FastPath.JMP) {
                    nextEip = Control.target(this, in, nextEip + in.imm);
                } else if (f == FastPath.CALL) {
                    Control.call(this, in);
                } else if (f == FastPath.RET) {
                    Control.ret(this, in);
                } else {
                    Exec.exec(this, in);
                }
                eip = nextEip;
                if (breakBlock) {
                    k++;
                    return;
                }
            }
            if (k > 0) {
                Insn last = insns[k - 1];
                if (last.fast != 0 && last.fast < FastPath.BRANCH) {
                    eip = start + last.off + last.len;
                }
            }
        } catch (CpuFault fault) {
            eip = start + insns[k].off;
            throw fault;
        } finally {
            retired += k;
        }
    }

    /** The block at CS:EIP, from the cache or freshly decoded. */
    private Block lookupBlock() {
        int lin = segBase[CS] + eip;
        int phys = paging ? translate(lin, false, cpl == 3) : lin;
        if (Integer.compareUnsigned(phys, ramLast1) > 0) {
            Block b = decoder.decodeBlock(eip);
            b.valid = false; // executing outside RAM: nothing to cache
            return b;
        }
        Block b = code.get(phys);
        if (b != null && Long.compareUnsigned((eip & 0xFFFFFFFFL) + b.byteLength - 1, segLimit[CS] & 0xFFFFFFFFL) <= 0) {
            return b;
        }
        b = decoder.decodeBlock(eip);
        if (b.valid) {
            code.put(phys, b);
        }
        return b;
    }

    /** A write hit a chunk with decoded code: drop the blocks over it and stop the running block. */
    void codeWritten(int phys) {
        code.written(phys);
        breakBlock = true;
    }

    @Override
    public void invalidateCode(int physicalAddress, int length) {
        code.invalidate(physicalAddress, length);
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
        System.arraycopy(r, 0, into.gpr, 0, 8);
        into.eip = eip;
        into.eflags = eflags();
        System.arraycopy(sel, 0, into.selector, 0, 8);
        System.arraycopy(segBase, 0, into.segBase, 0, 8);
        System.arraycopy(segLimit, 0, into.segLimit, 0, 8);
        System.arraycopy(segAccess, 0, into.segAccess, 0, 8);
        into.cr0 = cr0;
        into.cr2 = cr2;
        into.cr3 = cr3;
        into.cr4 = cr4;
        into.gdtBase = gdtBase;
        into.gdtLimit = gdtLimit;
        into.idtBase = idtBase;
        into.idtLimit = idtLimit;
        into.cpl = cpl;
        into.halted = halted;
        x87.saveFxImage(into.fpu);
    }

    @Override
    public void loadContext(RegisterContext from) {
        System.arraycopy(from.gpr, 0, r, 0, 8);
        eip = from.eip;
        setEflagsRaw(from.eflags);
        System.arraycopy(from.selector, 0, sel, 0, 8);
        System.arraycopy(from.segBase, 0, segBase, 0, 8);
        System.arraycopy(from.segLimit, 0, segLimit, 0, 8);
        System.arraycopy(from.segAccess, 0, segAccess, 0, 8);
        for (int s = 0; s < 8; s++) {
            refreshSegment(s);
        }
        cr0 = from.cr0 | 0x11;
        cr2 = from.cr2;
        cr3 = from.cr3;
        cr4 = from.cr4;
        gdtBase = from.gdtBase;
        gdtLimit = from.gdtLimit;
        idtBase = from.idtBase;
        idtLimit = from.idtLimit;
        cpl = from.cpl & 3;
        halted = from.halted;
        shadow = false;
        x87.loadFxImage(from.fpu);
        flushTlb();
        modeChanged();
    }

    @Override
    public int gpr(int index) {
        return r[index];
    }

    @Override
    public void setGpr(int index, int value) {
        r[index] = value;
    }

    @Override
    public int eip() {
        return eip;
    }

    /** Also leaves the halted state: the caller has sent the core somewhere else. */
    @Override
    public void setEip(int eip) {
        this.eip = eip;
        this.halted = false;
    }

    @Override
    public int eflags() {
        materializeFlags();
        return flags;
    }

    @Override
    public void setEflags(int eflags) {
        setEflagsRaw(eflags);
        modeChanged();
    }

    private void setEflagsRaw(int eflags) {
        fop = Flags.NONE;
        flags = (eflags & Flags.WRITABLE) | Flags.FIXED;
    }

    // =====================================================================================
    // Mode bookkeeping
    // =====================================================================================

    /**
     * Recomputes what depends on CR0, EFLAGS.AC and CPL; called after any of them changes. Writes
     * to CR0, CR3 and CR4 flush the TLB themselves.
     */
    void modeChanged() {
        boolean pg = (cr0 & 0x80000000) != 0;
        if (pg != paging) {
            flushTlb();
        }
        paging = pg;
        alignCheck = (cr0 & 0x40000) != 0 && (flags & Flags.AC) != 0 && cpl == 3;
        epoch++;
    }

    void flushTlb() {
        mmu.flush();
        epoch++;
    }

    void flushTlbPage(int lin) {
        mmu.flushPage(lin);
        epoch++;
    }

    /** Recomputes the fast-path limits of a segment register from its descriptor cache. */
    void refreshSegment(int s) {
        rdLim[s] = readLimit(segAccess[s], segLimit[s]);
        wrLim[s] = writeLimit(segAccess[s], segLimit[s]);
    }

    /** The fast-path read limit of a segment with these access bits and limit, or -1 (see {@link #rdLim}). */
    static long readLimit(int acc, int limit) {
        boolean usable = (acc & 0x80) != 0;
        boolean code = (acc & 0x18) == 0x18;
        boolean data = (acc & 0x18) == 0x10;
        boolean expandDown = data && (acc & 4) != 0;
        boolean readable = data || (code && (acc & 2) != 0);
        return usable && readable && !expandDown ? limit & 0xFFFFFFFFL : -1;
    }

    /** The fast-path write limit of a segment with these access bits and limit, or -1 (see {@link #wrLim}). */
    static long writeLimit(int acc, int limit) {
        boolean usable = (acc & 0x80) != 0;
        boolean data = (acc & 0x18) == 0x10;
        boolean expandDown = data && (acc & 4) != 0;
        boolean writable = data && (acc & 2) != 0;
        return usable && writable && !expandDown ? limit & 0xFFFFFFFFL : -1;
    }

    // =====================================================================================
    // Lazy flags
    // =====================================================================================

    /** Records an arithmetic result; the status flags are derived on demand. */
    void lazy(int op, int a, int b, int res, int size) {
        int m = Flags.mask(size);
        fop = op;
        fa = a & m;
        fb = b & m;
        fr = res & m;
        fsign = Flags.sign(size);
    }

    void materializeFlags() {
        if (fop != Flags.NONE) {
            int f = flags & ~Flags.ARITH;
            if (cf()) {
                f |= Flags.CF;
            }
            f |= Flags.parity(fr);
            f |= af();
            if (fr == 0) {
                f |= Flags.ZF;
            }
            if ((fr & fsign) != 0) {
                f |= Flags.SF;
            }
            if (of()) {
                f |= Flags.OF;
            }
            flags = f;
            fop = Flags.NONE;
        }
    }

    /** Replaces the status flags given in {@code mask} with {@code bits}; the others stay. */
    void setStatus(int mask, int bits) {
        if (mask == Flags.ARITH) {
            fop = Flags.NONE; // every lazy flag is replaced: nothing to fold in
        } else {
            materializeFlags();
        }
        flags = (flags & ~mask) | (bits & mask);
    }

    /** {@link #lazy} for 32-bit operands, without masking. */
    void lazy32(int op, int a, int b, int res) {
        fop = op;
        fa = a;
        fb = b;
        fr = res;
        fsign = 0x80000000;
    }

    boolean cf() {
        switch (fop) {
            case Flags.ADD:
                return Integer.compareUnsigned(fr, fa) < 0;
            case Flags.ADC:
                return fcin ? Integer.compareUnsigned(fr, fa) <= 0 : Integer.compareUnsigned(fr, fa) < 0;
            case Flags.SUB:
                return Integer.compareUnsigned(fa, fb) < 0;
            case Flags.SBB:
                return fcin ? Integer.compareUnsigned(fa, fb) <= 0 : Integer.compareUnsigned(fa, fb) < 0;
            case Flags.LOGIC:
                return false;
            case Flags.SHL:
                return fb <= shiftBits() && ((fa >>> (shiftBits() - fb)) & 1) != 0;
            case Flags.SHR:
                return ((fa >>> (fb - 1)) & 1) != 0;
            case Flags.SAR:
                return ((signed(fa) >> (fb - 1)) & 1) != 0;
            default: // NONE, INC, DEC keep CF in the flags word
                return (flags & Flags.CF) != 0;
        }
    }

    boolean zf() {
        return fop == Flags.NONE ? (flags & Flags.ZF) != 0 : fr == 0;
    }

    boolean sf() {
        return fop == Flags.NONE ? (flags & Flags.SF) != 0 : (fr & fsign) != 0;
    }

    boolean pf() {
        return fop == Flags.NONE ? (flags & Flags.PF) != 0 : Flags.parity(fr) != 0;
    }

    boolean of() {
        switch (fop) {
            case Flags.ADD:
            case Flags.ADC:
            case Flags.INC:
                return ((fa ^ fr) & (fb ^ fr) & fsign) != 0;
            case Flags.SUB:
            case Flags.SBB:
            case Flags.DEC:
                return ((fa ^ fb) & (fa ^ fr) & fsign) != 0;
            case Flags.LOGIC:
            case Flags.SAR:
                return false;
            case Flags.SHL:
                return ((fr & fsign) != 0) != cf();
            case Flags.SHR:
                return ((fa ^ fr) & fsign) != 0;
            default:
                return (flags & Flags.OF) != 0;
        }
    }

    private int af() {
        // AF after logic ops and shifts is undefined in the SDM; we clear it (see Shift).
        return fop >= Flags.LOGIC && fop != Flags.INC && fop != Flags.DEC ? 0 : (fa ^ fb ^ fr) & Flags.AF;
    }

    /** Operand width in bits of the lazy shift, from its sign mask. */
    private int shiftBits() {
        return Integer.numberOfTrailingZeros(fsign) + 1;
    }

    /** The lazy operand {@code v} sign-extended from the operand width. */
    private int signed(int v) {
        int sh = 32 - shiftBits();
        return (v << sh) >> sh;
    }

    /** Evaluates condition code {@code cc} (0..15, the low nibble of Jcc/SETcc/CMOVcc). */
    boolean cond(int cc) {
        boolean v;
        if (fop == Flags.SUB && fsign == 0x80000000) {
            switch (cc >> 1) {
                case 1: v = Integer.compareUnsigned(fa, fb) < 0; break;
                case 2: v = fa == fb; break;
                case 3: v = Integer.compareUnsigned(fa, fb) <= 0; break;
                case 6: v = fa < fb; break;
                case 7: v = fa <= fb; break;
                default: v = condSlow(cc >> 1);
            }
        } else {
            v = condSlow(cc >> 1);
        }
        return v ^ ((cc & 1) != 0);
    }

    private boolean condSlow(int c) {
        switch (c) {
            case 0: return of();
            case 1: return cf();
            case 2: return zf();
            case 3: return cf() || zf();
            case 4: return sf();
            case 5: return pf();
            case 6: return sf() != of();
            default: return zf() || sf() != of();
        }
    }

    // =====================================================================================
    // Registers
    // =====================================================================================

    int reg8(int i) {
        return i < 4 ? r[i] & 0xFF : (r[i - 4] >>> 8) & 0xFF;
    }

    void setReg8(int i, int v) {
        if (i < 4) {
            r[i] = (r[i] & ~0xFF) | (v & 0xFF);
        } else {
            r[i - 4] = (r[i - 4] & ~0xFF00) | ((v & 0xFF) << 8);
        }
    }

    int reg(int i, int size) {
        return size == 4 ? r[i] : size == 2 ? r[i] & 0xFFFF : reg8(i);
    }

    void setReg(int i, int size, int v) {
        if (size == 4) {
            r[i] = v;
        } else if (size == 2) {
            r[i] = (r[i] & 0xFFFF0000) | (v & 0xFFFF);
        } else {
            setReg8(i, v);
        }
    }

    // =====================================================================================
    // Operands of a decoded instruction
    // =====================================================================================

    /** The effective (offset) address of the memory operand. */
    int ea(Insn in) {
        int a = in.disp;
        if (in.base >= 0) {
            a += r[in.base];
        }
        if (in.index >= 0) {
            a += r[in.index] << in.scale;
        }
        return in.a16 ? a & 0xFFFF : a;
    }

    /** Reads the r/m operand at the instruction's operand size. */
    int readE(Insn in) {
        return in.mem ? read(in.seg, ea(in), in.size) : reg(in.rm, in.size);
    }

    /** Reads a 16-bit r/m operand whatever the operand size (selectors, lmsw). */
    int readE16(Insn in) {
        return in.mem ? read16(in.seg, ea(in)) : r[in.rm] & 0xFFFF;
    }

    void writeE(Insn in, int v) {
        if (in.mem) {
            write(in.seg, ea(in), in.size, v);
        } else {
            setReg(in.rm, in.size, v);
        }
    }

    // =====================================================================================
    // Segmented memory access
    // =====================================================================================

    int read(int s, int off, int size) {
        return size == 4 ? read32(s, off) : size == 2 ? read16(s, off) : read8(s, off);
    }

    void write(int s, int off, int size, int v) {
        if (size == 4) {
            write32(s, off, v);
        } else if (size == 2) {
            write16(s, off, v);
        } else {
            write8(s, off, v);
        }
    }

    int read8(int s, int off) {
        if ((off & 0xFFFFFFFFL) > rdLim[s]) {
            segCheck(s, off, 1, false);
        }
        return lread8(segBase[s] + off);
    }

    int read16(int s, int off) {
        if ((off & 0xFFFFFFFFL) + 1 > rdLim[s]) {
            segCheck(s, off, 2, false);
        }
        int lin = segBase[s] + off;
        if (alignCheck && (lin & 1) != 0) {
            throw new CpuFault(Vectors.AC, 0);
        }
        return lread16(lin);
    }

    int read32(int s, int off) {
        if ((off & 0xFFFFFFFFL) + 3 > rdLim[s]) {
            segCheck(s, off, 4, false);
        }
        int lin = segBase[s] + off;
        if (alignCheck && (lin & 3) != 0) {
            throw new CpuFault(Vectors.AC, 0);
        }
        return lread32(lin);
    }

    void write8(int s, int off, int v) {
        if ((off & 0xFFFFFFFFL) > wrLim[s]) {
            segCheck(s, off, 1, true);
        }
        lwrite8(segBase[s] + off, v);
    }

    void write16(int s, int off, int v) {
        if ((off & 0xFFFFFFFFL) + 1 > wrLim[s]) {
            segCheck(s, off, 2, true);
        }
        int lin = segBase[s] + off;
        if (alignCheck && (lin & 1) != 0) {
            throw new CpuFault(Vectors.AC, 0);
        }
        lwrite16(lin, v);
    }

    void write32(int s, int off, int v) {
        if ((off & 0xFFFFFFFFL) + 3 > wrLim[s]) {
            segCheck(s, off, 4, true);
        }
        int lin = segBase[s] + off;
        if (alignCheck && (lin & 3) != 0) {
            throw new CpuFault(Vectors.AC, 0);
        }
        lwrite32(lin, v);
    }

    /** Checks that a write would pass the segment checks, without writing (for read-modify-write ops). */
    void checkWritable(int s, int off, int size) {
        if ((off & 0xFFFFFFFFL) + size - 1 > wrLim[s]) {
            segCheck(s, off, size, true);
        }
    }

    /**
     * The full segment check: usability, type (read on execute-only code, write on read-only
     * data or code) and limit, including expand-down segments. Throws #SS(0) for SS, else #GP(0).
     */
    void segCheck(int s, int off, int size, boolean write) {
        int acc = segAccess[s];
        int vector = s == SS ? Vectors.SS : Vectors.GP;
        if ((acc & 0x80) == 0 || (acc & 0x10) == 0) {
            throw new CpuFault(vector, 0);
        }
        boolean code = (acc & 0x08) != 0;
        if (write ? (code || (acc & 2) == 0) : (code && (acc & 2) == 0)) {
            throw new CpuFault(vector, 0);
        }
        long o = off & 0xFFFFFFFFL;
        long end = o + size - 1;
        long lim = segLimit[s] & 0xFFFFFFFFL;
        if (!code && (acc & 4) != 0) {
            long upper = (segAccess[s] & 0x400) != 0 ? 0xFFFFFFFFL : 0xFFFFL;
            if (o <= lim || end > upper) {
                throw new CpuFault(vector, 0);
            }
        } else if (end > lim) {
            throw new CpuFault(vector, 0);
        }
    }

    // =====================================================================================
    // Linear memory (paging) and physical RAM
    // =====================================================================================

    int lread8(int lin) {
        return pread8(paging ? translate(lin, false, cpl == 3) : lin);
    }

    int lread16(int lin) {
        if (paging) {
            if ((lin & 0xFFF) == 0xFFF) {
                return lread8(lin) | (lread8(lin + 1) << 8);
            }
            lin = translate(lin, false, cpl == 3);
        }
        return pread16(lin);
    }

    int lread32(int lin) {
        if (paging) {
            if ((lin & 0xFFF) > 0xFFC) {
                return lread16(lin) | (lread16(lin + 2) << 16);
            }
            lin = translate(lin, false, cpl == 3);
        }
        return pread32(lin);
    }

    void lwrite8(int lin, int v) {
        pwrite8(paging ? translate(lin, true, cpl == 3) : lin, v);
    }

    void lwrite16(int lin, int v) {
        if (paging) {
            if ((lin & 0xFFF) == 0xFFF) {
                int p0 = translate(lin, true, cpl == 3);
                int p1 = translate(lin + 1, true, cpl == 3);
                pwrite8(p0, v);
                pwrite8(p1, v >>> 8);
                return;
            }
            lin = translate(lin, true, cpl == 3);
        }
        pwrite16(lin, v);
    }

    void lwrite32(int lin, int v) {
        if (paging) {
            if ((lin & 0xFFF) > 0xFFC) {
                // translate every byte first so that a #PF leaves memory untouched
                int[] p = new int[4];
                for (int i = 0; i < 4; i++) {
                    p[i] = translate(lin + i, true, cpl == 3);
                }
                for (int i = 0; i < 4; i++) {
                    pwrite8(p[i], v >>> (8 * i));
                }
                return;
            }
            lin = translate(lin, true, cpl == 3);
        }
        pwrite32(lin, v);
    }

    /** Supervisor-mode linear reads and writes: descriptor tables, the TSS, gate stack frames. */
    int sread32(int lin) {
        if (paging) {
            if ((lin & 0xFFF) > 0xFFC) {
                return sread8(lin) | sread8(lin + 1) << 8 | sread8(lin + 2) << 16 | sread8(lin + 3) << 24;
            }
            lin = translate(lin, false, false);
        }
        return pread32(lin);
    }

    /**
     * Supervisor read of the 8-byte entry at {@code lin} (a descriptor or gate) as
     * lo | hi << 32. Within one page it translates once; the faults are those of reading the
     * low dword and then the high dword.
     */
    long sread64(int lin) {
        int p = lin;
        if (paging) {
            if ((lin & 0xFFF) > 0xFF8) {
                int lo = sread32(lin);
                return (lo & 0xFFFFFFFFL) | ((long) sread32(lin + 4) << 32);
            }
            p = translate(lin, false, false);
        }
        return (pread32(p) & 0xFFFFFFFFL) | ((long) pread32(p + 4) << 32);
    }

    int sread8(int lin) {
        return pread8(paging ? translate(lin, false, false) : lin);
    }

    int sread16(int lin) {
        if (!paging) {
            return pread16(lin);
        }
        if ((lin & 0xFFF) != 0xFFF) {
            return pread16(translate(lin, false, false));
        }
        return sread8(lin) | (sread8(lin + 1) << 8);
    }

    void swrite8(int lin, int v) {
        pwrite8(paging ? translate(lin, true, false) : lin, v);
    }

    int pread8(int p) {
        return Integer.compareUnsigned(p, ramLast1) <= 0 ? ram[p] & 0xFF : 0xFF;
    }

    int pread16(int p) {
        if (Integer.compareUnsigned(p, ramLast2) <= 0) {
            return (short) I16.get(ram, p) & 0xFFFF;
        }
        return pread8(p) | (pread8(p + 1) << 8);
    }

    int pread32(int p) {
        if (Integer.compareUnsigned(p, ramLast4) <= 0) {
            return (int) I32.get(ram, p);
        }
        return pread16(p) | (pread16(p + 2) << 16);
    }

    void pwrite8(int p, int v) {
        if (Integer.compareUnsigned(p, ramLast1) <= 0) {
            ram[p] = (byte) v;
            if (codeChunk[p >>> CodeCache.CHUNK_SHIFT]) {
                codeWritten(p);
            }
        }
    }

    void pwrite16(int p, int v) {
        if (Integer.compareUnsigned(p, ramLast2) <= 0) {
            I16.set(ram, p, (short) v);
            if (codeChunk[p >>> CodeCache.CHUNK_SHIFT] | codeChunk[(p + 1) >>> CodeCache.CHUNK_SHIFT]) {
                codeWritten(p);
                codeWritten(p + 1);
            }
        } else {
            pwrite8(p, v);
            pwrite8(p + 1, v >>> 8);
        }
    }

    void pwrite32(int p, int v) {
        if (Integer.compareUnsigned(p, ramLast4) <= 0) {
            I32.set(ram, p, v);
            if (codeChunk[p >>> CodeCache.CHUNK_SHIFT] | codeChunk[(p + 3) >>> CodeCache.CHUNK_SHIFT]) {
                codeWritten(p);
                codeWritten(p + 3);
            }
        } else {
            pwrite16(p, v);
            pwrite16(p + 2, v >>> 16);
        }
    }

    /** Linear to physical for an access at the given privilege; see {@link Paging}. */
    int translate(int lin, boolean write, boolean user) {
        return mmu.translate(lin, write, user);
    }

    // =====================================================================================
    // Stack
    // =====================================================================================

    /** Whether SS is a 32-bit stack (its descriptor's B bit). */
    boolean stack32() {
        return (segAccess[SS] & 0x400) != 0;
    }

    int sp() {
        return stack32() ? r[ESP] : r[ESP] & 0xFFFF;
    }

    void setSp(int v) {
        if (stack32()) {
            r[ESP] = v;
        } else {
            r[ESP] = (r[ESP] & 0xFFFF0000) | (v & 0xFFFF);
        }
    }

    void push32(int v) {
        int sp = sp() - 4;
        write32(SS, stack32() ? sp : sp & 0xFFFF, v);
        setSp(sp);
    }

    void push16(int v) {
        int sp = sp() - 2;
        write16(SS, stack32() ? sp : sp & 0xFFFF, v);
        setSp(sp);
    }

    void push(int size, int v) {
        if (size == 2) {
            push16(v);
        } else {
            push32(v);
        }
    }

    int pop32() {
        int sp = sp();
        int v = read32(SS, sp);
        setSp(sp + 4);
        return v;
    }

    int pop16() {
        int sp = sp();
        int v = read16(SS, sp);
        setSp(sp + 2);
        return v;
    }

    int pop(int size) {
        return size == 2 ? pop16() : pop32();
    }

    /** Reads the stack at ESP + {@code delta} without popping. */
    int peek(int size, int delta) {
        int a = sp() + delta;
        return read(SS, stack32() ? a : a & 0xFFFF, size);
    }

    // =====================================================================================
    // Exceptions and interrupts
    // =====================================================================================

    /**
     * Delivers an interrupt or exception, escalating to #DF and to shutdown as the SDM says.
     * Returns false on a triple fault.
     */
    boolean deliver(int vector, int error, int returnEip, boolean software, boolean external) {
        while (true) {
            try {
                Interrupts.deliver(this, vector, error, returnEip, software, external);
                halted = false;
                return true;
            } catch (CpuFault g) {
                if (vector == Vectors.DF) {
                    pendingExit = null;
                    halted = true;
                    return false;
                }
                if (Vectors.makesDoubleFault(vector, g.vector)) {
                    vector = Vectors.DF;
                    error = 0;
                } else {
                    vector = g.vector;
                    error = g.error;
                }
                software = false;
                external = true;
            }
        }
    }

    /** Instructions retired before {@code in}, exact even in the middle of a block. */
    long retiredBefore(Insn in) {
        return blockStartRetired + in.pos;
    }

    /** Ends the current block and makes {@link #run(long)} return {@code exit}. */
    void exitWith(CpuExit exit) {
        pendingExit = exit;
        breakBlock = true;
    }

    @Override
    public String toString() {
        RegisterContext c = new RegisterContext();
        saveContext(c);
        return c.toString();
    }
}
