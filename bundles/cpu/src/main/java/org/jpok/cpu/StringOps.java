package org.jpok.cpu;

/**
 * String instructions (movs cmps stos lods scas ins outs) with rep, repe and repne. A repeated
 * instruction runs in chunks: when a chunk ends before the count does, EIP stays on the
 * instruction and the block ends, so interrupts and the budget are honoured and the next run
 * resumes where this one stopped. Each iteration counts as one retired instruction.
 */
final class StringOps {
    private static final int CHUNK = 4096;

    private StringOps() {
    }

    static void exec(I386 c, Insn in) {
        int op = in.op;
        if (op <= 0x6F) {
            int port = c.r[2] & 0xFFFF;
            SystemOps.checkIo(c, port, in.size);
        }
        if (in.rep == 0) {
            once(c, in, op);
            return;
        }
        int[] r = c.r;
        long room = c.runEnd - c.retiredBefore(in);
        int max = (int) Math.max(1, Math.min(CHUNK, room));
        int done = 0;
        boolean cmp = op == 0xA6 || op == 0xA7 || op == 0xAE || op == 0xAF;
        if (!cmp && in.rep == 0xF3 && (op == 0xA4 || op == 0xA5 || op == 0xAA || op == 0xAB)) {
            done = bulk(c, in, op, max);
        }
        while (true) {
            int count = in.a16 ? r[1] & 0xFFFF : r[1];
            if (count == 0) {
                break;
            }
            if (done == max) {
                c.nextEip = c.eip; // resume this instruction later
                c.breakBlock = true;
                break;
            }
            once(c, in, op);
            done++;
            if (in.a16) {
                c.setReg(1, 2, count - 1);
            } else {
                r[1] = count - 1;
            }
            if (cmp && c.zf() != (in.rep == 0xF3)) {
                break;
            }
        }
        if (done > 1) {
            c.retired += done - 1;
        }
    }

    /**
     * rep movs / rep stos as one array operation when nothing can go wrong halfway: DF=0, 32-bit
     * addresses, no paging or alignment checks, both ranges inside their segment limits and RAM,
     * no decoded code in the destination, and no overlap that a forward copy would smear.
     * Returns the iterations done (0: take the per-element path).
     */
    private static int bulk(I386 c, Insn in, int op, int max) {
        if (in.a16 || c.paging || c.alignCheck || (c.flags & Flags.DF) != 0) {
            return 0;
        }
        long n = Math.min(c.r[1] & 0xFFFFFFFFL, max);
        if (n < 16) {
            return 0;
        }
        int size = in.size;
        long bytes = n * size;
        long dOff = c.r[7] & 0xFFFFFFFFL;
        if (dOff + bytes - 1 > c.wrLim[I386.ES]) {
            return 0;
        }
        long dst = (c.segBase[I386.ES] + c.r[7]) & 0xFFFFFFFFL;
        byte[] ram = c.ram;
        if (dst + bytes > ram.length) {
            return 0;
        }
        for (long k = dst >>> CodeCache.CHUNK_SHIFT; k <= (dst + bytes - 1) >>> CodeCache.CHUNK_SHIFT; k++) {
            if (c.codeChunk[(int) k]) {
                return 0;
            }
        }
        int d = (int) dst;
        int len = (int) bytes;
        boolean movs = op == 0xA4 || op == 0xA5;
        if (movs) {
            long sOff = c.r[6] & 0xFFFFFFFFL;
            if (sOff + bytes - 1 > c.rdLim[in.seg]) {
                return 0;
            }
            long src = (c.segBase[in.seg] + c.r[6]) & 0xFFFFFFFFL;
            if (src + bytes > ram.length || (dst > src && dst < src + bytes)) {
                return 0;
            }
            System.arraycopy(ram, (int) src, ram, d, len);
            c.r[6] += len;
        } else if (size == 1) {
            java.util.Arrays.fill(ram, d, d + len, (byte) c.r[0]);
        } else {
            int v = c.reg(0, size);
            for (int i = 0; i < len; i += size) {
                if (size == 4) {
                    I386.I32.set(ram, d + i, v);
                } else {
                    I386.I16.set(ram, d + i, (short) v);
                }
            }
        }
        c.r[7] += len;
        c.r[1] -= (int) n;
        return (int) n;
    }

    private static int si(I386 c, Insn in) {
        return in.a16 ? c.r[6] & 0xFFFF : c.r[6];
    }

    private static int di(I386 c, Insn in) {
        return in.a16 ? c.r[7] & 0xFFFF : c.r[7];
    }

    private static void advance(I386 c, Insn in, int reg, int size) {
        int delta = (c.flags & Flags.DF) != 0 ? -size : size;
        if (in.a16) {
            c.setReg(reg, 2, c.r[reg] + delta);
        } else {
            c.r[reg] += delta;
        }
    }

    private static void once(I386 c, Insn in, int op) {
        int size = in.size;
        switch (op) {
            case 0xA4:
            case 0xA5: { // movs
                int v = c.read(in.seg, si(c, in), size);
                c.write(I386.ES, di(c, in), size, v);
                advance(c, in, 6, size);
                advance(c, in, 7, size);
                return;
            }
            case 0xA6:
            case 0xA7: { // cmps: [esi] - [edi]
                int a = c.read(in.seg, si(c, in), size);
                int b = c.read(I386.ES, di(c, in), size);
                advance(c, in, 6, size);
                advance(c, in, 7, size);
                c.lazy(Flags.SUB, a, b, a - b, size);
                return;
            }
            case 0xAA:
            case 0xAB: // stos
                c.write(I386.ES, di(c, in), size, c.reg(0, size));
                advance(c, in, 7, size);
                return;
            case 0xAC:
            case 0xAD: // lods
                c.setReg(0, size, c.read(in.seg, si(c, in), size));
                advance(c, in, 6, size);
                return;
            case 0xAE:
            case 0xAF: { // scas: acc - [edi]
                int a = c.reg(0, size);
                int b = c.read(I386.ES, di(c, in), size);
                advance(c, in, 7, size);
                c.lazy(Flags.SUB, a, b, a - b, size);
                return;
            }
            case 0x6C:
            case 0x6D: { // ins
                int off = di(c, in);
                c.checkWritable(I386.ES, off, size);
                int v = c.bus.in(c.r[2] & 0xFFFF, size);
                c.intrStale = true;
                c.write(I386.ES, off, size, v);
                advance(c, in, 7, size);
                return;
            }
            default: { // outs
                int v = c.read(in.seg, si(c, in), size);
                c.bus.out(c.r[2] & 0xFFFF, size, v);
                c.intrStale = true;
                advance(c, in, 6, size);
            }
        }
    }
}
