package org.jpok.cpu.x87;

/**
 * The x87 state images in memory: the 512-byte FXSAVE area (which is also
 * {@code RegisterContext.fpu}) and the 32-bit protected-mode FNSTENV/FNSAVE layouts (28 and 108 bytes).
 */
final class X87Images {

    static final int FX_FCW = 0, FX_FSW = 2, FX_FTW = 4, FX_FOP = 6, FX_FIP = 8, FX_FCS = 12, FX_FDP = 16, FX_FDS = 20,
            FX_MXCSR = 24, FX_MXCSR_MASK = 28, FX_ST = 32, FX_XMM = 160;
    static final int ENV_SIZE = 28;

    private X87Images() {
    }

    static void saveFx(X87 fpu, byte[] b) {
        java.util.Arrays.fill(b, 0, 512, (byte) 0);
        putShort(b, FX_FCW, fpu.controlWord());
        putShort(b, FX_FSW, fpu.statusWord());
        int tw = fpu.tagWord(), abridged = 0;
        for (int p = 0; p < 8; p++) {
            if (((tw >> (2 * p)) & 3) != 3) {
                abridged |= 1 << p;
            }
        }
        b[FX_FTW] = (byte) abridged;
        int[] ptr = fpu.pointers();
        putShort(b, FX_FOP, ptr[0]);
        putInt(b, FX_FIP, ptr[1]);
        putShort(b, FX_FCS, ptr[2]);
        putInt(b, FX_FDP, ptr[3]);
        putShort(b, FX_FDS, ptr[4]);
        putInt(b, FX_MXCSR, fpu.mxcsr());
        putInt(b, FX_MXCSR_MASK, 0xFFFF);
        for (int i = 0; i < 8; i++) {
            System.arraycopy(fpu.st(i).toBytes(), 0, b, FX_ST + 16 * i, 10);
        }
        System.arraycopy(fpu.xmm(), 0, b, FX_XMM, 128);
    }

    static void loadFx(X87 fpu, byte[] b) {
        fpu.setStatusWord(getShort(b, FX_FSW));
        for (int i = 0; i < 8; i++) {
            fpu.setSt(i, Ext80.fromBytes(b, FX_ST + 16 * i));
        }
        int abridged = b[FX_FTW] & 0xFF, tw = 0;
        for (int p = 0; p < 8; p++) {
            if ((abridged & 1 << p) == 0) {
                tw |= 3 << (2 * p);
            }
        }
        fpu.setTagWord(tw);
        fpu.setPointers(getShort(b, FX_FOP), getInt(b, FX_FIP), getShort(b, FX_FCS), getInt(b, FX_FDP),
                getShort(b, FX_FDS));
        fpu.setMxcsr(getInt(b, FX_MXCSR));
        System.arraycopy(b, FX_XMM, fpu.xmm(), 0, 128);
        fpu.setControlWord(getShort(b, FX_FCW));
    }

    static void fnstenv(X87 fpu, X87Host host) {
        storeEnv(fpu, host);
        fpu.setControlWord(fpu.controlWord() | X87Env.EXCEPTIONS);
    }

    static void fnsave(X87 fpu, X87Host host) {
        storeEnv(fpu, host);
        for (int i = 0; i < 8; i++) {
            Ext80 v = fpu.st(i);
            host.write(ENV_SIZE + 10 * i, 8, v.m());
            host.write(ENV_SIZE + 10 * i + 8, 2, v.se());
        }
        fpu.init();
    }

    static void fldenv(X87 fpu, X87Host host) {
        loadEnv(fpu, host);
    }

    static void frstor(X87 fpu, X87Host host) {
        Ext80[] regs = new Ext80[8];
        for (int i = 0; i < 8; i++) {
            regs[i] = new Ext80((int) host.read(ENV_SIZE + 10 * i + 8, 2), host.read(ENV_SIZE + 10 * i, 8));
        }
        loadEnv(fpu, host);
        int tw = fpu.tagWord();
        for (int i = 0; i < 8; i++) {
            fpu.setSt(i, regs[i]);
        }
        fpu.setTagWord(tw);
    }

    private static void storeEnv(X87 fpu, X87Host host) {
        int[] ptr = fpu.pointers();
        host.write(0, 4, 0xFFFF_0000L | fpu.controlWord());
        host.write(4, 4, 0xFFFF_0000L | fpu.statusWord());
        host.write(8, 4, 0xFFFF_0000L | fpu.tagWord());
        host.write(12, 4, ptr[1] & 0xFFFF_FFFFL);
        host.write(16, 4, (ptr[2] & 0xFFFFL) | (long) (ptr[0] & 0x7FF) << 16);
        host.write(20, 4, ptr[3] & 0xFFFF_FFFFL);
        host.write(24, 4, 0xFFFF_0000L | ptr[4]);
    }

    private static void loadEnv(X87 fpu, X87Host host) {
        int cw = (int) host.read(0, 2);
        int sw = (int) host.read(4, 2);
        int tw = (int) host.read(8, 2);
        int fip = (int) host.read(12, 4);
        int csop = (int) host.read(16, 4);
        int fdp = (int) host.read(20, 4);
        int fds = (int) host.read(24, 2);
        fpu.setStatusWord(sw);
        fpu.setTagWord(tw);
        fpu.setPointers(csop >>> 16, fip, csop, fdp, fds);
        fpu.setControlWord(cw);
    }

    static int getShort(byte[] b, int off) {
        return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8;
    }

    static int getInt(byte[] b, int off) {
        return getShort(b, off) | getShort(b, off + 2) << 16;
    }

    static long getLong(byte[] b, int off) {
        return (getInt(b, off) & 0xFFFF_FFFFL) | (long) getInt(b, off + 4) << 32;
    }

    static void putShort(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
    }

    static void putInt(byte[] b, int off, int v) {
        putShort(b, off, v);
        putShort(b, off + 2, v >>> 16);
    }

    static void putLong(byte[] b, int off, long v) {
        putInt(b, off, (int) v);
        putInt(b, off + 4, (int) (v >>> 32));
    }
}
