package org.jpok.cpu;

/**
 * Stack instructions: push/pop of registers, memory, immediates and segment registers, pusha,
 * popa, enter and leave. Each computes its memory traffic before committing ESP, so a fault
 * restarts the instruction from the original state.
 */
final class StackOps {
    private StackOps() {
    }

    private static int stackSize(Insn in) {
        return in.o16 ? 2 : 4;
    }

    static void pushReg(I386 c, Insn in, int reg) {
        if (in.o16) {
            c.push16(c.r[reg]);
        } else {
            c.push32(c.r[reg]);
        }
    }

    static void popReg(I386 c, Insn in, int reg) {
        int v = c.pop(stackSize(in));
        c.setReg(reg, stackSize(in), v);
    }

    static void pushImm(I386 c, Insn in) {
        c.push(stackSize(in), in.imm);
    }

    /** FF /6. */
    static void pushE(I386 c, Insn in) {
        c.push(in.size, c.readE(in));
    }

    /** 8F /0: ESP is incremented before the destination address is computed. */
    static void popE(I386 c, Insn in) {
        int size = in.size;
        int v = c.peek(size, 0);
        if (!in.mem) {
            c.setSp(c.sp() + size);
            c.setReg(in.rm, size, v);
            return;
        }
        int oldEsp = c.r[I386.ESP];
        c.setSp(c.sp() + size);
        try {
            c.write(in.seg, c.ea(in), size, v);
        } catch (CpuFault f) {
            c.r[I386.ESP] = oldEsp;
            throw f;
        }
    }

    /**
     * Pushes a segment register. With a 32-bit operand the stack pointer moves by 4 but only
     * the low word is written, as current Intel and AMD processors do.
     */
    static void pushSeg(I386 c, Insn in, int s) {
        int size = stackSize(in);
        int sp = c.sp() - size;
        c.write16(I386.SS, c.stack32() ? sp : sp & 0xFFFF, c.sel[s]);
        c.setSp(sp);
    }

    static void popSeg(I386 c, Insn in, int s) {
        int size = stackSize(in);
        int v = c.peek(size, 0) & 0xFFFF;
        Segments.load(c, s, v);
        c.setSp(c.sp() + size);
        if (s == I386.SS) {
            c.shadow = true;
            c.breakBlock = true;
        }
    }

    static void pusha(I386 c, Insn in) {
        int size = stackSize(in);
        int sp = c.sp();
        boolean s32 = c.stack32();
        if (size == 4 && s32 && !c.alignCheck && Integer.compareUnsigned(sp, 32) >= 0
                && ((sp - 1) & 0xFFFFFFFFL) <= c.wrLim[I386.SS]) {
            int lin = c.segBase[I386.SS] + sp - 32;
            if ((lin & 0xFFF) <= 0xFE0) {
                // the eight slots pass the segment checks and share one page: one translation, that of the
                // first write (EAX's slot), so a #PF has the same CR2 and error code, and the same writes
                int p = c.paging ? c.translate(lin + 28, true, c.cpl == 3) : lin + 28;
                for (int i = 0; i < 8; i++) {
                    c.pwrite32(p - 4 * i, c.r[i]);
                }
                c.r[I386.ESP] = sp - 32;
                return;
            }
        }
        for (int i = 0; i < 8; i++) {
            int a = sp - size * (i + 1);
            c.write(I386.SS, s32 ? a : a & 0xFFFF, size, c.r[i]);
        }
        c.setSp(sp - 8 * size);
    }

    /** 61: pops EDI, ESI, EBP, (skips ESP), EBX, EDX, ECX, EAX; all reads happen before any write. */
    static void popa(I386 c, Insn in) {
        int size = stackSize(in);
        if (size == 4 && c.stack32() && !c.alignCheck) {
            int sp = c.r[I386.ESP];
            if ((sp & 0xFFFFFFFFL) + 31 <= c.rdLim[I386.SS]) {
                int lin = c.segBase[I386.SS] + sp;
                if ((lin & 0xFFF) <= 0xFE0) {
                    // as pusha: the eight reads pass the segment checks and share one page
                    int p = c.paging ? c.translate(lin, false, c.cpl == 3) : lin;
                    int[] r = c.r;
                    int edi = c.pread32(p);
                    int esi = c.pread32(p + 4);
                    int ebp = c.pread32(p + 8);
                    int ebx = c.pread32(p + 16);
                    int edx = c.pread32(p + 20);
                    int ecx = c.pread32(p + 24);
                    int eax = c.pread32(p + 28);
                    r[I386.EDI] = edi;
                    r[I386.ESI] = esi;
                    r[I386.EBP] = ebp;
                    r[I386.EBX] = ebx;
                    r[I386.EDX] = edx;
                    r[I386.ECX] = ecx;
                    r[I386.EAX] = eax;
                    r[I386.ESP] = sp + 32;
                    return;
                }
            }
        }
        int edi = c.peek(size, 0);
        int esi = c.peek(size, size);
        int ebp = c.peek(size, 2 * size);
        c.peek(size, 3 * size); // the skipped ESP slot is still read (and checked)
        int ebx = c.peek(size, 4 * size);
        int edx = c.peek(size, 5 * size);
        int ecx = c.peek(size, 6 * size);
        int eax = c.peek(size, 7 * size);
        c.setReg(I386.EDI, size, edi);
        c.setReg(I386.ESI, size, esi);
        c.setReg(I386.EBP, size, ebp);
        c.setReg(I386.EBX, size, ebx);
        c.setReg(I386.EDX, size, edx);
        c.setReg(I386.ECX, size, ecx);
        c.setReg(I386.EAX, size, eax);
        c.setSp(c.sp() + 8 * size);
    }

    /** C8: enter imm16, imm8 (nesting level taken modulo 32). */
    static void enter(I386 c, Insn in) {
        int size = stackSize(in);
        int level = in.imm2 & 0x1F;
        boolean s32 = c.stack32();
        int sp = c.sp();
        int bp = c.r[I386.EBP];
        sp -= size;
        c.write(I386.SS, s32 ? sp : sp & 0xFFFF, size, bp);
        int frame = sp;
        for (int i = 1; i < level; i++) {
            bp -= size;
            int v = c.read(I386.SS, s32 ? bp : bp & 0xFFFF, size);
            sp -= size;
            c.write(I386.SS, s32 ? sp : sp & 0xFFFF, size, v);
        }
        if (level > 0) {
            sp -= size;
            c.write(I386.SS, s32 ? sp : sp & 0xFFFF, size, frame);
        }
        sp -= in.imm & 0xFFFF;
        // the new stack top must be writable too (SDM: #SS if ESP would exceed the limit)
        c.checkWritable(I386.SS, s32 ? sp : sp & 0xFFFF, 1);
        c.setReg(I386.EBP, size, frame);
        c.setSp(sp);
    }

    /** C9: ESP = EBP, then pop EBP. */
    static void leave(I386 c, Insn in) {
        int size = stackSize(in);
        boolean s32 = c.stack32();
        int bp = s32 ? c.r[I386.EBP] : c.r[I386.EBP] & 0xFFFF;
        int v = c.read(I386.SS, bp, size);
        c.setSp(bp + size);
        c.setReg(I386.EBP, size, v);
    }
}
