package org.jpok.cpu;

/**
 * Integer arithmetic: the eight-way ALU group (add or adc sbb and sub xor cmp), inc/dec, neg,
 * mul/imul/div/idiv, sign extensions, cmpxchg, xadd and cmpxchg8b.
 *
 * <p>Read-modify-write forms compute the result, write it, and only then record flags, so a
 * faulting write leaves the flags as they were and the instruction restarts cleanly.
 */
final class Arith {
    static final int ADD = 0, OR = 1, ADC = 2, SBB = 3, AND = 4, SUB = 5, XOR = 6, CMP = 7;

    private Arith() {
    }

    static int compute(int op, int a, int b, int cin) {
        switch (op) {
            case ADD: return a + b;
            case OR: return a | b;
            case ADC: return a + b + cin;
            case SBB: return a - b - cin;
            case AND: return a & b;
            case XOR: return a ^ b;
            default: return a - b; // SUB, CMP
        }
    }

    static void flags(I386 c, int op, int a, int b, int r, int size, int cin) {
        switch (op) {
            case ADD: c.lazy(Flags.ADD, a, b, r, size); break;
            case ADC: c.lazy(Flags.ADC, a, b, r, size); c.fcin = cin != 0; break;
            case SBB: c.lazy(Flags.SBB, a, b, r, size); c.fcin = cin != 0; break;
            case SUB: case CMP: c.lazy(Flags.SUB, a, b, r, size); break;
            default: Logic.flags(c, r, size);
        }
    }

    /** One ALU operation with the destination read, written (unless cmp) and flags recorded. */
    private static void apply(I386 c, Insn in, int op, boolean toE, int src) {
        int size = in.size;
        int cin = (op == ADC || op == SBB) && c.cf() ? 1 : 0;
        if (!toE) {
            int a = c.reg(in.reg, size);
            int r = compute(op, a, src, cin);
            if (op != CMP) {
                c.setReg(in.reg, size, r);
            }
            flags(c, op, a, src, r, size, cin);
        } else if (!in.mem) {
            int a = c.reg(in.rm, size);
            int r = compute(op, a, src, cin);
            if (op != CMP) {
                c.setReg(in.rm, size, r);
            }
            flags(c, op, a, src, r, size, cin);
        } else {
            int off = c.ea(in);
            if (op != CMP) {
                c.checkWritable(in.seg, off, size);
            }
            int a = c.read(in.seg, off, size);
            int r = compute(op, a, src, cin);
            if (op != CMP) {
                c.write(in.seg, off, size, r);
            }
            flags(c, op, a, src, r, size, cin);
        }
    }

    /** Opcodes 00-3D: forms Eb,Gb / Ev,Gv / Gb,Eb / Gv,Ev / AL,Ib / eAX,Iz. */
    static void alu(I386 c, Insn in) {
        int op = (in.op >> 3) & 7;
        switch (in.op & 7) {
            case 0:
            case 1:
                if (!in.mem && in.size == 4) {
                    // register fast path: the common 32-bit reg,reg form
                    int a = c.r[in.rm];
                    int b = c.r[in.reg];
                    int cin = (op == ADC || op == SBB) && c.cf() ? 1 : 0;
                    int r = compute(op, a, b, cin);
                    if (op != CMP) {
                        c.r[in.rm] = r;
                    }
                    flags(c, op, a, b, r, 4, cin);
                    return;
                }
                apply(c, in, op, true, c.reg(in.reg, in.size));
                return;
            case 2:
            case 3:
                apply(c, in, op, false, c.readE(in));
                return;
            default: {
                int size = in.size;
                int cin = (op == ADC || op == SBB) && c.cf() ? 1 : 0;
                int a = c.reg(0, size);
                int r = compute(op, a, in.imm, cin);
                if (op != CMP) {
                    c.setReg(0, size, r);
                }
                flags(c, op, a, in.imm, r, size, cin);
            }
        }
    }

    /** 80-83: ALU group with an immediate. */
    static void aluImm(I386 c, Insn in) {
        apply(c, in, in.reg, true, in.imm);
    }

    static void incReg(I386 c, Insn in, int reg) {
        int a = c.reg(reg, in.size);
        int r = a + 1;
        c.setReg(reg, in.size, r);
        incDecFlags(c, Flags.INC, a, r, in.size);
    }

    static void decReg(I386 c, Insn in, int reg) {
        int a = c.reg(reg, in.size);
        int r = a - 1;
        c.setReg(reg, in.size, r);
        incDecFlags(c, Flags.DEC, a, r, in.size);
    }

    /** FE/FF /0 and /1. */
    static void incDecE(I386 c, Insn in) {
        int a;
        int r;
        if (in.mem) {
            int off = c.ea(in);
            c.checkWritable(in.seg, off, in.size);
            a = c.read(in.seg, off, in.size);
            r = in.reg == 0 ? a + 1 : a - 1;
            c.write(in.seg, off, in.size, r);
        } else {
            a = c.reg(in.rm, in.size);
            r = in.reg == 0 ? a + 1 : a - 1;
            c.setReg(in.rm, in.size, r);
        }
        incDecFlags(c, in.reg == 0 ? Flags.INC : Flags.DEC, a, r, in.size);
    }

    /** inc/dec keep CF: fold the current CF into the flags word before going lazy. */
    private static void incDecFlags(I386 c, int kind, int a, int r, int size) {
        if (c.fop != Flags.NONE && c.fop != Flags.INC && c.fop != Flags.DEC) {
            boolean cf = c.cf();
            c.flags = (c.flags & ~Flags.CF) | (cf ? Flags.CF : 0);
        }
        c.lazy(kind, a, 1, r, size);
    }

    /** F6/F7: test, not, neg, mul, imul, div, idiv. */
    static void group3(I386 c, Insn in) {
        int size = in.size;
        switch (in.reg) {
            case 0:
            case 1:
                Logic.flags(c, c.readE(in) & in.imm, size);
                return;
            case 2:
                Logic.not(c, in);
                return;
            case 3: {
                int off = 0;
                int a;
                if (in.mem) {
                    off = c.ea(in);
                    c.checkWritable(in.seg, off, size);
                    a = c.read(in.seg, off, size);
                } else {
                    a = c.reg(in.rm, size);
                }
                int r = -a;
                if (in.mem) {
                    c.write(in.seg, off, size, r);
                } else {
                    c.setReg(in.rm, size, r);
                }
                c.lazy(Flags.SUB, 0, a, r, size);
                return;
            }
            case 4:
                mul(c, c.readE(in), size);
                return;
            case 5:
                imul1(c, c.readE(in), size);
                return;
            case 6:
                div(c, c.readE(in), size);
                return;
            default:
                idiv(c, c.readE(in), size);
        }
    }

    /*
     * MUL/IMUL: CF=OF as the SDM says; SF, ZF, AF and PF are undefined. We follow what AMD
     * family 17h+ hosts do: SF, ZF and PF from the low half of the result, AF cleared.
     */
    private static void mulFlags(I386 c, boolean overflow, int low, int size) {
        int f = (overflow ? Flags.CF | Flags.OF : 0) | Flags.parity(low);
        int m = Flags.mask(size);
        if ((low & m) == 0) {
            f |= Flags.ZF;
        }
        if ((low & Flags.sign(size)) != 0) {
            f |= Flags.SF;
        }
        c.setStatus(Flags.ARITH, f);
    }

    private static void mul(I386 c, int src, int size) {
        int[] r = c.r;
        if (size == 1) {
            int p = (r[0] & 0xFF) * (src & 0xFF);
            r[0] = (r[0] & ~0xFFFF) | (p & 0xFFFF);
            mulFlags(c, (p & 0xFF00) != 0, p, 1);
        } else if (size == 2) {
            int p = (r[0] & 0xFFFF) * (src & 0xFFFF);
            c.setReg(0, 2, p);
            c.setReg(2, 2, p >>> 16);
            mulFlags(c, (p >>> 16) != 0, p, 2);
        } else {
            long p = (r[0] & 0xFFFFFFFFL) * (src & 0xFFFFFFFFL);
            r[0] = (int) p;
            r[2] = (int) (p >>> 32);
            mulFlags(c, (p >>> 32) != 0, (int) p, 4);
        }
    }

    private static void imul1(I386 c, int src, int size) {
        int[] r = c.r;
        if (size == 1) {
            int p = (byte) r[0] * (byte) src;
            r[0] = (r[0] & ~0xFFFF) | (p & 0xFFFF);
            mulFlags(c, p != (byte) p, p, 1);
        } else if (size == 2) {
            int p = (short) r[0] * (short) src;
            c.setReg(0, 2, p);
            c.setReg(2, 2, p >>> 16);
            mulFlags(c, p != (short) p, p, 2);
        } else {
            long p = (long) r[0] * (long) src;
            r[0] = (int) p;
            r[2] = (int) (p >>> 32);
            mulFlags(c, p != (int) p, (int) p, 4);
        }
    }

    /** 69, 6B (three operands) and 0F AF (two operands): Gv = Ev * imm / Gv * Ev. */
    static void imulReg(I386 c, Insn in) {
        int size = in.size;
        int a = c.readE(in);
        int b = in.op == 0x1AF ? c.reg(in.reg, size) : in.imm;
        long p = (long) Flags.sext(a, size) * (long) Flags.sext(b, size);
        int res = (int) p;
        c.setReg(in.reg, size, res);
        mulFlags(c, p != Flags.sext(res, size), res, size);
    }

    /*
     * DIV/IDIV leave all six status flags undefined. AMD hosts leave them unchanged in
     * practice for the cases we could observe, so we do not touch them.
     */
    private static void div(I386 c, int src, int size) {
        int[] r = c.r;
        if (size == 1) {
            int d = src & 0xFF;
            if (d == 0) {
                throw new CpuFault(Vectors.DE, CpuFault.NO_ERROR);
            }
            int n = r[0] & 0xFFFF;
            int q = n / d;
            if (q > 0xFF) {
                throw new CpuFault(Vectors.DE, CpuFault.NO_ERROR);
            }
            r[0] = (r[0] & ~0xFFFF) | ((n % d) << 8) | q;
        } else if (size == 2) {
            int d = src & 0xFFFF;
            if (d == 0) {
                throw new CpuFault(Vectors.DE, CpuFault.NO_ERROR);
            }
            int n = ((r[2] & 0xFFFF) << 16) | (r[0] & 0xFFFF);
            long nl = n & 0xFFFFFFFFL;
            long q = nl / d;
            if (q > 0xFFFF) {
                throw new CpuFault(Vectors.DE, CpuFault.NO_ERROR);
            }
            c.setReg(0, 2, (int) q);
            c.setReg(2, 2, (int) (nl % d));
        } else {
            long d = src & 0xFFFFFFFFL;
            if (d == 0) {
                throw new CpuFault(Vectors.DE, CpuFault.NO_ERROR);
            }
            long n = ((long) r[2] << 32) | (r[0] & 0xFFFFFFFFL);
            long q = Long.divideUnsigned(n, d);
            if ((q >>> 32) != 0) {
                throw new CpuFault(Vectors.DE, CpuFault.NO_ERROR);
            }
            r[0] = (int) q;
            r[2] = (int) Long.remainderUnsigned(n, d);
        }
    }

    private static void idiv(I386 c, int src, int size) {
        int[] r = c.r;
        if (size == 1) {
            int d = (byte) src;
            if (d == 0) {
                throw new CpuFault(Vectors.DE, CpuFault.NO_ERROR);
            }
            int n = (short) r[0];
            int q = n / d;
            if (q != (byte) q) {
                throw new CpuFault(Vectors.DE, CpuFault.NO_ERROR);
            }
            r[0] = (r[0] & ~0xFFFF) | (((n % d) & 0xFF) << 8) | (q & 0xFF);
        } else if (size == 2) {
            int d = (short) src;
            if (d == 0) {
                throw new CpuFault(Vectors.DE, CpuFault.NO_ERROR);
            }
            int n = (r[2] << 16) | (r[0] & 0xFFFF);
            int q = n / d;
            if (q != (short) q || n == Integer.MIN_VALUE && d == -1) {
                throw new CpuFault(Vectors.DE, CpuFault.NO_ERROR);
            }
            c.setReg(0, 2, q);
            c.setReg(2, 2, n % d);
        } else {
            long d = src;
            if (d == 0) {
                throw new CpuFault(Vectors.DE, CpuFault.NO_ERROR);
            }
            long n = ((long) r[2] << 32) | (r[0] & 0xFFFFFFFFL);
            if (n == Long.MIN_VALUE && d == -1) {
                throw new CpuFault(Vectors.DE, CpuFault.NO_ERROR);
            }
            long q = n / d;
            if (q != (int) q) {
                throw new CpuFault(Vectors.DE, CpuFault.NO_ERROR);
            }
            r[0] = (int) q;
            r[2] = (int) (n % d);
        }
    }

    /** 98: cbw / cwde. */
    static void cbw(I386 c, Insn in) {
        if (in.o16) {
            c.setReg(0, 2, (byte) c.r[0]);
        } else {
            c.r[0] = (short) c.r[0];
        }
    }

    /** 99: cwd / cdq. */
    static void cwd(I386 c, Insn in) {
        if (in.o16) {
            c.setReg(2, 2, ((short) c.r[0]) >> 15);
        } else {
            c.r[2] = c.r[0] >> 31;
        }
    }

    /** 0F B0/B1: compare the accumulator with the destination, then exchange or load. */
    static void cmpxchg(I386 c, Insn in) {
        int size = in.size;
        int acc = c.reg(0, size);
        int src = c.reg(in.reg, size);
        int dest;
        if (in.mem) {
            int off = c.ea(in);
            c.checkWritable(in.seg, off, size);
            dest = c.read(in.seg, off, size);
            // the processor always writes the destination (the old value back if unequal)
            c.write(in.seg, off, size, (dest & Flags.mask(size)) == acc ? src : dest);
        } else {
            dest = c.reg(in.rm, size);
            if ((dest & Flags.mask(size)) == acc) {
                c.setReg(in.rm, size, src);
            }
        }
        if ((dest & Flags.mask(size)) != acc) {
            c.setReg(0, size, dest);
        }
        c.lazy(Flags.SUB, acc, dest, acc - dest, size);
    }

    /** 0F C0/C1: exchange and add. */
    static void xadd(I386 c, Insn in) {
        int size = in.size;
        int src = c.reg(in.reg, size);
        int dest;
        int sum;
        if (in.mem) {
            int off = c.ea(in);
            c.checkWritable(in.seg, off, size);
            dest = c.read(in.seg, off, size);
            sum = dest + src;
            c.write(in.seg, off, size, sum);
            c.setReg(in.reg, size, dest);
        } else {
            dest = c.reg(in.rm, size);
            sum = dest + src;
            c.setReg(in.reg, size, dest);
            c.setReg(in.rm, size, sum);
        }
        c.lazy(Flags.ADD, dest, src, sum, size);
    }

    /** 0F C7 /1: compare EDX:EAX with m64; equal stores ECX:EBX, else loads it. Only ZF changes. */
    static void cmpxchg8b(I386 c, Insn in) {
        int off = c.ea(in);
        c.checkWritable(in.seg, off, 8);
        int lo = c.read32(in.seg, off);
        int hi = c.read32(in.seg, off + 4);
        boolean eq = lo == c.r[0] && hi == c.r[2];
        if (eq) {
            c.write32(in.seg, off, c.r[3]);
            c.write32(in.seg, off + 4, c.r[1]);
        } else {
            c.write32(in.seg, off, lo);
            c.write32(in.seg, off + 4, hi);
            c.r[0] = lo;
            c.r[2] = hi;
        }
        c.setStatus(Flags.ZF, eq ? Flags.ZF : 0);
    }
}
