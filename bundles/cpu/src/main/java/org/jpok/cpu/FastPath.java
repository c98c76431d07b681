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
            SHL_RI = 9, SHR_RI = 10, SAR_RI = 11, JCC = 12, PUSH = 13, POP = 14, LEA = 15, TEST_RR = 16;

    private FastPath() {
    }

    /** Tags {@code in} with a fast code when one applies. */
    static void classify(Insn in) {
        in.fast = 0;
        if (in.size != 4 || in.a16 || in.lock || in.rep != 0 || in.op == Decoder.OP_UD) {
            return;
        }
        int op = in.op;
        if (op < 0x40 && (op & 7) < 6) {
            int alu = (op >> 3) & 7;
            if (alu == Arith.ADC || alu == Arith.SBB) {
                return;
            }
            in.alu = alu;
            switch (op & 7) {
                case 1:
                    if (!in.mem) {
                        in.fast = ALU_RR;
                        in.dst = in.rm;
                        in.src = in.reg;
                    }
                    return;
                case 3:
                    if (!in.mem) {
                        in.fast = ALU_RR;
                        in.dst = in.reg;
                        in.src = in.rm;
                    }
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
                if (!in.mem && in.reg != Arith.ADC && in.reg != Arith.SBB) {
                    in.fast = ALU_RI;
                    in.alu = in.reg;
                    in.dst = in.rm;
                }
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

    static void exec(I386 c, Insn in) {
        int[] r = c.r;
        switch (in.fast) {
            case ALU_RR:
                alu(c, in.alu, in.dst, r[in.dst], r[in.src]);
                return;
            case ALU_RI:
                alu(c, in.alu, in.dst, r[in.dst], in.imm);
                return;
            case TEST_RR:
                c.lazy32(Flags.LOGIC, 0, 0, r[in.dst] & r[in.src]);
                return;
            case MOV_RR:
                r[in.dst] = r[in.src];
                return;
            case MOV_RI:
                r[in.dst] = in.imm;
                return;
            case LOAD:
                r[in.dst] = c.read32(in.seg, c.ea(in));
                return;
            case STORE:
                c.write32(in.seg, c.ea(in), r[in.src]);
                return;
            case LEA:
                r[in.dst] = c.ea(in);
                return;
            case INC: {
                int a = r[in.dst];
                foldCarry(c);
                r[in.dst] = a + 1;
                c.lazy32(Flags.INC, a, 1, a + 1);
                return;
            }
            case DEC: {
                int a = r[in.dst];
                foldCarry(c);
                r[in.dst] = a - 1;
                c.lazy32(Flags.DEC, a, 1, a - 1);
                return;
            }
            case SHL_RI: {
                int a = r[in.dst];
                int v = a << in.src;
                r[in.dst] = v;
                c.lazy32(Flags.SHL, a, in.src, v);
                return;
            }
            case SHR_RI: {
                int a = r[in.dst];
                int v = a >>> in.src;
                r[in.dst] = v;
                c.lazy32(Flags.SHR, a, in.src, v);
                return;
            }
            case SAR_RI: {
                int a = r[in.dst];
                int v = a >> in.src;
                r[in.dst] = v;
                c.lazy32(Flags.SAR, a, in.src, v);
                return;
            }
            case JCC:
                Control.jcc(c, in);
                return;
            case PUSH:
                c.push32(r[in.dst]);
                return;
            default: // POP
                r[in.dst] = c.pop32();
        }
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
            c.flags = (c.flags & ~Flags.CF) | (c.cf() ? Flags.CF : 0);
        }
    }
}
