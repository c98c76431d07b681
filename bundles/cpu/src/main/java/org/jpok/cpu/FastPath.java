package org.jpok.cpu;

/**
 * Short-cut implementations of the most frequent 32-bit forms that gcc emits (register ALU
 * operations, moves, loads and stores, inc/dec, shifts by a constant, jcc, push/pop, lea). The
 * decoder tags an instruction with a fast code; everything else goes through {@link Exec}. The
 * semantics are the same as the general path, only with the operand-size and addressing-mode
 * decisions taken once at decode time.
 */
final class FastPath {
    /**
     * Register ALU forms get one code per operation ({@code ALU_RR + Arith.ADD} …), so that the
     * block loop's single switch selects the body at once. ADC and SBB are never tagged.
     */
    static final int ALU_RR = 1, ALU_RI = 9;
    static final int MOV_RR = 17, MOV_RI = 18, INC = 19, DEC = 20, SHL_RI = 21, SHR_RI = 22, SAR_RI = 23,
            TEST_RR = 24, TEST_RI = 25;
    /**
     * Codes from here to {@link #BRANCH} address memory (or may): {@link #memory} runs them out
     * of line, see there.
     */
    static final int MEMORY = 26;
    static final int LOAD = 26, STORE = 27, LEA = 28, PUSH = 29, POP = 30, ALU_RM = 31, ALU_MR = 32, ALU_MI = 33,
            MOVX = 34, SETCC = 35, CMOV = 36, IMUL = 37, MOV8_EG = 38, MOV8_GE = 39, TEST8 = 40, ALU8_MI = 41,
            MOV_MI = 42;
    /** Codes from here on may change EIP; the block loop keeps EIP exact for them. */
    static final int BRANCH = 48;
    static final int JCC = 48, CALL = 49, JMP = 50, RET = 51;

    private FastPath() {
    }

    /** Tags {@code in} with a fast code when one applies. */
    static void classify(Insn in) {
        in.fast = 0;
        if (in.a16 || in.lock || in.op == Decoder.OP_UD) {
            return;
        }
        int op = in.op;
        if (op >= 0x190 && op < 0x1A0) {
            in.fast = SETCC;
            return;
        }
        if (op >= 0x140 && op < 0x150) {
            in.fast = CMOV;
            return;
        }
        switch (op) {
            case 0x69: case 0x6B: case 0x1AF: in.fast = IMUL; return;
            case 0x88: in.fast = MOV8_EG; return;
            case 0x8A: in.fast = MOV8_GE; return;
            case 0x84: in.fast = TEST8; return;
            case 0x80: case 0x82: in.fast = ALU8_MI; return;
            case 0xC6: case 0xC7:
                if (in.mem) {
                    in.fast = MOV_MI; // gcc's stores of constants, at any operand size
                }
                return;
            default: break;
        }
        if (in.size != 4 || in.rep != 0) {
            return;
        }
        if (op < 0x40 && (op & 7) < 6) {
            int alu = (op >> 3) & 7;
            if (alu == Arith.ADC || alu == Arith.SBB) {
                return;
            }
            in.alu = alu;
            switch (op & 7) {
                case 1:
                    in.fast = in.mem ? ALU_MR : ALU_RR + alu;
                    in.dst = in.rm;
                    in.src = in.reg;
                    return;
                case 3:
                    in.fast = in.mem ? ALU_RM : ALU_RR + alu;
                    in.dst = in.reg;
                    in.src = in.rm;
                    return;
                case 5:
                    in.fast = ALU_RI + alu;
                    in.dst = 0;
                    return;
                default:
                    return;
            }
        }
        switch (op) {
            case 0x81:
            case 0x83:
                if (in.reg != Arith.ADC && in.reg != Arith.SBB) {
                    in.fast = in.mem ? ALU_MI : ALU_RI + in.reg;
                    in.alu = in.reg;
                    in.dst = in.rm;
                }
                return;
            case 0xF7:
                if (in.reg == 0 && !in.mem) {
                    in.fast = TEST_RI;
                    in.dst = in.rm;
                }
                return;
            case 0x1B6:
            case 0x1B7:
            case 0x1BE:
            case 0x1BF:
                in.fast = MOVX;
                return;
            case 0xE8:
                in.fast = CALL;
                return;
            case 0xE9:
            case 0xEB:
                in.fast = JMP;
                return;
            case 0xC3:
                in.fast = RET;
                return;
            case 0x85:
                if (!in.mem) {
                    in.fast = TEST_RR;
                    in.dst = in.rm;
                    in.src = in.reg;
                }
                return;
            case 0x89:
                in.fast = in.mem ? STORE : MOV_RR;
                in.dst = in.rm;
                in.src = in.reg;
                return;
            case 0x8B:
                in.fast = in.mem ? LOAD : MOV_RR;
                in.dst = in.reg;
                in.src = in.rm;
                return;
            case 0x8D:
                in.fast = LEA;
                in.dst = in.reg;
                return;
            case 0xC1:
            case 0xD1:
                if (!in.mem && (in.reg == 4 || in.reg == 5 || in.reg == 7 || in.reg == 6)) {
                    int count = op == 0xD1 ? 1 : in.imm & 0x1F;
                    if (count != 0) {
                        in.fast = in.reg == 5 ? SHR_RI : in.reg == 7 ? SAR_RI : SHL_RI;
                        in.dst = in.rm;
                        in.src = count;
                    }
                }
                return;
            default:
                break;
        }
        if (op >= 0xB8 && op < 0xC0) {
            in.fast = MOV_RI;
            in.dst = op & 7;
        } else if (op >= 0x40 && op < 0x48) {
            in.fast = INC;
            in.dst = op & 7;
        } else if (op >= 0x48 && op < 0x50) {
            in.fast = DEC;
            in.dst = op & 7;
        } else if (op >= 0x50 && op < 0x58) {
            in.fast = PUSH;
            in.dst = op & 7;
        } else if (op >= 0x58 && op < 0x60 && op != 0x5C) {
            in.fast = POP;
            in.dst = op & 7;
        } else if (op >= 0x70 && op < 0x80 || op >= 0x180 && op < 0x190) {
            in.fast = JCC;
        }
    }

    /**
     * Runs a fast form from {@link #MEMORY} to {@link #BRANCH}; returns true when the block must
     * stop after it (a write hit decoded code). Deliberately a separate method too big to inline:
     * inlined into the block loop's switch, the JIT merges the operand-field loads of the memory
     * cases ({@code disp}, {@code base}, {@code index}…) and hoists them above the switch, so
     * every instruction, register forms too, paid for loading and spilling them.
     */
    static boolean memory(I386 c, Insn in) {
        int[] r = c.r;
        switch (in.fast) {
            case LOAD: r[in.dst] = c.read32(in.seg, c.ea(in)); return false;
            case STORE: c.write32(in.seg, c.ea(in), r[in.src]); return c.breakBlock;
            case LEA: r[in.dst] = c.ea(in); return false;
            case PUSH: c.push32(r[in.dst]); return c.breakBlock;
            case POP: r[in.dst] = c.pop32(); return false;
            case ALU_RM: aluRM(c, in); return false;
            case ALU_MR: aluMem(c, in, r[in.src]); return c.breakBlock;
            case ALU_MI: aluMem(c, in, in.imm); return c.breakBlock;
            case MOVX: DataMove.movExtend(c, in); return false;
            case SETCC: DataMove.setcc(c, in); return c.breakBlock;
            case CMOV: DataMove.cmov(c, in); return false;
            case IMUL: Arith.imulReg(c, in); return false;
            case MOV8_EG: DataMove.movEG(c, in); return c.breakBlock;
            case MOV8_GE: DataMove.movGE(c, in); return false;
            case TEST8: Logic.test(c, in); return false;
            case MOV_MI: c.writeE(in, in.imm); return c.breakBlock;
            default: Arith.aluImm(c, in); return c.breakBlock;
        }
    }

    /** The bodies that {@link I386}'s block loop calls for the fast forms. */
    static void add(I386 c, int dst, int a, int b) {
        int res = a + b;
        c.r[dst] = res;
        c.lazy32(Flags.ADD, a, b, res);
    }

    static void sub(I386 c, int dst, int a, int b) {
        int res = a - b;
        c.r[dst] = res;
        c.lazy32(Flags.SUB, a, b, res);
    }

    static void logic(I386 c, int dst, int res) {
        c.r[dst] = res;
        c.lazy32(Flags.LOGIC, 0, 0, res);
    }

    static void cmp(I386 c, int a, int b) {
        c.lazy32(Flags.SUB, a, b, a - b);
    }

    static void aluRM(I386 c, Insn in) {
        int d = in.dst;
        int a = c.r[d];
        int b = c.read32(in.seg, c.ea(in));
        switch (in.alu) {
            case Arith.ADD: add(c, d, a, b); return;
            case Arith.SUB: sub(c, d, a, b); return;
            case Arith.CMP: c.lazy32(Flags.SUB, a, b, a - b); return;
            case Arith.AND: logic(c, d, a & b); return;
            case Arith.OR: logic(c, d, a | b); return;
            default: logic(c, d, a ^ b);
        }
    }

    /** ALU operation on a 32-bit memory destination; flags recorded only after the write. */
    static void aluMem(I386 c, Insn in, int b) {
        int off = c.ea(in);
        int a = c.read32(in.seg, off);
        int op = in.alu;
        int res;
        switch (op) {
            case Arith.CMP:
                c.lazy32(Flags.SUB, a, b, a - b);
                return;
            case Arith.ADD: res = a + b; break;
            case Arith.SUB: res = a - b; break;
            case Arith.AND: res = a & b; break;
            case Arith.OR: res = a | b; break;
            default: res = a ^ b;
        }
        c.write32(in.seg, off, res);
        if (op == Arith.ADD) {
            c.lazy32(Flags.ADD, a, b, res);
        } else if (op == Arith.SUB) {
            c.lazy32(Flags.SUB, a, b, res);
        } else {
            c.lazy32(Flags.LOGIC, 0, 0, res);
        }
    }

    static void inc(I386 c, Insn in) {
        int d = in.dst;
        int a = c.r[d];
        foldCarry(c);
        c.r[d] = a + 1;
        c.lazy32(Flags.INC, a, 1, a + 1);
    }

    static void dec(I386 c, Insn in) {
        int d = in.dst;
        int a = c.r[d];
        foldCarry(c);
        c.r[d] = a - 1;
        c.lazy32(Flags.DEC, a, 1, a - 1);
    }

    static void shl(I386 c, Insn in) {
        int d = in.dst;
        int n = in.src;
        int a = c.r[d];
        int v = a << n;
        c.r[d] = v;
        c.lazy32(Flags.SHL, a, n, v);
    }

    static void shr(I386 c, Insn in) {
        int d = in.dst;
        int n = in.src;
        int a = c.r[d];
        int v = a >>> n;
        c.r[d] = v;
        c.lazy32(Flags.SHR, a, n, v);
    }

    static void sar(I386 c, Insn in) {
        int d = in.dst;
        int n = in.src;
        int a = c.r[d];
        int v = a >> n;
        c.r[d] = v;
        c.lazy32(Flags.SAR, a, n, v);
    }

    /** inc/dec keep CF: fold it into the flags word unless it is already there. */
    private static void foldCarry(I386 c) {
        int f = c.fop;
        if (f != Flags.NONE && f != Flags.INC && f != Flags.DEC) {
            foldCarrySlow(c);
        }
    }

    private static void foldCarrySlow(I386 c) {
        boolean cf = c.fop != Flags.LOGIC && c.cf();
        c.flags = (c.flags & ~Flags.CF) | (cf ? Flags.CF : 0);
    }
}
