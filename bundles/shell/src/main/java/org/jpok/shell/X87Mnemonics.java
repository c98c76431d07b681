package org.jpok.shell;

/**
 * The x87 opcodes D8 to DF in the names objdump prints (AT&T): memory forms by opcode and ModRM reg field, and the
 * register forms. Null marks an encoding that has no instruction.
 */
final class X87Mnemonics {

    private X87Mnemonics() {
    }

    /** Memory forms: [opcode - 0xD8][reg]; the suffix says the operand's size (s, l, ll, t) as objdump does. */
    static final String[][] MEMORY = {
        {"fadds", "fmuls", "fcoms", "fcomps", "fsubs", "fsubrs", "fdivs", "fdivrs"},
        {"flds", null, "fsts", "fstps", "fldenv", "fldcw", "fnstenv", "fnstcw"},
        {"fiaddl", "fimull", "ficoml", "ficompl", "fisubl", "fisubrl", "fidivl", "fidivrl"},
        {"fildl", "fisttpl", "fistl", "fistpl", null, "fldt", null, "fstpt"},
        {"faddl", "fmull", "fcoml", "fcompl", "fsubl", "fsubrl", "fdivl", "fdivrl"},
        {"fldl", "fisttpll", "fstl", "fstpl", "frstor", null, "fnsave", "fnstsw"},
        {"fiadds", "fimuls", "ficoms", "ficomps", "fisubs", "fisubrs", "fidivs", "fidivrs"},
        {"filds", "fisttps", "fists", "fistps", "fbld", "fildll", "fbstp", "fistpll"},
    };

    /** D9 E0 to D9 FF: the operand-less constants and functions. */
    private static final String[] D9_E0 = {
        "fchs", "fabs", null, null, "ftst", "fxam", null, null,
        "fld1", "fldl2t", "fldl2e", "fldpi", "fldlg2", "fldln2", "fldz", null,
        "f2xm1", "fyl2x", "fptan", "fpatan", "fxtract", "fprem1", "fdecstp", "fincstp",
        "fprem", "fyl2xp1", "fsqrt", "fsincos", "frndint", "fscale", "fsin", "fcos",
    };

    private static final String[] ARITH = {"fadd", "fmul", "fcom", "fcomp", "fsub", "fsubr", "fdiv", "fdivr"};
    /** DC and DE swap sub/subr and div/divr against Intel's names: objdump (and gas) print the AT&T ones. */
    private static final String[] ARITH_TO_STI = {"fadd", "fmul", null, null, "fsub", "fsubr", "fdiv", "fdivr"};
    private static final String[] FCMOV = {"fcmovb", "fcmove", "fcmovbe", "fcmovu"};
    private static final String[] FCMOVN = {"fcmovnb", "fcmovne", "fcmovnbe", "fcmovnu"};

    /** The register form {@code opcode} with ModRM reg field {@code reg} and r/m {@code i} (mod = 3). */
    static String register(int opcode, int reg, int i) {
        String sti = "%st(" + i + ")";
        switch (opcode) {
            case 0xD8:
                return reg == 2 || reg == 3 ? ARITH[reg] + " " + sti : ARITH[reg] + " " + sti + ",%st";
            case 0xD9:
                if (reg == 0) {
                    return "fld " + sti;
                }
                if (reg == 1) {
                    return "fxch " + sti;
                }
                if (reg == 2) {
                    return i == 0 ? "fnop" : null;
                }
                return reg >= 4 ? D9_E0[(reg - 4) * 8 + i] : null;
            case 0xDA:
                if (reg < 4) {
                    return FCMOV[reg] + " " + sti + ",%st";
                }
                return reg == 5 && i == 1 ? "fucompp" : null;
            case 0xDB:
                if (reg < 4) {
                    return FCMOVN[reg] + " " + sti + ",%st";
                }
                if (reg == 4) {
                    return i == 2 ? "fnclex" : i == 3 ? "fninit" : null;
                }
                return reg == 5 ? "fucomi " + sti + ",%st" : reg == 6 ? "fcomi " + sti + ",%st" : null;
            case 0xDC:
                return ARITH_TO_STI[reg] == null ? null : ARITH_TO_STI[reg] + " %st," + sti;
            case 0xDD:
                switch (reg) {
                    case 0: return "ffree " + sti;
                    case 2: return "fst " + sti;
                    case 3: return "fstp " + sti;
                    case 4: return "fucom " + sti;
                    case 5: return "fucomp " + sti;
                    default: return null;
                }
            case 0xDE:
                if (reg == 3) {
                    return i == 1 ? "fcompp" : null;
                }
                return ARITH_TO_STI[reg] == null ? null : ARITH_TO_STI[reg] + "p %st," + sti;
            case 0xDF:
                if (reg == 4) {
                    return i == 0 ? "fnstsw %ax" : null;
                }
                return reg == 5 ? "fucomip " + sti + ",%st" : reg == 6 ? "fcomip " + sti + ",%st" : null;
            default:
                return null;
        }
    }
}
