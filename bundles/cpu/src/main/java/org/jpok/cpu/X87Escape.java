package org.jpok.cpu;

/**
 * The single hook for the x87 unit. Every x87 instruction (escape opcodes D8-DF) and fwait (9B)
 * arrives here. The x87 implementation (package org.jpok.cpu.x87) plugs in by replacing the
 * bodies of {@link #escape} and {@link #fwait}; the FPU state lives in {@link I386#fpu}
 * (FXSAVE layout, saved and restored with the register context).
 *
 * <p>Until then: #NM when CR0.EM or CR0.TS is set (for fwait: TS together with MP), else #UD,
 * which is what a CPU without an FPU does.
 */
final class X87Escape {
    static final int CR0_MP = 2, CR0_EM = 4, CR0_TS = 8;

    private X87Escape() {
    }

    static void escape(I386 c, Insn in) {
        if ((c.cr0 & (CR0_EM | CR0_TS)) != 0) {
            throw new CpuFault(Vectors.NM, CpuFault.NO_ERROR);
        }
        throw Vectors.ud();
    }

    static void fwait(I386 c) {
        if ((c.cr0 & (CR0_MP | CR0_TS)) == (CR0_MP | CR0_TS)) {
            throw new CpuFault(Vectors.NM, CpuFault.NO_ERROR);
        }
        // no FPU state yet, so nothing can be pending: fwait is a no-op
    }
}
