package org.jpok.cpu;

import org.jpok.cpu.x87.X87;

/**
 * The single hook for the x87 unit: escape opcodes D8-DF, fwait (9B) and 0F AE /0 /1 (fxsave,
 * fxrstor) go to the {@link X87} in {@link I386#x87} through a {@link CoreX87Host}, which gives it
 * the core's memory checks, EFLAGS, CR0 and exceptions.
 */
final class X87Escape {

    private X87Escape() {
    }

    static void escape(I386 c, Insn in) {
        int modrm = in.mem ? in.reg << 3 : 0xC0 | in.reg << 3 | in.rm;
        c.x87.execute(in.op, modrm, new CoreX87Host(c, in));
    }

    static void fwait(I386 c) {
        c.x87.fwait(new CoreX87Host(c, null));
    }

    /** 0F AE: /0 fxsave and /1 fxrstor (memory forms, 16-byte aligned); the rest is not modelled. */
    static void group15(I386 c, Insn in) {
        if (!in.mem || in.reg > 1) {
            throw Vectors.ud();
        }
        CoreX87Host host = new CoreX87Host(c, in);
        host.requireAligned16();
        if (in.reg == 0) {
            c.x87.fxsave(host);
        } else {
            c.x87.fxrstor(host);
        }
    }
}
