package org.jpok.cpu;

import java.util.Arrays;

/**
 * Turns instruction bytes at CS:EIP into {@link Insn}s, and runs of them into {@link Block}s.
 * Fetching goes through the CS limit check and paging, so a fetch fault surfaces when the
 * faulting instruction is reached, not earlier.
 */
final class Decoder {
    /** Dispatch code of any byte sequence that raises #UD. */
    static final int OP_UD = 0x200;
    /** The host-call instruction, 0F 04 id (see {@link I386}). */
    static final int OP_HOSTCALL = 0x104;

    private static final int MAX_BLOCK = 64;
    private static final int MAX_LEN = 15;

    // operand/immediate attributes per dispatch code (0..0x1FF)
    private static final int M = 1;        // has ModRM
    private static final int B = 2;        // byte-sized operation
    private static final int IB = 4;       // imm8, sign-extended
    private static final int IW = 8;       // imm16, zero-extended
    private static final int IZ = 16;      // imm16/imm32 by operand size
    private static final int END = 32;     // ends a block
    private static final int FAR = 64;     // imm16/32 offset then imm16 selector
    private static final int ENTER = 128;  // imm16 then imm8
    private static final int MOFFS = 256;  // address-sized displacement, no ModRM
    private static final int VALID = 512;
    private static final int[] ATTR = new int[0x201];

    static {
        // ALU families 00-3F: Eb,Gb / Ev,Gv / Gb,Eb / Gv,Ev / AL,Ib / eAX,Iz
        for (int base = 0; base < 0x40; base += 8) {
            set(base, M | B);
            set(base + 1, M);
            set(base + 2, M | B);
            set(base + 3, M);
            set(base + 4, IB | B);
            set(base + 5, IZ);
        }
        set(0x06, 0); set(0x07, END); set(0x0E, 0); set(0x16, 0); set(0x17, END); set(0x1E, 0); set(0x1F, 0);
        set(0x27, B); set(0x2F, B); set(0x37, 0); set(0x3F, 0);
        for (int op = 0x40; op < 0x60; op++) {
            set(op, 0);
        }
        set(0x60, 0); set(0x61, 0); set(0x62, M); set(0x63, M);
        set(0x68, IZ); set(0x69, M | IZ); set(0x6A, IB); set(0x6B, M | IB);
        set(0x6C, B | END); set(0x6D, END); set(0x6E, B | END); set(0x6F, END);
        for (int op = 0x70; op < 0x80; op++) {
            set(op, IB | END);
        }
        set(0x80, M | B | IB); set(0x81, M | IZ); set(0x82, M | B | IB); set(0x83, M | IB);
        set(0x84, M | B); set(0x85, M); set(0x86, M | B); set(0x87, M);
        set(0x88, M | B); set(0x89, M); set(0x8A, M | B); set(0x8B, M);
        set(0x8C, M); set(0x8D, M); set(0x8E, M | END); set(0x8F, M);
        for (int op = 0x90; op < 0x98; op++) {
            set(op, 0);
        }
        set(0x98, 0); set(0x99, 0); set(0x9A, FAR | END); set(0x9B, END); set(0x9C, 0); set(0x9D, END);
        set(0x9E, 0); set(0x9F, 0);
        set(0xA0, MOFFS | B); set(0xA1, MOFFS); set(0xA2, MOFFS | B); set(0xA3, MOFFS);
        set(0xA4, B | END); set(0xA5, END); set(0xA6, B | END); set(0xA7, END);
        set(0xA8, B | IB); set(0xA9, IZ);
        set(0xAA, B | END); set(0xAB, END); set(0xAC, B | END); set(0xAD, END); set(0xAE, B | END); set(0xAF, END);
        for (int op = 0xB0; op < 0xB8; op++) {
            set(op, B | IB);
        }
        for (int op = 0xB8; op < 0xC0; op++) {
            set(op, IZ);
        }
        set(0xC0, M | B | IB); set(0xC1, M | IB); set(0xC2, IW | END); set(0xC3, END);
        set(0xC4, M | END); set(0xC5, M | END); set(0xC6, M | B | IB); set(0xC7, M | IZ);
        set(0xC8, ENTER); set(0xC9, 0); set(0xCA, IW | END); set(0xCB, END);
        set(0xCC, END); set(0xCD, IB | END); set(0xCE, END); set(0xCF, END);
        set(0xD0, M | B); set(0xD1, M); set(0xD2, M | B); set(0xD3, M);
        set(0xD4, IB | B); set(0xD5, IB | B); set(0xD7, B);
        for (int op = 0xD8; op < 0xE0; op++) {
            set(op, M | END);
        }
        for (int op = 0xE0; op < 0xE4; op++) {
            set(op, IB | END);
        }
        set(0xE4, IB | B); set(0xE5, IB); set(0xE6, IB | B); set(0xE7, IB);
        set(0xE8, IZ | END); set(0xE9, IZ | END); set(0xEA, FAR | END); set(0xEB, IB | END);
        set(0xEC, B); set(0xED, 0); set(0xEE, B); set(0xEF, 0);
        set(0xF1, END); set(0xF4, END); set(0xF5, 0); set(0xF6, M | B); set(0xF7, M);
        set(0xF8, 0); set(0xF9, 0); set(0xFA, 0); set(0xFB, END); set(0xFC, 0); set(0xFD, 0);
        set(0xFE, M | B); set(0xFF, M | END);

        // two-byte opcodes at 0x100 + second byte
        set(0x100, M | END); set(0x101, M | END); set(0x102, M); set(0x103, M);
        set(OP_HOSTCALL, IZ | END); set(0x106, END); set(0x108, 0); set(0x109, 0); set(0x10B, END);
        set(0x10D, M);
        for (int op = 0x118; op < 0x120; op++) {
            set(op, M);
        }
        set(0x120, M); set(0x121, M); set(0x122, M | END); set(0x123, M | END);
        set(0x131, 0);
        for (int op = 0x140; op < 0x150; op++) {
            set(op, M);
        }
        for (int op = 0x180; op < 0x190; op++) {
            set(op, IZ | END);
        }
        for (int op = 0x190; op < 0x1A0; op++) {
            set(op, M | B);
        }
        set(0x1A0, 0); set(0x1A1, 0); set(0x1A2, 0); set(0x1A3, M); set(0x1A4, M | IB); set(0x1A5, M);
        set(0x1A8, 0); set(0x1A9, 0); set(0x1AB, M); set(0x1AC, M | IB); set(0x1AD, M); set(0x1AE, M); set(0x1AF, M);
        set(0x1B0, M | B); set(0x1B1, M); set(0x1B2, M | END); set(0x1B3, M); set(0x1B4, M); set(0x1B5, M);
        set(0x1B6, M); set(0x1B7, M); set(0x1BA, M | IB); set(0x1BB, M); set(0x1BC, M); set(0x1BD, M);
        set(0x1BE, M); set(0x1BF, M); set(0x1C0, M | B); set(0x1C1, M); set(0x1C7, M);
        for (int op = 0x1C8; op < 0x1D0; op++) {
            set(op, 0);
        }
    }

    private static void set(int op, int attr) {
        ATTR[op] = attr | VALID;
    }

    private final I386 cpu;
    private final Insn[] scratch = new Insn[MAX_BLOCK];
    private int fetchEip;
    private int fetched;

    Decoder(I386 cpu) {
        this.cpu = cpu;
    }

    /** Decodes a block starting at {@code eip}. Its {@code valid} flag is false if it must not be cached. */
    Block decodeBlock(int eip) {
        int n = 0;
        int off = 0;
        boolean cacheable = true;
        int startLin = cpu.segBase[I386.CS] + eip;
        while (n < MAX_BLOCK) {
            Insn in = new Insn();
            try {
                decode(in, eip + off);
            } catch (CpuFault f) {
                if (n == 0) {
                    throw f;
                }
                break;
            }
            in.pos = n;
            in.off = off;
            scratch[n++] = in;
            int endLin = startLin + off + in.len - 1;
            off += in.len;
            if (((startLin + off - in.len) ^ endLin) >>> 12 != 0) {
                // crosses a page: its tail may be remapped or rewritten unseen, so run it once only
                cacheable = false;
                break;
            }
            if ((ATTR[in.op] & END) != 0 || in.rep != 0 && isString(in.op) || in.op == OP_UD) {
                break;
            }
            if (((startLin + off) & 0xFFF) == 0) {
                break;
            }
        }
        Block b = new Block(Arrays.copyOf(scratch, n), n, off);
        b.valid = cacheable;
        Arrays.fill(scratch, 0, n, null);
        return b;
    }

    private static boolean isString(int op) {
        return op >= 0xA4 && op <= 0xA7 || op >= 0xAA && op <= 0xAF || op >= 0x6C && op <= 0x6F;
    }

    private int fetch8() {
        if (fetched >= MAX_LEN) {
            throw Vectors.gp(0);
        }
        int off = fetchEip + fetched;
        if (Integer.compareUnsigned(off, cpu.segLimit[I386.CS]) > 0) {
            throw Vectors.gp(0);
        }
        fetched++;
        int lin = cpu.segBase[I386.CS] + off;
        return cpu.pread8(cpu.paging ? cpu.translate(lin, false, cpu.cpl == 3) : lin);
    }

    private int fetch16() {
        int lo = fetch8();
        return lo | (fetch8() << 8);
    }

    private int fetch32() {
        int lo = fetch16();
        return lo | (fetch16() << 16);
    }

    /** Decodes one instruction at {@code eip} into {@code in}. Undefined encodings get {@link #OP_UD}. */
    void decode(Insn in, int eip) {
        fetchEip = eip;
        fetched = 0;
        int seg = -1;
        int b;
        prefixes:
        while (true) {
            b = fetch8();
            switch (b) {
                case 0x26: seg = I386.ES; break;
                case 0x2E: seg = I386.CS; break;
                case 0x36: seg = I386.SS; break;
                case 0x3E: seg = I386.DS; break;
                case 0x64: seg = I386.FS; break;
                case 0x65: seg = I386.GS; break;
                case 0x66: in.o16 = true; break;
                case 0x67: in.a16 = true; break;
                case 0xF0: in.lock = true; break;
                case 0xF2:
                case 0xF3: in.rep = b; break;
                default: break prefixes;
            }
        }
        int op = b;
        if (b == 0x0F) {
            op = 0x100 | fetch8();
        }
        int attr = ATTR[op];
        if ((attr & VALID) == 0) {
            in.op = OP_UD;
            in.len = fetched;
            return;
        }
        in.op = op;
        in.size = (attr & B) != 0 ? 1 : in.o16 ? 2 : 4;
        in.seg = seg >= 0 ? seg : I386.DS;
        if ((attr & M) != 0) {
            if (op >= 0x120 && op <= 0x123) {
                // mov to/from CRn/DRn: the mod bits are ignored, the operand is always a register
                int m = fetch8();
                in.hasModrm = true;
                in.reg = (m >>> 3) & 7;
                in.rm = m & 7;
            } else {
                modrm(in, seg);
            }
        }
        if ((attr & IB) != 0) {
            in.imm = (byte) fetch8();
        } else if ((attr & IW) != 0) {
            in.imm = fetch16();
        } else if ((attr & IZ) != 0) {
            in.imm = in.o16 && op != OP_HOSTCALL ? (short) fetch16() : fetch32();
        } else if ((attr & FAR) != 0) {
            in.imm = in.o16 ? fetch16() : fetch32();
            in.imm2 = fetch16();
        } else if ((attr & ENTER) != 0) {
            in.imm = fetch16();
            in.imm2 = fetch8();
        } else if ((attr & MOFFS) != 0) {
            in.mem = true;
            in.disp = in.a16 ? fetch16() : fetch32();
        }
        // F6/F7 /0 and /1 (test) carry an immediate the table cannot express
        if ((op == 0xF6 || op == 0xF7) && in.reg < 2) {
            in.imm = op == 0xF6 ? (byte) fetch8() : in.o16 ? (short) fetch16() : fetch32();
        }
        in.len = fetched;
        if (in.lock && !lockable(in)) {
            in.op = OP_UD;
        }
        if (!formValid(in)) {
            in.op = OP_UD;
        }
        FastPath.classify(in);
    }

    private void modrm(Insn in, int seg) {
        in.hasModrm = true;
        int m = fetch8();
        int mod = m >>> 6;
        in.reg = (m >>> 3) & 7;
        in.rm = m & 7;
        if (mod == 3) {
            return;
        }
        in.mem = true;
        int defSeg = I386.DS;
        if (in.a16) {
            // 16-bit addressing: BX+SI, BX+DI, BP+SI, BP+DI, SI, DI, BP (or disp16), BX
            int rm = in.rm;
            switch (rm) {
                case 0: in.base = I386.EBX; in.index = I386.ESI; break;
                case 1: in.base = I386.EBX; in.index = I386.EDI; break;
                case 2: in.base = I386.EBP; in.index = I386.ESI; defSeg = I386.SS; break;
                case 3: in.base = I386.EBP; in.index = I386.EDI; defSeg = I386.SS; break;
                case 4: in.base = I386.ESI; break;
                case 5: in.base = I386.EDI; break;
                case 6:
                    if (mod == 0) {
                        in.disp = fetch16();
                    } else {
                        in.base = I386.EBP;
                        defSeg = I386.SS;
                    }
                    break;
                default: in.base = I386.EBX;
            }
            if (mod == 1) {
                in.disp = (byte) fetch8();
            } else if (mod == 2) {
                in.disp = (short) fetch16();
            }
        } else {
            if (in.rm == 4) {
                int sib = fetch8();
                in.scale = sib >>> 6;
                int idx = (sib >>> 3) & 7;
                in.index = idx == 4 ? -1 : idx;
                int base = sib & 7;
                if (base == 5 && mod == 0) {
                    in.disp = fetch32();
                } else {
                    in.base = base;
                }
            } else if (in.rm == 5 && mod == 0) {
                in.disp = fetch32();
            } else {
                in.base = in.rm;
            }
            if (mod == 1) {
                in.disp = (byte) fetch8();
            } else if (mod == 2) {
                in.disp = fetch32();
            }
            if (in.base == I386.ESP || in.base == I386.EBP) {
                defSeg = I386.SS;
            }
        }
        in.seg = seg >= 0 ? seg : defSeg;
    }

    /** LOCK is legal only on read-modify-write memory forms (SDM LOCK prefix description). */
    private static boolean lockable(Insn in) {
        if (!in.mem) {
            return false;
        }
        int op = in.op;
        if (op < 0x40) {
            return (op & 7) < 2 && (op & 0x38) != 0x38;
        }
        switch (op) {
            case 0x80: case 0x81: case 0x82: case 0x83:
                return in.reg != 7;
            case 0x86: case 0x87:
            case 0x1AB: case 0x1B3: case 0x1BB: case 0x1B0: case 0x1B1: case 0x1C0: case 0x1C1:
                return true;
            case 0xF6: case 0xF7:
                return in.reg == 2 || in.reg == 3;
            case 0xFE: case 0xFF:
                return in.reg < 2;
            case 0x1BA:
                return in.reg >= 5;
            case 0x1C7:
                return in.reg == 1;
            default:
                return false;
        }
    }

    /** Encodings whose ModRM form is undefined (#UD on real hardware). */
    private static boolean formValid(Insn in) {
        switch (in.op) {
            case 0x62: case 0x8D: case 0xC4: case 0xC5: case 0x1B2: case 0x1B4: case 0x1B5:
                return in.mem;
            case 0x8C:
                return in.reg < 6;
            case 0x8E:
                return in.reg < 6 && in.reg != I386.CS;
            case 0x8F: case 0xC6: case 0xC7:
                return in.reg == 0 || in.op == 0x1C7;
            case 0xFE:
                return in.reg < 2;
            case 0xFF:
                return in.reg != 7 && !((in.reg == 3 || in.reg == 5) && !in.mem);
            case 0x1BA:
                return in.reg >= 4;
            case 0x1C7:
                return in.reg == 1 && in.mem;
            case 0x100:
                return in.reg < 6;
            case 0x101:
                return in.reg != 5 && (in.mem || in.reg == 4 || in.reg == 6);
            case 0x120: case 0x122:
                return in.reg == 0 || in.reg == 2 || in.reg == 3 || in.reg == 4;
            default:
                return true;
        }
    }
}
