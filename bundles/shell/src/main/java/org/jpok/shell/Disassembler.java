package org.jpok.shell;

/**
 * A small i386 disassembler printing AT&T syntax as objdump does, for {@code pok:disasm}. It covers the 32-bit integer
 * instructions (ALU groups, mov/movzx/movsx/lea/xchg, push/pop, inc/dec, shifts and rotates, test, mul/div, jumps,
 * loops, calls, setcc, cmovcc, bit tests, bsf/bsr, shld/shrd, cmpxchg/xadd/bswap, string and port string operations
 * with rep, in/out, int, iret, enter/leave, ret, BCD adjustments, cpuid and rdtsc), the x87 (D8 to DF, with fwait
 * merged as objdump does), far calls, jumps and returns and the far-pointer loads, and the system instructions
 * (lgdt/lidt/sgdt/sidt, lldt/ltr/sldt/str, lmsw/smsw, invlpg, mov to and from control and debug registers, clts,
 * invd/wbinvd, rdmsr/wrmsr, lar/lsl, ud2), with the 0x66 operand-size, segment and rep/lock prefixes. It does not
 * decode MMX/SSE or 16-bit addressing (0x67): those print as {@code .byte 0xNN}.
 */
final class Disassembler {

    /** One decoded instruction: its address, its length in bytes and its text. */
    record Instruction(long address, int length, String text) {
    }

    private static final String[] REG32 = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};
    private static final String[] REG16 = {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di"};
    private static final String[] REG8 = {"al", "cl", "dl", "bl", "ah", "ch", "dh", "bh"};
    private static final String[] SEG = {"es", "cs", "ss", "ds", "fs", "gs"};
    private static final String[] ALU = {"add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"};
    private static final String[] SHIFT = {"rol", "ror", "rcl", "rcr", "shl", "shr", "sal", "sar"};
    private static final String[] CC = {"o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"};

    private final byte[] code;
    private final long origin;
    private int pos;
    private boolean op16;
    private String segment;

    private Disassembler(byte[] code, long origin, int pos) {
        this.code = code;
        this.origin = origin;
        this.pos = pos;
    }

    /** Decodes the instruction at {@code offset} of {@code code}, which starts at address {@code origin}. */
    static Instruction decode(byte[] code, long origin, int offset) {
        Disassembler d = new Disassembler(code, origin, offset);
        String text;
        try {
            text = d.instruction();
        } catch (ArrayIndexOutOfBoundsException e) {
            text = null; // ran off the end of the bytes read
        }
        if (text == null) {
            return new Instruction(origin + offset, 1, String.format(".byte 0x%02x", code[offset] & 0xFF));
        }
        return new Instruction(origin + offset, d.pos - offset, text);
    }

    private int u8() {
        return code[pos++] & 0xFF;
    }

    private int s8() {
        return code[pos++];
    }

    private int u16() {
        return u8() | u8() << 8;
    }

    private int s32() {
        return u8() | u8() << 8 | u8() << 16 | u8() << 24;
    }

    private int imm() {
        return op16 ? u16() : s32();
    }

    private String reg(int r, int size) {
        return "%" + (size == 1 ? REG8[r] : size == 2 ? REG16[r] : REG32[r]);
    }

    private int size() {
        return op16 ? 2 : 4;
    }

    private static String suffix(int size) {
        return size == 1 ? "b" : size == 2 ? "w" : "l";
    }

    private static String hex(long v) {
        return v < 0 ? "-0x" + Long.toHexString(-v) : "0x" + Long.toHexString(v);
    }

    private static String imm(long v) {
        return "$" + "0x" + Long.toHexString(v & 0xFFFFFFFFL);
    }

    private String target(long rel) {
        return "0x" + Long.toHexString((origin + pos + rel) & 0xFFFFFFFFL);
    }

    /** A decoded ModRM byte: the reg field and the r/m operand's text (register or memory). */
    private final class ModRm {
        final int reg;
        final int mod;
        final int rm;
        final String memory;

        ModRm() {
            int b = u8();
            mod = b >> 6;
            reg = (b >> 3) & 7;
            rm = b & 7;
            memory = mod == 3 ? null : address();
        }

        boolean isMemory() {
            return memory != null;
        }

        String operand(int size) {
            return memory != null ? memory : reg(rm, size);
        }

        private String address() {
            String base;
            String index = null;
            int scale = 1;
            int r = rm;
            if (r == 4) {
                int sib = u8();
                scale = 1 << (sib >> 6);
                int idx = (sib >> 3) & 7;
                r = sib & 7;
                // no index; objdump names the empty one %eiz unless the SIB only says "base %esp"
                index = idx != 4 ? "%" + REG32[idx] : r != 4 || scale != 1 ? "%eiz" : null;
                base = r == 5 && mod == 0 ? null : "%" + REG32[r];
            } else {
                base = r == 5 && mod == 0 ? null : "%" + REG32[r];
            }
            long disp = mod == 1 ? s8() : mod == 2 || base == null ? s32() : 0;
            StringBuilder b = new StringBuilder();
            if (segment != null) {
                b.append('%').append(segment).append(':');
            }
            if (base == null && index == null) {
                return b.append("0x").append(Long.toHexString(disp & 0xFFFFFFFFL)).toString();
            }
            if (disp != 0 || mod != 0 || base == null) { // an explicit zero displacement prints, as objdump does
                b.append(hex(disp));
            }
            b.append('(').append(base == null ? "" : base);
            if (index != null) {
                b.append(',').append(index).append(',').append(scale);
            }
            return b.append(')').toString();
        }
    }

    private static String op(String mnemonic, String operands) {
        return operands.isEmpty() ? mnemonic : String.format("%-6s %s", mnemonic, operands);
    }

    /** {@code "mnemonic operands"} laid out as {@link #op} does; null stays null. */
    private static String layout(String text) {
        if (text == null) {
            return null;
        }
        int space = text.indexOf(' ');
        return space < 0 ? text : op(text.substring(0, space), text.substring(space + 1));
    }

    /** A string instruction: with a repeat prefix objdump writes it before, unpadded. */
    private static String string(String rep, String mnemonic, String operands) {
        return rep.isEmpty() ? op(mnemonic, operands) : rep + mnemonic + " " + operands;
    }

    /** An x87 instruction, opcode D8 to DF. */
    private String x87(int opcode) {
        ModRm x = new ModRm();
        if (x.isMemory()) {
            String m = X87Mnemonics.MEMORY[opcode - 0xD8][x.reg];
            return m == null ? null : op(m, x.memory);
        }
        return layout(X87Mnemonics.register(opcode, x.reg, x.rm));
    }

    /** fwait, or with the no-wait x87 control instruction after it the waiting form objdump shows (fstcw, finit ...). */
    private String fwait() {
        int save = pos;
        int next = pos < code.length ? code[pos] & 0xFF : -1;
        if (next == 0xD9 || next == 0xDB || next == 0xDD || next == 0xDF) {
            pos++;
            String n = x87(next);
            if (n != null && n.startsWith("fn") && !n.startsWith("fnop")) {
                return layout("f" + n.substring(2).replaceFirst(" +", " "));
            }
        }
        pos = save;
        return "fwait";
    }

    /** A far pointer operand of a direct far call or jump: offset, then selector. */
    private String farPointer() {
        long offset = op16 ? u16() : s32() & 0xFFFFFFFFL;
        return imm(u16()) + "," + imm(offset);
    }

    private String instruction() {
        String rep = "";
        String lock = "";
        while (true) {
            int p = code[pos] & 0xFF;
            switch (p) {
                case 0x66 -> op16 = true;
                case 0xF3 -> rep = "rep ";
                case 0xF2 -> rep = "repne ";
                case 0xF0 -> lock = "lock ";
                case 0x26 -> segment = "es";
                case 0x2E -> segment = "cs";
                case 0x36 -> segment = "ss";
                case 0x3E -> segment = "ds";
                case 0x64 -> segment = "fs";
                case 0x65 -> segment = "gs";
                default -> {
                    String text = body(u8(), rep);
                    return text == null ? null : lock + text;
                }
            }
            pos++;
        }
    }

    private String body(int b, String rep) {
        int sz = size();
        if (b < 0x20 && (b & 7) >= 6 && b != 0x0F) {
            return op((b & 1) == 0 ? "push" : "pop", "%" + SEG[b >> 3]);
        }
        if (b >= 0xD8 && b <= 0xDF) {
            return x87(b);
        }
        if (b < 0x40 && (b & 7) < 6) {
            String m = ALU[b >> 3];
            switch (b & 7) {
                case 0: { ModRm x = new ModRm(); return op(m, reg(x.reg, 1) + "," + x.operand(1)); }
                case 1: { ModRm x = new ModRm(); return op(m, reg(x.reg, sz) + "," + x.operand(sz)); }
                case 2: { ModRm x = new ModRm(); return op(m, x.operand(1) + "," + reg(x.reg, 1)); }
                case 3: { ModRm x = new ModRm(); return op(m, x.operand(sz) + "," + reg(x.reg, sz)); }
                case 4: return op(m, imm(u8()) + ",%al");
                default: return op(m, imm(imm()) + "," + reg(0, sz));
            }
        }
        if (b >= 0x40 && b < 0x60) {
            String[] m = {"inc", "dec", "push", "pop"};
            return op(m[(b - 0x40) >> 3], reg(b & 7, sz));
        }
        if (b >= 0x70 && b < 0x80) {
            int rel = s8();
            return op("j" + CC[b & 15], target(rel));
        }
        if (b >= 0x91 && b < 0x98) {
            return op("xchg", reg(b & 7, sz) + "," + reg(0, sz));
        }
        if (b >= 0xB0 && b < 0xB8) {
            return op("mov", imm(u8()) + "," + reg(b & 7, 1));
        }
        if (b >= 0xB8 && b < 0xC0) {
            return op("mov", imm(imm()) + "," + reg(b & 7, sz));
        }
        switch (b) {
            case 0x0F: return twoByte(u8());
            case 0x27: return "daa";
            case 0x2F: return "das";
            case 0x37: return "aaa";
            case 0x3F: return "aas";
            case 0x60: return op16 ? "pushaw" : "pusha";
            case 0x61: return op16 ? "popaw" : "popa";
            case 0x68: return op("push", imm(imm()));
            case 0x6A: return op("push", imm(s8()));
            case 0x69: case 0x6B: {
                ModRm x = new ModRm();
                long v = b == 0x69 ? imm() : s8();
                return op("imul", imm(v) + "," + x.operand(sz) + "," + reg(x.reg, sz));
            }
            case 0x80: case 0x81: case 0x83: {
                int s = b == 0x80 ? 1 : sz;
                ModRm x = new ModRm();
                long v = b == 0x81 ? imm() : b == 0x83 ? s8() : u8();
                return op(ALU[x.reg] + (x.isMemory() ? suffix(s) : ""), imm(v) + "," + x.operand(s));
            }
            case 0x84: case 0x85: { int s = b == 0x84 ? 1 : sz; ModRm x = new ModRm(); return op("test", reg(x.reg, s) + "," + x.operand(s)); }
            case 0x86: case 0x87: { int s = b == 0x86 ? 1 : sz; ModRm x = new ModRm(); return op("xchg", reg(x.reg, s) + "," + x.operand(s)); }
            case 0x88: case 0x89: { int s = b == 0x88 ? 1 : sz; ModRm x = new ModRm(); return op("mov", reg(x.reg, s) + "," + x.operand(s)); }
            case 0x8A: case 0x8B: { int s = b == 0x8A ? 1 : sz; ModRm x = new ModRm(); return op("mov", x.operand(s) + "," + reg(x.reg, s)); }
            case 0x8C: { ModRm x = new ModRm(); return x.reg < 6 ? op("mov", "%" + SEG[x.reg] + "," + x.operand(sz)) : null; }
            case 0x8E: { ModRm x = new ModRm(); return x.reg < 6 ? op("mov", x.operand(sz) + ",%" + SEG[x.reg]) : null; }
            case 0x8D: { ModRm x = new ModRm(); return x.isMemory() ? op("lea", x.memory + "," + reg(x.reg, sz)) : null; }
            case 0x8F: { ModRm x = new ModRm(); return x.reg == 0 ? op("pop" + (x.isMemory() ? suffix(sz) : ""), x.operand(sz)) : null; }
            case 0x90: return rep.equals("rep ") ? "pause" : op16 ? "xchg   %ax,%ax" : "nop";
            case 0x98: return op16 ? "cbtw" : "cwtl";
            case 0x99: return op16 ? "cwtd" : "cltd";
            case 0x9A: return op(op16 ? "lcallw" : "lcall", farPointer());
            case 0x9B: return fwait();
            case 0x9E: return "sahf";
            case 0x9F: return "lahf";
            case 0x6C: return string(rep, "insb", "(%dx),%es:(%edi)");
            case 0x6D: return string(rep, "ins" + suffix(sz), "(%dx),%es:(%edi)");
            case 0x6E: return string(rep, "outsb", "%ds:(%esi),(%dx)");
            case 0x6F: return string(rep, "outs" + suffix(sz), "%ds:(%esi),(%dx)");
            case 0xA6: return string(rep.replace("rep", "repz").replace("repzne", "repnz"), "cmpsb", "%es:(%edi),%ds:(%esi)");
            case 0xA7: return string(rep.replace("rep", "repz").replace("repzne", "repnz"), "cmps" + suffix(sz),
                    "%es:(%edi),%ds:(%esi)");
            case 0xAE: return string(rep.replace("rep", "repz").replace("repzne", "repnz"), "scas", "%es:(%edi),%al");
            case 0xAF: return string(rep.replace("rep", "repz").replace("repzne", "repnz"), "scas",
                    "%es:(%edi)," + reg(0, sz));
            case 0xC4: case 0xC5: {
                ModRm x = new ModRm();
                return x.isMemory() ? op(b == 0xC4 ? "les" : "lds", x.memory + "," + reg(x.reg, sz)) : null;
            }
            case 0xC8: { int frame = u16(); return op("enter", imm(frame) + "," + imm(u8())); }
            case 0xCA: return op("lret", imm(u16()));
            case 0xCB: return "lret";
            case 0xCE: return "into";
            case 0xD4: return op("aam", imm(u8()));
            case 0xD5: return op("aad", imm(u8()));
            case 0xD7: return op("xlat", "%ds:(%ebx)");
            case 0xE0: case 0xE1: case 0xE2: case 0xE3: {
                int rel = s8();
                return op(new String[] {"loopne", "loope", "loop", "jecxz"}[b - 0xE0], target(rel));
            }
            case 0xEA: return op(op16 ? "ljmpw" : "ljmp", farPointer());
            case 0x9C: return "pushf";
            case 0x9D: return "popf";
            case 0xA0: return op("mov", "0x" + Integer.toHexString(s32()) + ",%al");
            case 0xA1: return op("mov", "0x" + Integer.toHexString(s32()) + "," + reg(0, sz));
            case 0xA2: return op("mov", "%al,0x" + Integer.toHexString(s32()));
            case 0xA3: return op("mov", reg(0, sz) + ",0x" + Integer.toHexString(s32()));
            case 0xA4: return rep + "movsb %ds:(%esi),%es:(%edi)";
            case 0xA5: return rep + "movs" + suffix(sz) + " %ds:(%esi),%es:(%edi)";
            case 0xA8: return op("test", imm(u8()) + ",%al");
            case 0xA9: return op("test", imm(imm()) + "," + reg(0, sz));
            case 0xAA: return rep + "stos %al,%es:(%edi)";
            case 0xAB: return rep + "stos " + reg(0, sz) + ",%es:(%edi)";
            case 0xAC: return rep + "lods %ds:(%esi),%al";
            case 0xAD: return rep + "lods %ds:(%esi)," + reg(0, sz);
            case 0xC0: case 0xC1: case 0xD0: case 0xD1: case 0xD2: case 0xD3: {
                int s = (b & 1) == 0 ? 1 : sz;
                ModRm x = new ModRm();
                String count = b <= 0xC1 ? imm(u8()) + "," : b >= 0xD2 ? "%cl," : "";
                return op(SHIFT[x.reg] + (x.isMemory() ? suffix(s) : ""), count + x.operand(s));
            }
            case 0xC2: return op("ret", imm(u16()));
            case 0xC3: return "ret";
            case 0xC6: case 0xC7: {
                int s = b == 0xC6 ? 1 : sz;
                ModRm x = new ModRm();
                if (x.reg != 0) {
                    return null;
                }
                long v = s == 1 ? u8() : imm();
                return op("mov" + (x.isMemory() ? suffix(s) : ""), imm(v) + "," + x.operand(s));
            }
            case 0xC9: return "leave";
            case 0xCC: return "int3";
            case 0xCD: return op("int", imm(u8()));
            case 0xCF: return "iret";
            case 0xE4: return op("in", imm(u8()) + ",%al");
            case 0xE5: return op("in", imm(u8()) + "," + reg(0, sz));
            case 0xE6: return op("out", "%al," + imm(u8()));
            case 0xE7: return op("out", reg(0, sz) + "," + imm(u8()));
            case 0xE8: { int rel = imm(); return op("call", target(rel)); }
            case 0xE9: { int rel = imm(); return op("jmp", target(rel)); }
            case 0xEB: { int rel = s8(); return op("jmp", target(rel)); }
            case 0xEC: return op("in", "(%dx),%al");
            case 0xED: return op("in", "(%dx)," + reg(0, sz));
            case 0xEE: return op("out", "%al,(%dx)");
            case 0xEF: return op("out", reg(0, sz) + ",(%dx)");
            case 0xF4: return "hlt";
            case 0xF5: return "cmc";
            case 0xF6: case 0xF7: {
                int s = b == 0xF6 ? 1 : sz;
                ModRm x = new ModRm();
                String[] m = {"test", "test", "not", "neg", "mul", "imul", "div", "idiv"};
                String sfx = x.isMemory() ? suffix(s) : "";
                if (x.reg < 2) {
                    long v = s == 1 ? u8() : imm();
                    return op("test" + sfx, imm(v) + "," + x.operand(s));
                }
                return op(m[x.reg] + sfx, x.operand(s));
            }
            case 0xF8: return "clc";
            case 0xF9: return "stc";
            case 0xFA: return "cli";
            case 0xFB: return "sti";
            case 0xFC: return "cld";
            case 0xFD: return "std";
            case 0xFE: {
                ModRm x = new ModRm();
                return x.reg < 2 ? op((x.reg == 0 ? "inc" : "dec") + (x.isMemory() ? "b" : ""), x.operand(1)) : null;
            }
            case 0xFF: {
                ModRm x = new ModRm();
                String sfx = x.isMemory() ? suffix(sz) : "";
                switch (x.reg) {
                    case 0: return op("inc" + sfx, x.operand(sz));
                    case 1: return op("dec" + sfx, x.operand(sz));
                    case 2: return op("call", "*" + x.operand(sz));
                    case 3: return x.isMemory() ? op(op16 ? "lcallw" : "lcall", "*" + x.memory) : null;
                    case 4: return op("jmp", "*" + x.operand(sz));
                    case 5: return x.isMemory() ? op(op16 ? "ljmpw" : "ljmp", "*" + x.memory) : null;
                    case 6: return op("push", x.operand(sz)); // objdump writes no size here
                    default: return null;
                }
            }
            default: return null;
        }
    }

    private String twoByte(int b) {
        int sz = size();
        if (b >= 0x80 && b < 0x90) {
            int rel = imm();
            return op("j" + CC[b & 15], target(rel));
        }
        if (b >= 0x90 && b < 0xA0) {
            ModRm x = new ModRm();
            return op("set" + CC[b & 15], x.operand(1));
        }
        if (b >= 0x40 && b < 0x50) {
            ModRm x = new ModRm();
            return op("cmov" + CC[b & 15], x.operand(sz) + "," + reg(x.reg, sz));
        }
        if (b >= 0xC8 && b < 0xD0) {
            return op("bswap", reg(b & 7, 4));
        }
        switch (b) {
            case 0x00: {
                ModRm x = new ModRm();
                String[] m = {"sldt", "str", "lldt", "ltr", "verr", "verw"};
                // sldt and str store a whole register; the others read a selector
                return x.reg < 6 ? op(m[x.reg], x.operand(x.reg < 2 ? sz : 2)) : null;
            }
            case 0x01: {
                ModRm x = new ModRm();
                String w = op16 ? "w" : "l";
                if (x.isMemory()) {
                    String[] m = {"sgdt" + w, "sidt" + w, "lgdt" + w, "lidt" + w, "smsw", null, "lmsw", "invlpg"};
                    return m[x.reg] == null ? null : op(m[x.reg], x.memory);
                }
                return x.reg == 4 ? op("smsw", x.operand(sz)) : x.reg == 6 ? op("lmsw", x.operand(2)) : null;
            }
            case 0x02: case 0x03: { ModRm x = new ModRm(); return op(b == 2 ? "lar" : "lsl", x.operand(sz) + "," + reg(x.reg, sz)); }
            case 0x06: return "clts";
            case 0x08: return "invd";
            case 0x09: return "wbinvd";
            case 0x0B: return "ud2";
            case 0x20: case 0x21: case 0x22: case 0x23: {
                ModRm x = new ModRm();
                String special = ((b & 1) == 0 ? "%cr" : "%db") + x.reg;
                String gpr = reg(x.rm, 4);
                return op("mov", b < 0x22 ? special + "," + gpr : gpr + "," + special);
            }
            case 0x30: return "wrmsr";
            case 0x32: return "rdmsr";
            case 0xA0: return op("push", "%fs");
            case 0xA1: return op("pop", "%fs");
            case 0xA8: return op("push", "%gs");
            case 0xA9: return op("pop", "%gs");
            case 0xB0: case 0xB1: case 0xC0: case 0xC1: {
                int s = (b & 1) == 0 ? 1 : sz;
                ModRm x = new ModRm();
                return op(b < 0xC0 ? "cmpxchg" : "xadd", reg(x.reg, s) + "," + x.operand(s));
            }
            case 0xB2: case 0xB4: case 0xB5: {
                ModRm x = new ModRm();
                String m = b == 0xB2 ? "lss" : b == 0xB4 ? "lfs" : "lgs";
                return x.isMemory() ? op(m, x.memory + "," + reg(x.reg, sz)) : null;
            }
            case 0xBA: {
                ModRm x = new ModRm();
                if (x.reg < 4) {
                    return null;
                }
                String m = new String[] {"bt", "bts", "btr", "btc"}[x.reg - 4];
                return op(m + (x.isMemory() ? suffix(sz) : ""), imm(u8()) + "," + x.operand(sz));
            }
            case 0x31: return "rdtsc";
            case 0xA2: return "cpuid";
            case 0xAF: { ModRm x = new ModRm(); return op("imul", x.operand(sz) + "," + reg(x.reg, sz)); }
            case 0xBC: { ModRm x = new ModRm(); return op("bsf", x.operand(sz) + "," + reg(x.reg, sz)); }
            case 0xBD: { ModRm x = new ModRm(); return op("bsr", x.operand(sz) + "," + reg(x.reg, sz)); }
            case 0xA3: case 0xAB: case 0xB3: case 0xBB: {
                String m = b == 0xA3 ? "bt" : b == 0xAB ? "bts" : b == 0xB3 ? "btr" : "btc";
                ModRm x = new ModRm();
                return op(m, reg(x.reg, sz) + "," + x.operand(sz));
            }
            case 0xA4: case 0xA5: case 0xAC: case 0xAD: {
                ModRm x = new ModRm();
                String count = (b & 1) == 0 ? imm(u8()) : "%cl";
                return op(b < 0xA8 ? "shld" : "shrd", count + "," + reg(x.reg, sz) + "," + x.operand(sz));
            }
            case 0xB6: case 0xB7: case 0xBE: case 0xBF: {
                int from = (b & 1) == 0 ? 1 : 2;
                ModRm x = new ModRm();
                String m = (b < 0xB8 ? "movz" : "movs") + suffix(from) + suffix(sz);
                return op(m, x.operand(from) + "," + reg(x.reg, sz));
            }
            default: return null;
        }
    }
}
