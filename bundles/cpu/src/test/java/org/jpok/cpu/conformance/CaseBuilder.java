package org.jpok.cpu.conformance;

import java.util.Arrays;
import java.util.Random;

/**
 * Assembles one case: prefixes, opcode, ModRM/SIB/displacement and immediates, while choosing
 * register and memory values. Memory operands are steered into the data page by choosing the
 * base and index register values (or the displacement when the base register is fixed).
 */
final class CaseBuilder {
    static final int CF = 0x1, PF = 0x4, AF = 0x10, ZF = 0x40, SF = 0x80, DF = 0x400, OF = 0x800;
    static final int STATUS = CF | PF | AF | ZF | SF | OF;
    static final int EAX = 0, ECX = 1, EDX = 2, EBX = 3, ESP = 4, EBP = 5, ESI = 6, EDI = 7;

    private static final int[] EDGE32 = {0, 1, 2, -1, -2, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFF, 0x10000,
        0x7FFFFFFF, 0x80000000, 0x80000001, 0xFFFFFFFE, 0x55555555, 0xAAAAAAAA};
    private static final int[] EDGE16 = {0, 1, 2, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0x8001, 0xFFFF, 0xFFFE};
    private static final int[] EDGE8 = {0, 1, 2, 0x7F, 0x80, 0x81, 0xFF, 0xFE};

    final Random rnd;
    private final String family;
    private final byte[] code = new byte[Layout.MAX_CODE];
    private int len;
    final int[] gpr = new int[8];
    int eflags;
    private final int memSeed;
    private final int[] pokeOffset = {-1, -1, -1, -1};
    private final int[] pokeValue = new int[4];
    private int pokes;
    int undefined;
    int ignored;
    /** LDT entry 0, see {@link ConformanceCase#ldt()}. */
    int ldt;
    /** Registers that memory operands must not repurpose as base or index (bit per register). */
    private int fixed = 1 << ESP;

    CaseBuilder(Random rnd, String family) {
        this.rnd = rnd;
        this.family = family;
        for (int i = 0; i < 8; i++) {
            gpr[i] = value32();
        }
        gpr[ESP] = Layout.DATA + Layout.STACK_LOW + 0x80 + (rnd.nextInt(0x100) & (rnd.nextInt(8) == 0 ? ~0 : ~3));
        eflags = rnd.nextInt() & STATUS;
        memSeed = rnd.nextInt();
    }

    int u(int n) {
        return rnd.nextInt(n);
    }

    boolean chance(int percent) {
        return rnd.nextInt(100) < percent;
    }

    <T> T pick(T[] a) {
        return a[rnd.nextInt(a.length)];
    }

    int pick(int... a) {
        return a[rnd.nextInt(a.length)];
    }

    /** A 32-bit value biased to the edges of every operand size. */
    int value32() {
        switch (u(6)) {
            case 0:
                return rnd.nextInt();
            case 1:
                return EDGE32[u(EDGE32.length)];
            case 2:
                return u(64) - 8;
            case 3: {
                int v = 0;
                for (int i = 0; i < 4; i++) {
                    v |= (chance(50) ? EDGE8[u(EDGE8.length)] : u(256)) << (8 * i);
                }
                return v;
            }
            case 4:
                return EDGE16[u(EDGE16.length)] | EDGE16[u(EDGE16.length)] << 16;
            default:
                return 1 << u(32) ^ (chance(50) ? 0 : -1);
        }
    }

    static int mask(int size) {
        return size == 32 ? -1 : (1 << size) - 1;
    }

    void fix(int... regs) {
        for (int r : regs) {
            fixed |= 1 << r;
        }
    }

    /** Writes {@code value} into the register operand {@code r} of the given size (8-bit: AL..BH). */
    void setReg(int size, int r, int value) {
        if (size == 8) {
            int shift = (r & 4) * 2;
            int i = r & 3;
            gpr[i] = gpr[i] & ~(0xFF << shift) | (value & 0xFF) << shift;
        } else {
            gpr[r] = gpr[r] & ~mask(size) | value & mask(size);
        }
    }

    int getReg(int size, int r) {
        if (size == 8) {
            return gpr[r & 3] >>> (r & 4) * 2 & 0xFF;
        }
        return gpr[r] & mask(size);
    }

    void b(int... bytes) {
        for (int x : bytes) {
            code[len++] = (byte) x;
        }
    }

    void imm(int v, int size) {
        for (int i = 0; i < size / 8; i++) {
            b(v >>> 8 * i & 0xFF);
        }
    }

    /** How many of the bytes emitted so far equal {@code x} (used to size immediates after prefixes). */
    int count(int x) {
        int n = 0;
        for (int i = 0; i < len; i++) {
            n += (code[i] & 0xFF) == x ? 1 : 0;
        }
        return n;
    }

    /** The position of {@code row} (by identity) in {@code table}. */
    int indexOf(int[][] table, int[] row) {
        for (int i = 0; i < table.length; i++) {
            if (table[i] == row) {
                return i;
            }
        }
        throw new IllegalArgumentException();
    }

    int here() {
        return len;
    }

    /** The 0x66 prefix for 16-bit operands. */
    void opsize(int size) {
        if (size == 16) {
            b(0x66);
        }
    }

    /** Occasionally a segment override: flat ones change nothing, CS faults on writes, FS/GS are null. */
    void maybeSegment() {
        int r = u(100);
        if (r < 8) {
            b(pick(0x26, 0x2E, 0x36, 0x3E));
        } else if (r < 10) {
            b(pick(0x64, 0x65));
        }
    }

    void poke(int offset, int value) {
        if (pokes < 4) {
            pokeOffset[pokes] = offset;
            pokeValue[pokes++] = value;
        }
    }

    /** Register-direct ModRM. */
    void modrmReg(int reg, int rm) {
        b(0xC0 | reg << 3 | rm);
    }

    /** A random offset in the data page for an access of {@code bytes}, below the stack area. */
    int dataOffset(int bytes) {
        int o = 0x40 + u(Layout.STACK_LOW - 0x80 - bytes);
        return chance(75) ? o & ~(Math.min(bytes, 4) - 1) : o;
    }

    /**
     * Memory ModRM (+SIB, +disp) reaching {@code Layout.DATA + offset}; the operand there gets an
     * edge value of {@code bytes} length. Returns the value placed in memory (low dword).
     */
    int modrmMem(int reg, int offset, boolean pokeIt) {
        int value = value32();
        if (pokeIt) {
            poke(Math.min(offset, Layout.PAGE - 4), value);
        }
        address(reg, Layout.DATA + offset, true);
        return value;
    }

    /** Encodes an address; with {@code steer} the registers are set to reach {@code target}, else they stay random. */
    void address(int reg, int target, boolean steer) {
        for (int attempt = 0; attempt < 8; attempt++) {
            int form = u(7);
            int base = u(8);
            int index = u(8);
            if (form == 0 || !steer && form == 6) {
                b(reg << 3 | 5);
                imm(steer ? target : rnd.nextInt(), 32);
                return;
            }
            if (form == 1 || form == 2 || form == 3) {
                if (base == ESP || steer && free(base) == false || form == 1 && base == EBP) {
                    continue;
                }
                int disp = form == 1 ? 0 : form == 2 ? (byte) rnd.nextInt() : rnd.nextInt();
                b((form == 1 ? 0x00 : form == 2 ? 0x40 : 0x80) | reg << 3 | base);
                if (form == 2) {
                    b(disp & 0xFF);
                } else if (form == 3) {
                    imm(disp, 32);
                }
                if (steer) {
                    gpr[base] = target - disp;
                    fixed |= 1 << base;
                }
                return;
            }
            if (index == ESP || steer && !free(index) || index == base) {
                continue;
            }
            int scale = u(4);
            if (steer) {
                gpr[index] = chance(50) ? u(0x40) - 0x20 : value32();
                fixed |= 1 << index;
            }
            int scaled = gpr[index] << scale;
            if (form == 5) { // no base: [index*scale + disp32]
                b(reg << 3 | 4, scale << 6 | index << 3 | 5);
                imm(steer ? target - scaled : rnd.nextInt(), 32);
                return;
            }
            if (form == 6) { // [esp + index*scale + disp]: ESP keeps its value
                base = ESP;
            }
            boolean baseFixed = steer && !free(base);
            int mod = baseFixed ? 2 : base == EBP ? 1 + u(2) : u(3);
            int disp = baseFixed ? target - scaled - gpr[base] : mod == 1 ? (byte) rnd.nextInt() : mod == 2 ? rnd.nextInt() : 0;
            b(mod << 6 | reg << 3 | 4, scale << 6 | index << 3 | base);
            if (mod == 1) {
                b(disp & 0xFF);
            } else if (mod == 2) {
                imm(disp, 32);
            }
            if (steer && !baseFixed) {
                gpr[base] = target - scaled - disp;
                fixed |= 1 << base;
            }
            return;
        }
        b(reg << 3 | 5); // every register is taken: absolute address
        imm(target, 32);
    }

    private boolean free(int r) {
        return (fixed >>> r & 1) == 0;
    }

    /** A register operand (r/m or reg field) that is not fixed, for the given size. */
    int freeReg(int size) {
        for (int i = 0; i < 32; i++) {
            int r = u(8);
            int full = size == 8 ? r & 3 : r;
            if (free(full)) {
                return r;
            }
        }
        return size == 8 ? 3 : EBX;
    }

    /**
     * The r/m operand: a register (returned as 0..7) or memory (returned as -1, already encoded
     * with a poked edge value). Call after fixing the instruction's implicit registers.
     */
    int rm(int reg, int size, int memPercent) {
        if (chance(memPercent)) {
            modrmMem(reg, dataOffset(size / 8), true);
            return -1;
        }
        int r = u(8);
        modrmReg(reg, r);
        return r;
    }

    ConformanceCase build() {
        return new ConformanceCase(family, Arrays.copyOf(code, len), gpr.clone(), eflags, memSeed,
                Arrays.copyOf(pokeOffset, pokes), Arrays.copyOf(pokeValue, pokes), undefined, ignored, ldt);
    }
}
