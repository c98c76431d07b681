package org.jpok.cpu.x87;

import java.math.BigInteger;

/**
 * One 80-bit double-extended value exactly as an x87 register holds it: sign and 15-bit biased
 * exponent in {@code se}, the 64-bit significand with its explicit integer bit in {@code m}.
 */
public record Ext80(int se, long m) {

    public static final int BIAS = 16383;
    public static final long INT_BIT = 0x8000_0000_0000_0000L;
    public static final long QUIET_BIT = 0x4000_0000_0000_0000L;

    public static final Ext80 POS_ZERO = new Ext80(0, 0);
    public static final Ext80 NEG_ZERO = new Ext80(0x8000, 0);
    public static final Ext80 POS_INF = new Ext80(0x7FFF, INT_BIT);
    public static final Ext80 NEG_INF = new Ext80(0xFFFF, INT_BIT);
    /** The QNaN the x87 produces for a masked invalid operation. */
    public static final Ext80 INDEFINITE = new Ext80(0xFFFF, 0xC000_0000_0000_0000L);
    public static final Ext80 ONE = new Ext80(BIAS, INT_BIT);

    /** Operand classes, as the SDM distinguishes them. */
    public enum Kind { ZERO, DENORMAL, NORMAL, INF, QNAN, SNAN, UNSUPPORTED }

    public Ext80 {
        se &= 0xFFFF;
    }

    public static Ext80 of(boolean negative, int biasedExponent, long significand) {
        return new Ext80((negative ? 0x8000 : 0) | (biasedExponent & 0x7FFF), significand);
    }

    public boolean negative() {
        return (se & 0x8000) != 0;
    }

    public int biasedExponent() {
        return se & 0x7FFF;
    }

    public Kind kind() {
        int e = biasedExponent();
        boolean j = m < 0;
        if (e == 0) {
            // exponent 0 with the integer bit set is a pseudo-denormal: an operand like a denormal
            return m == 0 ? Kind.ZERO : Kind.DENORMAL;
        }
        if (e == 0x7FFF) {
            if (!j) {
                return Kind.UNSUPPORTED; // pseudo-infinity and pseudo-NaN
            }
            if ((m << 1) == 0) {
                return Kind.INF;
            }
            return (m & QUIET_BIT) != 0 ? Kind.QNAN : Kind.SNAN;
        }
        return j ? Kind.NORMAL : Kind.UNSUPPORTED; // unnormals are unsupported since the 387
    }

    public boolean isNaN() {
        Kind k = kind();
        return k == Kind.QNAN || k == Kind.SNAN;
    }

    public boolean isZero() {
        return biasedExponent() == 0 && m == 0;
    }

    /** The NaN made quiet; other values unchanged. */
    public Ext80 quiet() {
        return new Ext80(se, m | QUIET_BIT);
    }

    public Ext80 withSign(boolean negative) {
        return new Ext80(negative ? se | 0x8000 : se & 0x7FFF, m);
    }

    public Ext80 negate() {
        return new Ext80(se ^ 0x8000, m);
    }

    /** Significand as an unsigned integer; the value is {@code sig * 2^exp2()} for finite values. */
    public BigInteger sig() {
        return unsigned(m);
    }

    /** Binary exponent of the significand's last bit; denormals use the minimum exponent as the SDM says. */
    public int exp2() {
        int e = biasedExponent();
        return (e == 0 ? 1 : e) - BIAS - 63;
    }

    static BigInteger unsigned(long v) {
        BigInteger b = BigInteger.valueOf(v & Long.MAX_VALUE);
        return v < 0 ? b.setBit(63) : b;
    }

    /** The ten bytes of the memory image, little-endian. */
    public byte[] toBytes() {
        byte[] b = new byte[10];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (m >>> (8 * i));
        }
        b[8] = (byte) se;
        b[9] = (byte) (se >>> 8);
        return b;
    }

    public static Ext80 fromBytes(byte[] b, int off) {
        long m = 0;
        for (int i = 7; i >= 0; i--) {
            m = (m << 8) | (b[off + i] & 0xFF);
        }
        return new Ext80((b[off + 8] & 0xFF) | (b[off + 9] & 0xFF) << 8, m);
    }

    @Override
    public String toString() {
        return String.format("%04x:%016x", se, m);
    }
}
