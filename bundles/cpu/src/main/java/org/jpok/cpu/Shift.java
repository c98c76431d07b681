package org.jpok.cpu;

/**
 * Shifts and rotates (rol ror rcl rcr shl shr sal sar; by 1, by CL, by imm8) and shld/shrd.
 *
 * <p>Undefined flags, following AMD hosts: OF for counts above one uses the one-bit formula on
 * the final result (shl: MSB(result) xor CF; shr: MSB(original xor result); sar: 0; rotates as
 * the SDM's one-bit rule on the result); AF is cleared by shifts. A masked count of zero changes
 * neither the operand nor the flags.
 */
final class Shift {
    private Shift() {
    }

    /** C0/C1 (imm8), D0/D1 (1), D2/D3 (CL). */
    static void group2(I386 c, Insn in) {
        int count;
        if (in.op <= 0xC1) {
            count = in.imm & 0x1F;
        } else if (in.op <= 0xD1) {
            count = 1;
        } else {
            count = c.r[1] & 0x1F;
        }
        int size = in.size;
        if (!in.mem) {
            int a = c.reg(in.rm, size);
            if (count != 0) {
                c.setReg(in.rm, size, shift(c, in.reg, a, count, size));
            }
            return;
        }
        int off = c.ea(in);
        int a = c.read(in.seg, off, size);
        c.checkWritable(in.seg, off, size); // the host checks the write even for a zero count
        if (count != 0) {
            // a faulting write must leave EFLAGS as they were: keep the lazy state to restore
            int fop = c.fop, fa = c.fa, fb = c.fb, fr = c.fr, fsign = c.fsign, flags = c.flags;
            boolean fcin = c.fcin;
            int r = shift(c, in.reg, a, count, size);
            try {
                c.write(in.seg, off, size, r);
            } catch (CpuFault f) {
                c.fop = fop;
                c.fa = fa;
                c.fb = fb;
                c.fr = fr;
                c.fsign = fsign;
                c.flags = flags;
                c.fcin = fcin;
                throw f;
            }
        }
    }

    /** Shifts {@code a} by a non-zero masked count and sets the flags; returns the result. */
    static int shift(I386 c, int kind, int a, int count, int size) {
        int bits = size << 3;
        int m = Flags.mask(size);
        int sign = Flags.sign(size);
        a &= m;
        int r;
        boolean cf;
        boolean of;
        switch (kind) {
            case 0: { // rol
                int n = count & (bits - 1);
                r = n == 0 ? a : ((a << n) | (a >>> (bits - n))) & m;
                cf = (r & 1) != 0;
                of = ((r & sign) != 0) != cf;
                rotateFlags(c, cf, of);
                return r;
            }
            case 1: { // ror
                int n = count & (bits - 1);
                r = n == 0 ? a : ((a >>> n) | (a << (bits - n))) & m;
                cf = (r & sign) != 0;
                of = (((r << 1) ^ r) & sign) != 0;
                rotateFlags(c, cf, of);
                return r;
            }
            case 2: { // rcl: rotate through carry, a (bits+1)-bit rotation
                int n = count % (bits + 1);
                if (n == 0) {
                    return a;
                }
                long v = (a & 0xFFFFFFFFL) | ((c.cf() ? 1L : 0L) << bits);
                long full = (v << n) | (v >>> (bits + 1 - n));
                r = (int) full & m;
                cf = ((full >>> bits) & 1) != 0;
                of = ((r & sign) != 0) != cf;
                rotateFlags(c, cf, of);
                return r;
            }
            case 3: { // rcr
                int n = count % (bits + 1);
                if (n == 0) {
                    return a;
                }
                long v = (a & 0xFFFFFFFFL) | ((c.cf() ? 1L : 0L) << bits);
                long full = (v >>> n) | (v << (bits + 1 - n));
                r = (int) full & m;
                cf = ((full >>> bits) & 1) != 0;
                of = (((r << 1) ^ r) & sign) != 0;
                rotateFlags(c, cf, of);
                return r;
            }
            case 4:
            case 6: // shl / sal: flags stay lazy (CF, OF derived from operand, count, result)
                r = (a << count) & m;
                c.lazy(Flags.SHL, a, count, r, size);
                return r;
            case 5: // shr
                r = a >>> count;
                c.lazy(Flags.SHR, a, count, r, size);
                return r;
            default: // sar
                r = (Flags.sext(a, size) >> count) & m;
                c.lazy(Flags.SAR, a, count, r, size);
                return r;
        }
    }

    private static void rotateFlags(I386 c, boolean cf, boolean of) {
        c.setStatus(Flags.CF | Flags.OF, (cf ? Flags.CF : 0) | (of ? Flags.OF : 0));
    }

    /** 0F A4/A5 (shld imm8/CL) and 0F AC/AD (shrd imm8/CL). */
    static void doubleShift(I386 c, Insn in) {
        int count = (in.op == 0x1A4 || in.op == 0x1AC ? in.imm : c.r[1]) & 0x1F;
        boolean left = in.op <= 0x1A5;
        int size = in.size;
        int src = c.reg(in.reg, size);
        int off = in.mem ? c.ea(in) : 0;
        int d = in.mem ? c.read(in.seg, off, size) : c.reg(in.rm, size);
        if (in.mem) {
            c.checkWritable(in.seg, off, size); // the host checks the write even for a zero count
        }
        if (count == 0) {
            return;
        }
        int m = Flags.mask(size);
        int sign = Flags.sign(size);
        d &= m;
        src &= m;
        int r;
        boolean cf;
        if (size == 4) {
            if (left) {
                r = (d << count) | (src >>> (32 - count));
                cf = ((d >>> (32 - count)) & 1) != 0;
            } else {
                r = (d >>> count) | (src << (32 - count));
                cf = ((d >>> (count - 1)) & 1) != 0;
            }
        } else {
            // 16-bit: counts above 16 are undefined; we shift the 48-bit pattern d:src:d (AMD-like)
            long v;
            if (left) {
                v = ((long) d << 32) | ((long) src << 16) | d;
                long s = v << count;
                r = (int) (s >>> 32) & m;
                cf = ((s >>> 48) & 1) != 0;
            } else {
                v = ((long) d) | ((long) src << 16) | ((long) d << 32);
                long s = v >>> count;
                r = (int) s & m;
                cf = ((v >>> (count - 1)) & 1) != 0;
            }
        }
        r &= m;
        boolean of = ((r ^ d) & sign) != 0;
        int f = (cf ? Flags.CF : 0) | (of ? Flags.OF : 0) | Flags.parity(r) | (r == 0 ? Flags.ZF : 0)
                | ((r & sign) != 0 ? Flags.SF : 0);
        if (in.mem) {
            c.checkWritable(in.seg, off, size);
            c.write(in.seg, off, size, r);
        } else {
            c.setReg(in.rm, size, r);
        }
        c.setStatus(Flags.ARITH, f);
    }
}
