package org.jpok.cpu.x87;

import java.math.BigInteger;

import org.jpok.cpu.x87.Ext80.Kind;

/** FBLD and FBSTP: the 80-bit packed BCD format (18 digits, sign in bit 79). */
final class X87Bcd {

    private static final BigInteger LIMIT = BigInteger.TEN.pow(18);

    private X87Bcd() {
    }

    static Ext80 load(X87Host host) {
        long digits = host.read(0, 8);
        int high = (int) host.read(8, 2);
        long v = bcdDigits(high & 0xFF, 2);
        for (int i = 15; i >= 0; i--) {
            v = v * 10 + ((digits >>> (4 * i)) & 0xF);
        }
        Ext80 r = X87Arith.fromLong(v);
        return (high & 0x8000) != 0 ? r.withSign(true) : r;
    }

    private static long bcdDigits(int b, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = v * 10 + ((b >> (4 * i)) & 0xF);
        }
        return v;
    }

    /** Stores ST0 rounded under RC; returns whether the store happened (so the caller pops). */
    static boolean store(X87Env env, Ext80 a, X87Host host) {
        Kind k = a.kind();
        BigInteger mag = BigInteger.ZERO;
        if (k == Kind.UNSUPPORTED || k == Kind.INF || k == Kind.QNAN || k == Kind.SNAN) {
            env.raise(X87Env.IE);
        } else if (k != Kind.ZERO) {
            X87Env probe = new X87Env();
            probe.cw = env.cw;
            mag = X87Arith.roundToInteger(probe, a, env.rc());
            if (mag.compareTo(LIMIT) >= 0) {
                env.raise(X87Env.IE);
            } else {
                env.raise(probe.raised);
            }
        }
        if ((env.raised & X87Env.IE) != 0) {
            if (!env.masked(X87Env.IE)) {
                return false;
            }
            storeIndefinite(host);
            return true;
        }
        long v = mag.longValue(), packed = 0;
        for (int i = 0; i < 16; i++) {
            packed |= (v % 10) << (4 * i);
            v /= 10;
        }
        int high = (int) (v % 10) | (int) (v / 10 % 10) << 4 | (a.negative() ? 0x8000 : 0);
        host.write(0, 8, packed);
        host.write(8, 2, high);
        return true;
    }

    static void storeIndefinite(X87Host host) {
        host.write(0, 8, 0xC000_0000_0000_0000L);
        host.write(8, 2, 0xFFFF);
    }
}
