package org.jpok.cpu.x87;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates x87 differential cases: every instruction form the unit decodes (except the
 * environment images, whose pointers differ natively), biased operands with the special values,
 * every rounding and precision control, and mostly-masked exceptions with some unmasked.
 */
final class OracleCaseGenerator {

    /** An instruction form: opcode, ModRM, and what kind of memory operand it reads. */
    record Form(int opcode, int modrm, Mem mem) {
    }

    enum Mem { NONE, F32, F64, F80, I16, I32, I64, BCD, CW }

    static final List<Form> FORMS = forms();

    private final Random rnd;

    OracleCaseGenerator(long seed) {
        this.rnd = new Random(seed);
    }

    private static List<Form> forms() {
        List<Form> f = new ArrayList<>();
        int[] regs = {0, 1, 2, 3, 7};
        for (int reg = 0; reg < 8; reg++) {
            f.add(new Form(0xD8, reg << 3, Mem.F32));
            f.add(new Form(0xDC, reg << 3, Mem.F64));
            f.add(new Form(0xDA, reg << 3, Mem.I32));
            f.add(new Form(0xDE, reg << 3, Mem.I16));
            for (int i : regs) {
                f.add(new Form(0xD8, 0xC0 | reg << 3 | i, Mem.NONE));
                f.add(new Form(0xDC, 0xC0 | reg << 3 | i, Mem.NONE));
                if (reg != 2 && reg != 3) {
                    f.add(new Form(0xDE, 0xC0 | reg << 3 | i, Mem.NONE));
                }
                if (reg < 4) {
                    f.add(new Form(0xDA, 0xC0 | reg << 3 | i, Mem.NONE));
                    f.add(new Form(0xDB, 0xC0 | reg << 3 | i, Mem.NONE));
                }
            }
        }
        f.add(new Form(0xDE, 0xD9, Mem.NONE));
        f.add(new Form(0xDA, 0xE9, Mem.NONE));
        for (int i : regs) {
            f.add(new Form(0xD9, 0xC0 | i, Mem.NONE));
            f.add(new Form(0xD9, 0xC8 | i, Mem.NONE));
            f.add(new Form(0xDB, 0xE8 | i, Mem.NONE));
            f.add(new Form(0xDB, 0xF0 | i, Mem.NONE));
            f.add(new Form(0xDD, 0xC0 | i, Mem.NONE));
            f.add(new Form(0xDD, 0xD0 | i, Mem.NONE));
            f.add(new Form(0xDD, 0xD8 | i, Mem.NONE));
            f.add(new Form(0xDD, 0xE0 | i, Mem.NONE));
            f.add(new Form(0xDD, 0xE8 | i, Mem.NONE));
            f.add(new Form(0xDF, 0xE8 | i, Mem.NONE));
            f.add(new Form(0xDF, 0xF0 | i, Mem.NONE));
        }
        for (int m : new int[] {0xD0, 0xE0, 0xE1, 0xE4, 0xE5, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE, 0xF4, 0xF5,
                0xF6, 0xF7, 0xF8, 0xFA, 0xFC, 0xFD}) {
            f.add(new Form(0xD9, m, Mem.NONE));
        }
        f.add(new Form(0xDB, 0xE2, Mem.NONE));
        f.add(new Form(0xDB, 0xE3, Mem.NONE));
        f.add(new Form(0xDF, 0xE0, Mem.NONE));
        f.add(new Form(0xD9, 0x00, Mem.F32));
        f.add(new Form(0xD9, 0x10, Mem.NONE));
        f.add(new Form(0xD9, 0x18, Mem.NONE));
        f.add(new Form(0xD9, 0x28, Mem.CW));
        f.add(new Form(0xD9, 0x38, Mem.NONE));
        f.add(new Form(0xDB, 0x00, Mem.I32));
        f.add(new Form(0xDB, 0x08, Mem.NONE));
        f.add(new Form(0xDB, 0x10, Mem.NONE));
        f.add(new Form(0xDB, 0x18, Mem.NONE));
        f.add(new Form(0xDB, 0x28, Mem.F80));
        f.add(new Form(0xDB, 0x38, Mem.NONE));
        f.add(new Form(0xDD, 0x00, Mem.F64));
        f.add(new Form(0xDD, 0x08, Mem.NONE));
        f.add(new Form(0xDD, 0x10, Mem.NONE));
        f.add(new Form(0xDD, 0x18, Mem.NONE));
        f.add(new Form(0xDD, 0x38, Mem.NONE));
        f.add(new Form(0xDF, 0x00, Mem.I16));
        f.add(new Form(0xDF, 0x08, Mem.NONE));
        f.add(new Form(0xDF, 0x10, Mem.NONE));
        f.add(new Form(0xDF, 0x18, Mem.NONE));
        f.add(new Form(0xDF, 0x20, Mem.BCD));
        f.add(new Form(0xDF, 0x28, Mem.I64));
        f.add(new Form(0xDF, 0x30, Mem.NONE));
        f.add(new Form(0xDF, 0x38, Mem.NONE));
        return f;
    }

    /** The transcendental forms, generated separately with operands in their domains. */
    static final int[] TRANSCENDENTAL = {0xF0, 0xF1, 0xF2, 0xF3, 0xF9, 0xFB, 0xFE, 0xFF};

    List<OracleCase> generate(int count, boolean transcendentals) {
        List<OracleCase> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            if (transcendentals && rnd.nextInt(8) == 0) {
                out.add(transcendental());
            } else {
                out.add(next(FORMS.get(rnd.nextInt(FORMS.size()))));
            }
        }
        return out;
    }

    OracleCase next(Form form) {
        Ext80 a = value(), b = related(a);
        int depth = depth();
        if (form.opcode == 0xD9 && form.modrm == 0xE5 && depth == 0) {
            depth = 1; // FXAM of an empty register reports the sign of stale contents
        }
        byte[] mem = memory(form.mem);
        return OracleCase.of(new int[] {form.opcode, form.modrm}, depth, controlWord(), rnd.nextInt(0x1000), a, b, mem);
    }

    private OracleCase transcendental() {
        int m = TRANSCENDENTAL[rnd.nextInt(TRANSCENDENTAL.length)];
        Ext80 a, b = rnd.nextInt(10) == 0 ? special() : normal(Ext80.BIAS - 20 + rnd.nextInt(40));
        switch (m) {
            case 0xF0 -> a = rnd.nextInt(10) == 0 ? inDomain(1) : normal(Ext80.BIAS - 1 - rnd.nextInt(rnd.nextBoolean() ? 3 : 70));
            case 0xF9 -> a = rnd.nextInt(10) == 0 ? inDomain(0.29) : normal(Ext80.BIAS - 3 - rnd.nextInt(rnd.nextBoolean() ? 3 : 70));
            case 0xF1 -> a = rnd.nextInt(10) == 0 ? special() : normal(Ext80.BIAS - 30 + rnd.nextInt(60)).withSign(false);
            default -> a = rnd.nextInt(10) == 0 ? special() : normal(Ext80.BIAS - 10 + rnd.nextInt(rnd.nextBoolean() ? 12 : 70));
        }
        int cw = 0x037F | rnd.nextInt(4) << 10;
        return OracleCase.of(new int[] {0xD9, m}, rnd.nextInt(20) == 0 ? 8 : 2, cw, 0, a, b, new byte[10]);
    }

    /** A special value within |x| <= limit or not finite: F2XM1 and FYL2XP1 are undefined outside their domains. */
    private Ext80 inDomain(double limit) {
        for (;;) {
            Ext80 v = special();
            Ext80.Kind k = v.kind();
            if (k != Ext80.Kind.NORMAL && k != Ext80.Kind.UNSUPPORTED) {
                return v;
            }
            if (k == Ext80.Kind.NORMAL && Math.abs(HighPrecision.of(v).doubleValue()) <= limit) {
                return v;
            }
        }
    }

    private int depth() {
        int r = rnd.nextInt(20);
        return r == 0 ? 0 : r == 1 ? 1 : r < 4 ? 8 : 2;
    }

    private int controlWord() {
        int rc = rnd.nextInt(4);
        int pc = new int[] {0, 2, 3, 3}[rnd.nextInt(4)];
        int masks = rnd.nextInt(8) == 0 ? rnd.nextInt(0x40) : 0x3F;
        return 0x0040 | masks | pc << 8 | rc << 10;
    }

    private byte[] memory(Mem kind) {
        byte[] m = new byte[10];
        switch (kind) {
            case F32 -> X87Images.putInt(m, 0, float32());
            case F64 -> X87Images.putLong(m, 0, float64());
            case F80 -> System.arraycopy(value().toBytes(), 0, m, 0, 10);
            case I16 -> X87Images.putShort(m, 0, (int) integer());
            case I32 -> X87Images.putInt(m, 0, (int) integer());
            case I64 -> X87Images.putLong(m, 0, integer());
            case BCD -> {
                for (int i = 0; i < 9; i++) {
                    m[i] = (byte) (rnd.nextInt(10) | rnd.nextInt(10) << 4);
                }
                m[9] = (byte) (rnd.nextBoolean() ? 0x80 : 0);
            }
            case CW -> X87Images.putShort(m, 0, controlWord() | rnd.nextInt(0x10000) & 0xE080);
            default -> {
                for (int i = 0; i < 10; i++) {
                    m[i] = (byte) rnd.nextInt(256);
                }
            }
        }
        return m;
    }

    private long integer() {
        return switch (rnd.nextInt(5)) {
            case 0 -> rnd.nextInt(200) - 100;
            case 1 -> rnd.nextLong();
            case 2 -> rnd.nextLong() >> rnd.nextInt(64);
            case 3 -> new long[] {0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, Short.MIN_VALUE, 32767}[rnd.nextInt(8)];
            default -> rnd.nextInt();
        };
    }

    private int float32() {
        int sign = rnd.nextBoolean() ? 0x8000_0000 : 0;
        return switch (rnd.nextInt(6)) {
            case 0 -> sign | new int[] {0, 0x7F80_0000, 0x7FC0_0000, 0x7FA0_0001, 0x0000_0001, 0x007F_FFFF, 0x7F7F_FFFF,
                    0x0080_0000, 0x3F80_0000}[rnd.nextInt(9)];
            case 1 -> sign | rnd.nextInt(0x0080_0000);
            default -> sign | (100 + rnd.nextInt(56)) << 23 | rnd.nextInt(0x0080_0000);
        };
    }

    private long float64() {
        long sign = rnd.nextBoolean() ? Long.MIN_VALUE : 0;
        long frac = rnd.nextLong() & 0xF_FFFF_FFFF_FFFFL;
        return switch (rnd.nextInt(6)) {
            case 0 -> sign | new long[] {0, 0x7FF0_0000_0000_0000L, 0x7FF8_0000_0000_0000L, 0x7FF4_0000_0000_0001L, 1,
                    0x000F_FFFF_FFFF_FFFFL, 0x7FEF_FFFF_FFFF_FFFFL, 0x0010_0000_0000_0000L}[rnd.nextInt(8)];
            case 1 -> sign | frac;
            case 2 -> sign | (long) rnd.nextInt(0x7FF) << 52 | frac;
            default -> sign | (long) (1000 + rnd.nextInt(48)) << 52 | frac;
        };
    }

    Ext80 value() {
        int r = rnd.nextInt(20);
        if (r < 4) {
            return special();
        }
        if (r < 11) {
            return normal(Ext80.BIAS - 64 + rnd.nextInt(128));
        }
        if (r < 13) {
            return normal(1 + rnd.nextInt(0x7FFE));
        }
        if (r < 15) {
            return normal(rnd.nextBoolean() ? 1 + rnd.nextInt(70) : 0x7FFE - rnd.nextInt(70));
        }
        if (r < 17) {
            // few significant bits: exact cases and precision-control edges
            Ext80 v = normal(Ext80.BIAS - 30 + rnd.nextInt(60));
            int keep = new int[] {1, 8, 23, 24, 25, 52, 53, 54, 63}[rnd.nextInt(9)];
            return new Ext80(v.se(), v.m() & (-1L << (64 - keep)));
        }
        if (r < 19) {
            long i = rnd.nextInt(2000) - 1000;
            Ext80 v = X87Arith.fromLong(i);
            return rnd.nextBoolean() ? v : new Ext80(v.se(), v.m() | (rnd.nextBoolean() ? Long.MIN_VALUE >>> 1 >>> (v.biasedExponent() - Ext80.BIAS) : 0));
        }
        return new Ext80(rnd.nextInt(0x10000), rnd.nextLong());
    }

    Ext80 normal(int biasedExponent) {
        return Ext80.of(rnd.nextBoolean(), biasedExponent, rnd.nextLong() | Ext80.INT_BIT);
    }

    Ext80 special() {
        boolean neg = rnd.nextBoolean();
        long payload = rnd.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL;
        return switch (rnd.nextInt(16)) {
            case 0 -> Ext80.of(neg, 0, 0);
            case 1 -> Ext80.of(neg, 0x7FFF, Ext80.INT_BIT);
            case 2 -> Ext80.of(neg, 0x7FFF, 0xC000_0000_0000_0000L | payload);
            case 3 -> Ext80.of(neg, 0x7FFF, Ext80.INT_BIT | (payload == 0 ? 1 : payload));
            case 4 -> Ext80.INDEFINITE;
            case 5 -> Ext80.of(neg, 0, rnd.nextLong() & Long.MAX_VALUE);
            case 6 -> Ext80.of(neg, 0, rnd.nextLong() | Ext80.INT_BIT);
            case 7 -> Ext80.of(neg, 1 + rnd.nextInt(0x7FFE), rnd.nextLong() & Long.MAX_VALUE);
            case 8 -> Ext80.of(neg, 0x7FFF, rnd.nextLong() & Long.MAX_VALUE);
            case 9 -> Ext80.of(neg, 0x7FFE, -1L);
            case 10 -> Ext80.of(neg, 1, Ext80.INT_BIT);
            case 11 -> Ext80.of(neg, 0, 1);
            case 12 -> Ext80.of(neg, Ext80.BIAS, Ext80.INT_BIT);
            case 13 -> Ext80.of(neg, Ext80.BIAS + 63, rnd.nextLong() | Ext80.INT_BIT);
            case 14 -> Ext80.of(neg, Ext80.BIAS - 1, Ext80.INT_BIT);
            default -> Ext80.of(neg, Ext80.BIAS + 1 + rnd.nextInt(70), -1L);
        };
    }

    /** A second operand: often close to or a fixed distance from the first, to reach cancellation and rounding edges. */
    Ext80 related(Ext80 a) {
        int r = rnd.nextInt(10);
        if (r < 5 || a.biasedExponent() == 0 || a.biasedExponent() == 0x7FFF) {
            return value();
        }
        return switch (r) {
            case 5 -> a;
            case 6 -> a.negate();
            case 7 -> new Ext80(a.se() ^ (rnd.nextBoolean() ? 0x8000 : 0), a.m() + (rnd.nextBoolean() ? 1 : -1) | Ext80.INT_BIT);
            case 8 -> {
                int e = a.biasedExponent() + rnd.nextInt(140) - 70;
                yield Ext80.of(rnd.nextBoolean(), Math.max(1, Math.min(0x7FFE, e)), rnd.nextLong() | Ext80.INT_BIT);
            }
            default -> Ext80.of(rnd.nextBoolean(), a.biasedExponent(), rnd.nextLong() | Ext80.INT_BIT);
        };
    }
}
