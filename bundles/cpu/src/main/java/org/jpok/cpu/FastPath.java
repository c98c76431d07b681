package org.jpok.cpu;

/**
 * Short-cut implementations of the most frequent 32-bit forms that gcc emits (register ALU
 * operations, moves, loads and stores, inc/dec, shifts by a constant, jcc, push/pop, lea). The
 * decoder tags an instruction with a fast code; everything else goes through {@link Exec}. The
 * semantics are the same as the general path, only with the operand-size and addressing-mode
 * decisions taken once at decode time.
 */
final class FastPath {
    static final int ALU_RR = 1, ALU_RI = 2, MOV_RR = 3, MOV_RI = 4, LOAD = 5, STORE = 6, INC = 7, DEC = 8,
            SHL_RI = 9, SHR_RI = 10, SAR_RI = 11, PUSH = 13, POP = 14, LEA = 15, TEST_RR = 16,
            ALU_RM = 17, ALU_MR = 18, ALU_MI = 19, MOVX = 20, TEST_RI = 21;
    /** Forms routed straight to their family method, skipping the general dispatch. */
    static final int SETCC = 24, CMOV = 25, IMUL = 26, MOV8_EG = 27, MOV8_GE = 28, TEST8 = 29, ALU8_MI = 30;
    /** Codes from here on may change EIP; the block loop keeps EIP exact for them. */
    static final int BRANCH = 32;
    static final int JCC = 32, CALL = 33, JMP = 34, RET = 35;

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
                    in.fast = in.mem ? ALU_MR : ALU_RR;
                    in.dst = in.rm;
                    in.src = in.reg;
                    return;
                case 3:
                    in.fast = in.mem ? ALU_RM : ALU_RR;
                    in.dst = in.reg;
                    in.src = in.rm;
                    return;
                case 5:
                    in.fast = ALU_RI;
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
                    in.fast = in.mem ? ALU_MI : ALU_RI;
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

    /** Kept small (each case one call) so that the JIT inlines it into the block loop. */
    static void exec(I386 c, Insn in) {
        switch (in.fast) {
            case ALU_RR: aluRR(c, in); return;
            case ALU_RI: aluRI(c, in); return;
            case TEST_RR: testRR(c, in); return;
            case MOV_RR: movRR(c, in); return;
            case MOV_RI: movRI(c, in); return;
            case LOAD: load(c, in); return;
            case STORE: store(c, in); return;
            case LEA: lea(c, in); return;
            case INC: inc(c, in); return;
            case DEC: dec(c, in); return;
            case SHL_RI: shl(c, in); return;
            case SHR_RI: shr(c, in); return;
            case SAR_RI: sar(c, in); return;
            case PUSH: push(c, in); return;
            case POP: pop(c, in); return;
            case ALU_RM: aluRM(c, in); return;
            case ALU_MR: aluMem(c, in, c.r[in.src]); return;
            case ALU_MI: aluMem(c, in, in.imm); return;
            case TEST_RI: testRI(c, in); return;
            case MOVX: DataMove.movExtend(c, in); return;
            default: routed(c, in);
        }
    }

    private static void routed(I386 c, Insn in) {
        switch (in.fast) {
            case SETCC: DataMove.setcc(c, in); return;
            case CMOV: DataMove.cmov(c, in); return;
            case IMUL: Arith.imulReg(c, in); return;
            case MOV8_EG: DataMove.movEG(c, in); return;
            case MOV8_GE: DataMove.movGE(c, in); return;
            case TEST8: Logic.test(c, in); return;
            default: Arith.aluImm(c, in);
        }
    }

    private static void aluRR(I386 c, Insn in) {
        alu(c, in.alu, in.dst, c.r[in.dst], c.r[in.src]);
    }

    private static void aluRI(I386 c, Insn in) {
        alu(c, in.alu, in.dst, c.r[in.dst], in.imm);
    }

    private static void aluRM(I386 c, Insn in) {
        alu(c, in.alu, in.dst, c.r[in.dst], c.read32(in.seg, c.ea(in)));
    }

    private static void testRR(I386 c, Insn in) {
        c.lazy32(Flags.LOGIC, 0, 0, c.r[in.dst] & c.r[in.src]);
    }

    private static void testRI(I386 c, Insn in) {
        c.lazy32(Flags.LOGIC, 0, 0, c.r[in.dst] & in.imm);
    }

    private static void movRR(I386 c, Insn in) {
        c.r[in.dst] = c.r[in.src];
    }

    private static void movRI(I386 c, Insn in) {
        c.r[in.dst] = in.imm;
    }

    private static void load(I386 c, Insn in) {
        c.r[in.dst] = c.read32(in.seg, c.ea(in));
    }

    private static void store(I386 c, Insn in) {
        c.write32(in.seg, c.ea(in), c.r[in.src]);
    }

    private static void lea(I386 c, Insn in) {
        c.r[in.dst] = c.ea(in);
    }

    private static void push(I386 c, Insn in) {
        c.push32(c.r[in.dst]);
    }

    private static void pop(I386 c, Insn in) {
        c.r[in.dst] = c.pop32();
    }

    /** The instructions that may branch; EIP and nextEip are exact here. */
    static void branch(I386 c, Insn in) {
        switch (in.fast) {
            case JCC: Control.jcc(c, in); return;
            case CALL: Control.call(c, in); return;
            case JMP: Control.jmp(c, in); return;
            default: Control.ret(c, in);
        }
    }

    /** ALU operation on a 32-bit memory destination; flags recorded only after the write. */
    private static void aluMem(I386 c, Insn in, int b) {
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

    private static void inc(I386 c, Insn in) {
        int d = in.dst;
        int a = c.r[d];
        foldCarry(c);
        c.r[d] = a + 1;
        c.lazy32(Flags.INC, a, 1, a + 1);
    }

    private static void dec(I386 c, Insn in) {
        int d = in.dst;
        int a = c.r[d];
        foldCarry(c);
        c.r[d] = a - 1;
        c.lazy32(Flags.DEC, a, 1, a - 1);
    }

    private static void shl(I386 c, Insn in) {
        int d = in.dst;
        int n = in.src;
        int a = c.r[d];
        int v = a << n;
        c.r[d] = v;
        c.lazy32(Flags.SHL, a, n, v);
    }

    private static void shr(I386 c, Insn in) {
        int d = in.dst;
        int n = in.src;
        int a = c.r[d];
        int v = a >>> n;
        c.r[d] = v;
        c.lazy32(Flags.SHR, a, n, v);
    }

    private static void sar(I386 c, Insn in) {
        int d = in.dst;
        int n = in.src;
        int a = c.r[d];
        int v = a >> n;
        c.r[d] = v;
        c.lazy32(Flags.SAR, a, n, v);
    }

    private static void alu(I386 c, int op, int dst, int a, int b) {
        int res;
        switch (op) {
            case Arith.ADD:
                res = a + b;
                c.r[dst] = res;
                c.lazy32(Flags.ADD, a, b, res);
                return;
            case Arith.SUB:
                res = a - b;
                c.r[dst] = res;
                c.lazy32(Flags.SUB, a, b, res);
                return;
            case Arith.CMP:
                c.lazy32(Flags.SUB, a, b, a - b);
                return;
            case Arith.AND:
                res = a & b;
                break;
            case Arith.OR:
                res = a | b;
                break;
            default: // XOR
                res = a ^ b;
        }
        c.r[dst] = res;
        c.lazy32(Flags.LOGIC, 0, 0, res);
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
