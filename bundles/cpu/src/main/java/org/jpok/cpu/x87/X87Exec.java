package org.jpok.cpu.x87;

import org.jpok.cpu.x87.Ext80.Kind;

/** Decodes and runs one D8-DF instruction against an {@link X87}. */
final class X87Exec {

    private static final int ADD = 0, MUL = 1, COM = 2, COMP = 3, SUB = 4, SUBR = 5, DIV = 6, DIVR = 7;
    private static final int CC_MASK = X87Env.C0 | X87Env.C1 | X87Env.C2 | X87Env.C3;
    private static final int EFLAGS_CF = 0x1, EFLAGS_PF = 0x4, EFLAGS_AF = 0x10, EFLAGS_ZF = 0x40, EFLAGS_SF = 0x80,
            EFLAGS_OF = 0x800;

    private final X87 fpu;
    private final X87Env env;
    private final X87Host host;

    X87Exec(X87 fpu, X87Env env, X87Host host) {
        this.fpu = fpu;
        this.env = env;
        this.host = host;
    }

    private RuntimeException undefined() {
        return host.fault(X87Host.VECTOR_UD);
    }

    // ---- memory forms --------------------------------------------------------------------------

    void memory(int opcode, int reg) {
        switch (opcode) {
            case 0xD8 -> arithMem(reg, m32Operand());
            case 0xDC -> arithMem(reg, m64Operand());
            case 0xDA -> arithMem(reg, X87Arith.fromLong((int) host.read(0, 4)));
            case 0xDE -> arithMem(reg, X87Arith.fromLong((short) host.read(0, 2)));
            case 0xD9 -> d9Memory(reg);
            case 0xDB -> dbMemory(reg);
            case 0xDD -> ddMemory(reg);
            case 0xDF -> dfMemory(reg);
            default -> throw undefined();
        }
    }

    private Ext80 m32Operand() {
        return X87Arith.fromFloat32Operand(env, (int) host.read(0, 4));
    }

    private Ext80 m64Operand() {
        return X87Arith.fromFloat64Operand(env, host.read(0, 8));
    }

    private void d9Memory(int reg) {
        switch (reg) {
            case 0 -> load(X87Arith.fromFloat32(env, (int) host.read(0, 4)));
            case 2, 3 -> storeFloat(4, reg == 3);
            case 4 -> X87Images.fldenv(fpu, host);
            case 5 -> fpu.setControlWord((int) host.read(0, 2));
            case 6 -> X87Images.fnstenv(fpu, host);
            case 7 -> host.write(0, 2, fpu.controlWord());
            default -> throw undefined();
        }
    }

    private void dbMemory(int reg) {
        switch (reg) {
            case 0 -> load(X87Arith.fromLong((int) host.read(0, 4)));
            case 1 -> storeInt(4, true, true);
            case 2, 3 -> storeInt(4, reg == 3, false);
            case 5 -> load(new Ext80((int) host.read(8, 2), host.read(0, 8)));
            case 7 -> storeExt();
            default -> throw undefined();
        }
    }

    private void ddMemory(int reg) {
        switch (reg) {
            case 0 -> load(X87Arith.fromFloat64(env, host.read(0, 8)));
            case 1 -> storeInt(8, true, true);
            case 2, 3 -> storeFloat(8, reg == 3);
            case 4 -> X87Images.frstor(fpu, host);
            case 6 -> X87Images.fnsave(fpu, host);
            case 7 -> host.write(0, 2, fpu.statusWord());
            default -> throw undefined();
        }
    }

    private void dfMemory(int reg) {
        switch (reg) {
            case 0 -> load(X87Arith.fromLong((short) host.read(0, 2)));
            case 1 -> storeInt(2, true, true);
            case 2, 3 -> storeInt(2, reg == 3, false);
            case 4 -> load(X87Bcd.load(host));
            case 5 -> load(X87Arith.fromLong(host.read(0, 8)));
            case 6 -> storeBcd();
            case 7 -> storeInt(8, true, false);
            default -> throw undefined();
        }
    }

    // ---- register forms ------------------------------------------------------------------------

    void register(int opcode, int modrm) {
        int reg = (modrm >> 3) & 7;
        int i = modrm & 7;
        switch (opcode) {
            case 0xD8 -> {
                if (reg == COM || reg == COMP) {
                    compare(0, i, false, reg == COMP ? 1 : 0);
                } else {
                    arith(reg, 0, 0, i, false);
                }
            }
            case 0xDC, 0xDE -> {
                boolean pop = opcode == 0xDE;
                if (reg == COM || reg == COMP) {
                    if (opcode == 0xDE && reg == COMP && i != 1) {
                        throw undefined();
                    }
                    // DC D0/D8 and DE D0 are reserved aliases of FCOM/FCOMP; DE D9 is FCOMPP
                    int pops = opcode == 0xDE ? (reg == COMP ? 2 : 1) : (reg == COMP ? 1 : 0);
                    compare(0, i, false, pops);
                } else {
                    // with ST(i) as destination the SUB/SUBR and DIV/DIVR encodings swap
                    int op = reg >= SUB ? reg ^ 1 : reg;
                    arith(op, i, i, 0, pop);
                }
            }
            case 0xD9 -> d9Register(modrm, reg, i);
            case 0xDA -> {
                if (modrm == 0xE9) {
                    compare(0, 1, true, 2);
                } else if (reg < 4) {
                    fcmov(reg, false, i);
                } else {
                    throw undefined();
                }
            }
            case 0xDB -> dbRegister(modrm, reg, i);
            case 0xDD -> {
                switch (reg) {
                    case 0 -> {
                        fpu.setTagWord(fpu.tagWord() | 3 << (2 * ((fpu.top() + i) & 7)));
                        fpu.commit(false);
                    }
                    case 1 -> fxch(i);
                    case 2, 3 -> storeRegister(i, reg == 3);
                    case 4, 5 -> compare(0, i, true, reg == 5 ? 1 : 0);
                    default -> throw undefined();
                }
            }
            case 0xDF -> {
                switch (reg) {
                    case 0 -> {
                        // FFREEP: free ST(i), then pop
                        fpu.setTagWord(fpu.tagWord() | 3 << (2 * ((fpu.top() + i) & 7)));
                        fpu.pop();
                        fpu.commit(false);
                    }
                    case 1 -> fxch(i);
                    case 2, 3 -> storeRegister(i, true);
                    case 4 -> {
                        if (i != 0) {
                            throw undefined();
                        }
                        host.setAx(fpu.statusWord());
                    }
                    case 5 -> fcomi(i, true, true);
                    case 6 -> fcomi(i, false, true);
                    default -> throw undefined();
                }
            }
            default -> throw undefined();
        }
    }

    private void d9Register(int modrm, int reg, int i) {
        switch (reg) {
            case 0 -> loadRegister(i);
            case 1 -> fxch(i);
            case 2 -> {
                if (i != 0) {
                    throw undefined();
                }
                fpu.commit(false); // FNOP
            }
            case 3 -> storeRegister(i, true);
            default -> d9Special(modrm);
        }
    }

    private void d9Special(int modrm) {
        switch (modrm) {
            case 0xE0, 0xE1 -> {
                if (underflow(0)) {
                    masked(() -> fpu.setSt(0, Ext80.INDEFINITE));
                } else {
                    Ext80 v = fpu.st(0);
                    fpu.setSt(0, modrm == 0xE0 ? v.negate() : v.withSign(false));
                }
                env.raised &= ~X87Env.C1;
                fpu.commit(true);
            }
            case 0xE4 -> compareWith(Ext80.POS_ZERO, false);
            case 0xE5 -> fxam();
            case 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE -> load(X87Constants.load(modrm - 0xE8, env.rc()));
            case 0xF0 -> unary(X87Transcendental::f2xm1);
            case 0xF1 -> binaryPop(X87Transcendental::fyl2x);
            case 0xF2 -> pushingUnary(X87Transcendental::fptan, true);
            case 0xF3 -> binaryPop(X87Transcendental::fpatan);
            case 0xF4 -> pushingUnary(X87Arith::fxtract, false);
            case 0xF5, 0xF8 -> fprem(modrm == 0xF5);
            case 0xF6, 0xF7 -> {
                fpu.setTop(fpu.top() + (modrm == 0xF6 ? -1 : 1));
                env.raised &= ~X87Env.C1;
                fpu.commit(true);
            }
            case 0xF9 -> binaryPop(X87Transcendental::fyl2xp1);
            case 0xFA -> unary(X87Arith::sqrt);
            case 0xFB -> pushingUnary(X87Transcendental::fsincos, true);
            case 0xFC -> unary(X87Arith::frndint);
            case 0xFD -> {
                if (underflow(0) || underflow(1)) {
                    masked(() -> fpu.setSt(0, Ext80.INDEFINITE));
                } else {
                    write(0, X87Arith.fscale(env, fpu.st(0), fpu.st(1)), false);
                }
                fpu.commit(true);
            }
            case 0xFE -> unaryTrig(X87Transcendental::fsin);
            case 0xFF -> unaryTrig(X87Transcendental::fcos);
            default -> throw undefined();
        }
    }

    private void dbRegister(int modrm, int reg, int i) {
        switch (reg) {
            case 0, 1, 2, 3 -> fcmov(reg, true, i);
            case 4 -> {
                switch (modrm) {
                    case 0xE2 -> fpu.clearExceptions();
                    case 0xE3 -> fpu.init();
                    case 0xE0, 0xE1, 0xE4 -> {
                        // FNENI, FNDISI, FNSETPM: no-ops since the 287
                    }
                    default -> throw undefined();
                }
            }
            case 5 -> fcomi(i, true, false);
            case 6 -> fcomi(i, false, false);
            default -> throw undefined();
        }
    }

    // ---- stack faults --------------------------------------------------------------------------

    /** Whether ST(i) is empty; if so raises the stack-underflow invalid operation (C1 = 0). */
    private boolean underflow(int i) {
        if (!fpu.isEmpty(i)) {
            return false;
        }
        env.raise(X87Env.IE | X87Env.SF);
        env.raised &= ~X87Env.C1;
        return true;
    }

    /** Whether pushing would overwrite a register in use; if so raises stack overflow (C1 = 1). */
    private boolean overflowOnPush() {
        if (fpu.isEmpty(7)) {
            return false;
        }
        env.raise(X87Env.IE | X87Env.SF | X87Env.C1);
        return true;
    }

    /** Runs the masked response of a stack fault only when IE is masked. */
    private void masked(Runnable response) {
        if (env.masked(X87Env.IE)) {
            response.run();
        }
    }

    private void write(int i, Ext80 v, boolean pop) {
        if (env.blocked()) {
            return;
        }
        fpu.setSt(i, v);
        if (pop) {
            fpu.pop();
        }
    }

    // ---- families ------------------------------------------------------------------------------

    private Ext80 compute(int op, Ext80 x, Ext80 y) {
        return switch (op) {
            case ADD -> X87Arith.add(env, x, y);
            case MUL -> X87Arith.mul(env, x, y);
            case SUB -> X87Arith.sub(env, x, y);
            case SUBR -> X87Arith.sub(env, y, x);
            case DIV -> X87Arith.div(env, x, y);
            case DIVR -> X87Arith.div(env, y, x);
            default -> throw new IllegalArgumentException("op " + op);
        };
    }

    /** ST(dst) = ST(x) op ST(y), then pop if asked. */
    private void arith(int op, int dst, int x, int y, boolean pop) {
        if (underflow(x) | underflow(y)) {
            masked(() -> {
                fpu.setSt(dst, Ext80.INDEFINITE);
                if (pop) {
                    fpu.pop();
                }
            });
        } else {
            write(dst, compute(op, fpu.st(x), fpu.st(y)), pop);
        }
        fpu.commit(true);
    }

    private void arithMem(int op, Ext80 operand) {
        if (op == COM || op == COMP) {
            compareWith(operand, op == COMP);
            return;
        }
        if (underflow(0)) {
            masked(() -> fpu.setSt(0, Ext80.INDEFINITE));
        } else if (!env.blocked()) {
            write(0, compute(op, fpu.st(0), operand), false);
        }
        fpu.commit(true);
    }

    private void setCompareConditions(int outcome) {
        int cc = switch (outcome) {
            case X87Arith.GREATER -> 0;
            case X87Arith.LESS -> X87Env.C0;
            case X87Arith.EQUAL -> X87Env.C3;
            default -> X87Env.C0 | X87Env.C2 | X87Env.C3;
        };
        fpu.setConditions(CC_MASK, cc);
    }

    private void compare(int a, int b, boolean quiet, int pops) {
        int outcome;
        if (underflow(a) | underflow(b)) {
            outcome = X87Arith.UNORDERED;
        } else {
            outcome = X87Arith.compare(env, fpu.st(a), fpu.st(b), quiet);
        }
        finishCompare(outcome, pops);
    }

    private void compareWith(Ext80 operand, boolean pop) {
        int outcome;
        if (underflow(0)) {
            outcome = X87Arith.UNORDERED;
        } else {
            outcome = X87Arith.compare(env, fpu.st(0), operand, false);
        }
        finishCompare(outcome, pop ? 1 : 0);
    }

    private void finishCompare(int outcome, int pops) {
        // the condition codes are written even when an unmasked exception stops the pop
        setCompareConditions(outcome);
        if ((env.raised & ~env.cw & (X87Env.IE | X87Env.DE)) == 0) {
            for (int k = 0; k < pops; k++) {
                fpu.pop();
            }
        }
        fpu.commit(false);
    }

    /** FCOMI/FUCOMI and their popping forms (DF): ZF, PF, CF from the compare; OF, SF, AF cleared. */
    private void fcomi(int i, boolean quiet, boolean pop) {
        int outcome;
        if (underflow(0) | underflow(i)) {
            outcome = X87Arith.UNORDERED;
        } else {
            outcome = X87Arith.compare(env, fpu.st(0), fpu.st(i), quiet);
        }
        int f = switch (outcome) {
            case X87Arith.GREATER -> 0;
            case X87Arith.LESS -> EFLAGS_CF;
            case X87Arith.EQUAL -> EFLAGS_ZF;
            default -> EFLAGS_ZF | EFLAGS_PF | EFLAGS_CF;
        };
        int mask = EFLAGS_CF | EFLAGS_PF | EFLAGS_AF | EFLAGS_ZF | EFLAGS_SF | EFLAGS_OF;
        host.setEflags((host.eflags() & ~mask) | f);
        if ((env.raised & ~env.cw & (X87Env.IE | X87Env.DE)) == 0) {
            if (pop) {
                fpu.pop();
            }
        }
        env.raised &= ~X87Env.C1;
        fpu.commit(true);
    }

    private void fxam() {
        Ext80 v = fpu.st(0);
        int cc;
        if (fpu.isEmpty(0)) {
            cc = X87Env.C3 | X87Env.C0;
        } else {
            cc = switch (v.kind()) {
                case UNSUPPORTED -> 0;
                case QNAN, SNAN -> X87Env.C0;
                case NORMAL -> X87Env.C2;
                case INF -> X87Env.C2 | X87Env.C0;
                case ZERO -> X87Env.C3;
                case DENORMAL -> X87Env.C3 | X87Env.C2;
            };
        }
        if (v.negative()) {
            cc |= X87Env.C1;
        }
        fpu.setConditions(CC_MASK, cc);
        fpu.commit(false);
    }

    private void fcmov(int cond, boolean negate, int i) {
        int f = host.eflags();
        boolean take = switch (cond) {
            case 0 -> (f & EFLAGS_CF) != 0;
            case 1 -> (f & EFLAGS_ZF) != 0;
            case 2 -> (f & (EFLAGS_CF | EFLAGS_ZF)) != 0;
            default -> (f & EFLAGS_PF) != 0;
        };
        if (underflow(0) | underflow(i)) {
            masked(() -> fpu.setSt(0, Ext80.INDEFINITE));
        } else if (take != negate) {
            fpu.setSt(0, fpu.st(i));
        }
        env.raised &= ~X87Env.C1;
        fpu.commit(true);
    }

    private void fxch(int i) {
        boolean e0 = underflow(0), ei = underflow(i);
        if (e0 || ei) {
            if (env.masked(X87Env.IE)) {
                Ext80 a = e0 ? Ext80.INDEFINITE : fpu.st(0);
                Ext80 b = ei ? Ext80.INDEFINITE : fpu.st(i);
                fpu.setSt(0, b);
                fpu.setSt(i, a);
            }
        } else {
            Ext80 a = fpu.st(0);
            fpu.setSt(0, fpu.st(i));
            fpu.setSt(i, a);
        }
        env.raised &= ~X87Env.C1;
        fpu.commit(true);
    }

    /** Pushes a value (FLD, FILD, constants); the value's own conversion flags are already raised. */
    private void load(Ext80 v) {
        if (!fpu.isEmpty(7)) {
            // a stack overflow reports only itself, not the source's DE or IE
            env.raised &= ~(X87Env.DE | X87Env.IE);
        }
        if (overflowOnPush()) {
            masked(() -> fpu.push(Ext80.INDEFINITE));
        } else if ((env.raised & ~env.cw & X87Env.IE) == 0) {
            // an unmasked DE from a denormal m32/m64 source does not stop the load
            fpu.push(v);
        }
        fpu.commit(true);
    }

    private void loadRegister(int i) {
        if (underflow(i)) {
            if (overflowOnPush()) {
                env.raised |= X87Env.C1;
            }
            masked(() -> fpu.push(Ext80.INDEFINITE));
            fpu.commit(true);
            return;
        }
        load(fpu.st(i));
    }

    private void storeRegister(int i, boolean pop) {
        if (underflow(0)) {
            masked(() -> {
                fpu.setSt(i, Ext80.INDEFINITE);
                if (pop) {
                    fpu.pop();
                }
            });
        } else {
            fpu.setSt(i, fpu.st(0));
            if (pop) {
                fpu.pop();
            }
        }
        env.raised &= ~X87Env.C1;
        fpu.commit(true);
    }

    private boolean storeBlocked() {
        return (env.raised & ~env.cw & (X87Env.IE | X87Env.DE | X87Env.OE | X87Env.UE)) != 0;
    }

    private void storeFloat(int size, boolean pop) {
        if (underflow(0)) {
            if (env.masked(X87Env.IE)) {
                host.write(0, size, size == 4 ? 0xFFC0_0000L : 0xFFF8_0000_0000_0000L);
                if (pop) {
                    fpu.pop();
                }
            }
        } else {
            Ext80 v = fpu.st(0);
            long bits = size == 4 ? X87Arith.toFloat32(env, v) & 0xFFFF_FFFFL : X87Arith.toFloat64(env, v);
            if (!storeBlocked()) {
                host.write(0, size, bits);
                if (pop) {
                    fpu.pop();
                }
            }
        }
        fpu.commit(true);
    }

    private void storeExt() {
        Ext80 v = underflow(0) ? Ext80.INDEFINITE : fpu.st(0);
        if (!storeBlocked()) {
            host.write(0, 8, v.m());
            host.write(8, 2, v.se());
            fpu.pop();
        }
        env.raised &= ~X87Env.C1;
        fpu.commit(true);
    }

    private void storeInt(int size, boolean pop, boolean truncate) {
        long value;
        if (underflow(0)) {
            value = 1L << (8 * size - 1);
        } else {
            value = X87Arith.toInteger(env, fpu.st(0), 8 * size, truncate);
        }
        if (!storeBlocked()) {
            host.write(0, size, value);
            if (pop) {
                fpu.pop();
            }
        }
        fpu.commit(true);
    }

    private void storeBcd() {
        if (underflow(0)) {
            if (env.masked(X87Env.IE)) {
                X87Bcd.storeIndefinite(host);
                fpu.pop();
            }
        } else {
            if (X87Bcd.store(env, fpu.st(0), host)) {
                fpu.pop();
            }
        }
        fpu.commit(true);
    }

    // ---- one-operand families ------------------------------------------------------------------

    interface Unary {
        Ext80 apply(X87Env env, Ext80 a);
    }

    interface Binary {
        Ext80 apply(X87Env env, Ext80 st0, Ext80 st1);
    }

    interface Pushing {
        /** Returns {new ST0 before the push, value pushed}. */
        Ext80[] apply(X87Env env, Ext80 a);
    }

    private void unary(Unary f) {
        if (underflow(0)) {
            masked(() -> fpu.setSt(0, Ext80.INDEFINITE));
        } else {
            write(0, f.apply(env, fpu.st(0)), false);
        }
        fpu.commit(true);
    }

    /** FSIN and FCOS: out-of-range operands set C2 and stay unchanged. */
    private void unaryTrig(Unary f) {
        fpu.setConditions(X87Env.C2, 0);
        if (underflow(0)) {
            masked(() -> fpu.setSt(0, Ext80.INDEFINITE));
        } else if (X87Transcendental.outOfRange(fpu.st(0))) {
            fpu.setConditions(X87Env.C2, X87Env.C2);
        } else {
            write(0, f.apply(env, fpu.st(0)), false);
        }
        fpu.commit(true);
    }

    /** ST1 = f(ST0, ST1), then pop. */
    private void binaryPop(Binary f) {
        if (underflow(0) | underflow(1)) {
            masked(() -> {
                fpu.setSt(1, Ext80.INDEFINITE);
                fpu.pop();
            });
        } else {
            write(1, f.apply(env, fpu.st(0), fpu.st(1)), true);
        }
        fpu.commit(true);
    }

    private void pushingUnary(Pushing f, boolean trig) {
        fpu.setConditions(X87Env.C2, 0);
        if (underflow(0)) {
            masked(() -> {
                fpu.setSt(0, Ext80.INDEFINITE);
                fpu.push(Ext80.INDEFINITE);
            });
        } else if (overflowOnPush()) {
            masked(() -> {
                fpu.setSt(0, Ext80.INDEFINITE);
                fpu.push(Ext80.INDEFINITE);
            });
        } else if (trig && X87Transcendental.outOfRange(fpu.st(0))) {
            fpu.setConditions(X87Env.C2, X87Env.C2);
        } else {
            Ext80[] r = f.apply(env, fpu.st(0));
            if (!env.blocked()) {
                fpu.setSt(0, r[0]);
                fpu.push(r[1]);
            }
        }
        fpu.commit(true);
    }

    private void fprem(boolean nearest) {
        if (underflow(0) | underflow(1)) {
            masked(() -> fpu.setSt(0, Ext80.INDEFINITE));
            fpu.commit(true);
            return;
        }
        X87Arith.Remainder r = X87Arith.fprem(env, fpu.st(0), fpu.st(1), nearest);
        if (!env.blocked()) {
            fpu.setSt(0, r.value());
            fpu.setConditions(CC_MASK, r.conditions());
        }
        fpu.commit(false);
    }
}
