package org.jpok.cpu.x87;

import org.jpok.cpu.x87.Ext80.Kind;

/**
 * The x87 unit: register stack, status, control and tag words, and the decoder for opcodes
 * D8-DF, FWAIT, FXSAVE and FXRSTOR. The core calls {@link #execute} with the opcode and ModRM byte
 * once it has computed the memory operand's address.
 */
public final class X87 {

    private final long[] mant = new long[8];
    private final int[] se = new int[8];
    /** Bit i set: physical register i is empty. */
    private int emptyMask = 0xFF;
    private int top;
    /** Status word without TOP. */
    private int sw;
    private final X87Env env = new X87Env();
    private int fop, fip, fcs, fdp, fds;
    /** SSE state that FXSAVE carries; kept opaque so that a save and restore are lossless. */
    private int mxcsr = 0x1F80;
    private final byte[] xmm = new byte[128];

    public X87() {
        init();
    }

    // ---- state access -------------------------------------------------------------------------

    public void init() {
        env.cw = 0x037F;
        sw = 0;
        top = 0;
        emptyMask = 0xFF;
        fop = fip = fcs = fdp = fds = 0;
    }

    public int controlWord() {
        return env.cw;
    }

    public void setControlWord(int cw) {
        env.cw = (cw & 0x1F3F) | 0x40;
        updateErrorSummary();
    }

    public int statusWord() {
        return (sw & ~0x3800) | top << 11;
    }

    public void setStatusWord(int v) {
        sw = v & ~0x3800;
        top = (v >> 11) & 7;
    }

    public int top() {
        return top;
    }

    /** The full tag word: two bits per physical register, computed from the contents as the CPU does. */
    public int tagWord() {
        int tw = 0;
        for (int p = 0; p < 8; p++) {
            tw |= tagOf(p) << (2 * p);
        }
        return tw;
    }

    private int tagOf(int p) {
        if ((emptyMask & 1 << p) != 0) {
            return 3;
        }
        return switch (new Ext80(se[p], mant[p]).kind()) {
            case ZERO -> 1;
            case NORMAL -> 0;
            default -> 2;
        };
    }

    public void setTagWord(int tw) {
        emptyMask = 0;
        for (int p = 0; p < 8; p++) {
            if (((tw >> (2 * p)) & 3) == 3) {
                emptyMask |= 1 << p;
            }
        }
    }

    /** ST(i) whatever its tag. */
    public Ext80 st(int i) {
        int p = (top + i) & 7;
        return new Ext80(se[p], mant[p]);
    }

    public boolean isEmpty(int i) {
        return (emptyMask & 1 << ((top + i) & 7)) != 0;
    }

    /** Writes ST(i) and tags it valid. */
    public void setSt(int i, Ext80 v) {
        int p = (top + i) & 7;
        se[p] = v.se();
        mant[p] = v.m();
        emptyMask &= ~(1 << p);
    }

    public void push(Ext80 v) {
        top = (top - 1) & 7;
        setSt(0, v);
    }

    public void pop() {
        emptyMask |= 1 << top;
        top = (top + 1) & 7;
    }

    private void updateErrorSummary() {
        if ((sw & ~env.cw & X87Env.EXCEPTIONS) != 0) {
            sw |= X87Env.ES | X87Env.B;
        } else {
            sw &= ~(X87Env.ES | X87Env.B);
        }
    }

    // ---- instruction entry points --------------------------------------------------------------

    /** FWAIT (9B): #NM only when CR0.MP and TS are both set, then any pending unmasked exception. */
    public void fwait(X87Host host) {
        int cr0 = host.cr0();
        if ((cr0 & (X87Host.CR0_MP | X87Host.CR0_TS)) == (X87Host.CR0_MP | X87Host.CR0_TS)) {
            throw host.fault(X87Host.VECTOR_NM);
        }
        checkPending(host, cr0);
    }

    private void checkPending(X87Host host, int cr0) {
        if ((sw & X87Env.ES) != 0 && (cr0 & X87Host.CR0_NE) != 0) {
            throw host.fault(X87Host.VECTOR_MF);
        }
    }

    private void checkAvailable(X87Host host, int cr0) {
        if ((cr0 & (X87Host.CR0_EM | X87Host.CR0_TS)) != 0) {
            throw host.fault(X87Host.VECTOR_NM);
        }
    }

    /** 0F AE /0: FXSAVE to the memory operand (512 bytes). */
    public void fxsave(X87Host host) {
        checkAvailable(host, host.cr0());
        byte[] image = new byte[512];
        saveFxImage(image);
        for (int i = 0; i < 512; i += 8) {
            host.write(i, 8, X87Images.getLong(image, i));
        }
    }

    /** 0F AE /1: FXRSTOR from the memory operand (512 bytes). */
    public void fxrstor(X87Host host) {
        checkAvailable(host, host.cr0());
        byte[] image = new byte[512];
        for (int i = 0; i < 512; i += 8) {
            X87Images.putLong(image, i, host.read(i, 8));
        }
        loadFxImage(image);
    }

    /** Writes the state in FXSAVE layout (the layout of {@code RegisterContext.fpu}). */
    public void saveFxImage(byte[] image) {
        X87Images.saveFx(this, image);
    }

    /**
     * Loads an FXSAVE image. An all-zero x87 part (control word 0, as in a fresh
     * {@code RegisterContext}) loads as the FNINIT state rather than "every exception unmasked, 24-bit precision".
     */
    public void loadFxImage(byte[] image) {
        boolean blank = true;
        for (int i = 0; i < 160 && blank; i++) {
            blank = image[i] == 0;
        }
        if (blank) {
            init();
            return;
        }
        X87Images.loadFx(this, image);
        updateErrorSummary();
    }

    int[] pointers() {
        return new int[] {fop, fip, fcs, fdp, fds};
    }

    void setPointers(int fop, int fip, int fcs, int fdp, int fds) {
        this.fop = fop & 0x7FF;
        this.fip = fip;
        this.fcs = fcs & 0xFFFF;
        this.fdp = fdp;
        this.fds = fds & 0xFFFF;
    }

    int mxcsr() {
        return mxcsr;
    }

    void setMxcsr(int v) {
        mxcsr = v;
    }

    byte[] xmm() {
        return xmm;
    }

    /**
     * Executes one x87 instruction: {@code opcode} is D8-DF, {@code modrm} its ModRM byte. For memory
     * forms the host resolves displacement 0 to the operand's address.
     */
    public void execute(int opcode, int modrm, X87Host host) {
        int cr0 = host.cr0();
        checkAvailable(host, cr0);
        boolean mem = (modrm & 0xC0) != 0xC0;
        int reg = (modrm >> 3) & 7;
        if (!nonWaiting(opcode, modrm)) {
            checkPending(host, cr0);
        }
        env.raised = 0;
        env.memoryDenormal = false;
        boolean control = isControl(opcode, modrm);
        if (!control) {
            fop = ((opcode & 7) << 8) | modrm;
            fip = host.instructionOffset();
            fcs = host.codeSelector();
            if (mem) {
                fdp = host.operandOffset();
                fds = host.operandSelector();
            }
        }
        X87Exec exec = new X87Exec(this, env, host);
        if (mem) {
            exec.memory(opcode, reg);
        } else {
            exec.register(opcode, modrm);
        }
    }

    /** Instructions that do not check for pending exceptions (the FN- forms). */
    private static boolean nonWaiting(int opcode, int modrm) {
        boolean mem = (modrm & 0xC0) != 0xC0;
        int reg = (modrm >> 3) & 7;
        if (mem) {
            return (opcode == 0xD9 && (reg == 6 || reg == 7)) || (opcode == 0xDD && (reg == 6 || reg == 7));
        }
        return (opcode == 0xDB && (modrm == 0xE2 || modrm == 0xE3 || modrm == 0xE0 || modrm == 0xE1 || modrm == 0xE4))
                || (opcode == 0xDF && modrm == 0xE0);
    }

    /** Control instructions leave the last-instruction pointers alone. */
    private static boolean isControl(int opcode, int modrm) {
        boolean mem = (modrm & 0xC0) != 0xC0;
        int reg = (modrm >> 3) & 7;
        if (mem) {
            return (opcode == 0xD9 && reg >= 4) || (opcode == 0xDD && reg >= 4);
        }
        return (opcode == 0xDB && modrm >= 0xE0 && modrm <= 0xE7) || (opcode == 0xDF && modrm == 0xE0);
    }

    /** Ends an instruction: folds the raised bits into the status word, C1 included. */
    void commit(boolean setC1) {
        int r = env.raised;
        sw |= r & (X87Env.EXCEPTIONS | X87Env.SF);
        if (setC1) {
            sw = (sw & ~X87Env.C1) | (r & X87Env.C1);
        }
        updateErrorSummary();
    }

    void setConditions(int mask, int bits) {
        sw = (sw & ~mask) | (bits & mask);
    }

    void clearExceptions() {
        sw &= ~(X87Env.EXCEPTIONS | X87Env.SF | X87Env.ES | X87Env.B);
    }

    void setTop(int t) {
        top = t & 7;
    }

    Kind kindOf(int i) {
        return st(i).kind();
    }
}
