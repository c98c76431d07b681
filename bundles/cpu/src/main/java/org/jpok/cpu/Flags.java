package org.jpok.cpu;

/**
 * EFLAGS bit masks and the lazy-flag kinds. Arithmetic instructions record their operands and
 * result instead of computing six flags; the flags are derived when something reads them.
 */
final class Flags {
    static final int CF = 1, PF = 1 << 2, AF = 1 << 4, ZF = 1 << 6, SF = 1 << 7, TF = 1 << 8,
            IF = 1 << 9, DF = 1 << 10, OF = 1 << 11, IOPL = 3 << 12, NT = 1 << 14, RF = 1 << 16,
            VM = 1 << 17, AC = 1 << 18, ID = 1 << 21;
    /** The six status flags that the lazy state can stand for. */
    static final int ARITH = CF | PF | AF | ZF | SF | OF;
    /** Bits that software can change at all (VM is never set: virtual-8086 mode is not modelled). */
    static final int WRITABLE = ARITH | TF | IF | DF | IOPL | NT | RF | AC | ID;
    /** Bit 1 always reads as one. */
    static final int FIXED = 0x2;

    /** Lazy kinds: NONE means the status flags are in the flags word itself. */
    static final int NONE = 0, ADD = 1, ADC = 2, SUB = 3, SBB = 4, INC = 5, DEC = 6, LOGIC = 7,
            SHL = 8, SHR = 9, SAR = 10;

    private static final byte[] PARITY = new byte[256];

    static {
        for (int i = 0; i < 256; i++) {
            PARITY[i] = (byte) ((Integer.bitCount(i) & 1) == 0 ? PF : 0);
        }
    }

    private Flags() {
    }

    /** PF for the low byte of {@code v}: set when it has an even number of one bits. */
    static int parity(int v) {
        return PARITY[v & 0xFF];
    }

    static int mask(int size) {
        return size == 4 ? -1 : (1 << (size << 3)) - 1;
    }

    static int sign(int size) {
        return 1 << ((size << 3) - 1);
    }

    /** Sign-extends the low {@code size} bytes. */
    static int sext(int v, int size) {
        return size == 4 ? v : size == 2 ? (short) v : (byte) v;
    }
}
