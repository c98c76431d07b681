package org.jpok.cpu.x87;

/**
 * Runs an {@link OracleCase} through the Java x87 the way the native oracle runs it on silicon, and
 * compares result records.
 */
final class OracleEmulation {

    /** Memory operand at [eax]; its address in the emulation. */
    static final int MEM_ADDRESS = 0x0804_9000;

    private OracleEmulation() {
    }

    /** A host with 16 bytes at the memory operand, EFLAGS and AX, and CR0 = NE (like Linux). */
    static final class Host implements X87Host {
        final byte[] mem;
        int eflags;
        int eax = MEM_ADDRESS;
        int cr0 = CR0_NE | CR0_MP;

        Host(byte[] mem, int eflags) {
            this.mem = mem;
            this.eflags = eflags;
        }

        @Override
        public long read(int disp, int size) {
            if (disp < 0 || disp + size > mem.length) {
                throw new IndexOutOfBoundsException("operand disp " + disp);
            }
            long v = 0;
            for (int i = size - 1; i >= 0; i--) {
                v = (v << 8) | (mem[disp + i] & 0xFF);
            }
            return v;
        }

        @Override
        public void write(int disp, int size, long value) {
            if (disp < 0 || disp + size > mem.length) {
                throw new IndexOutOfBoundsException("operand disp " + disp);
            }
            for (int i = 0; i < size; i++) {
                mem[disp + i] = (byte) (value >>> (8 * i));
            }
        }

        @Override
        public int eflags() {
            return eflags;
        }

        @Override
        public void setEflags(int e) {
            eflags = e;
        }

        @Override
        public void setAx(int value) {
            eax = (eax & 0xFFFF_0000) | (value & 0xFFFF);
        }

        @Override
        public int cr0() {
            return cr0;
        }

        @Override
        public RuntimeException fault(int vector) {
            return new X87FaultForTest(vector);
        }
    }

    static final class X87FaultForTest extends RuntimeException {
        final int vector;

        X87FaultForTest(int vector) {
            super("fault " + vector);
            this.vector = vector;
        }
    }

    static X87 prepare(OracleCase c) {
        X87 fpu = new X87();
        fpu.setControlWord(c.cw());
        int depth = c.depth();
        if (depth == 8) {
            for (int i = 0; i < 6; i++) {
                fpu.push(Ext80.POS_ZERO);
            }
        }
        if (depth >= 2) {
            fpu.push(c.b());
        }
        if (depth >= 1) {
            fpu.push(c.a());
        }
        return fpu;
    }

    static byte[] run(OracleCase c) {
        X87 fpu = prepare(c);
        Host host = new Host(c.mem(), c.eflags());
        fpu.execute(c.opcode(), c.modrm(), host);
        byte[] r = new byte[OracleCase.RESULT_SIZE];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(fpu.st(i).toBytes(), 0, r, 10 * i, 10);
        }
        X87Images.putShort(r, 30, fpu.statusWord());
        X87Images.putShort(r, 32, fpu.tagWord());
        X87Images.putShort(r, 34, fpu.controlWord());
        X87Images.putInt(r, 36, host.eflags);
        X87Images.putInt(r, 40, host.eax);
        System.arraycopy(host.mem, 0, r, 44, 16);
        return r;
    }

    /** Describes the differences between two result records (empty when equal), ignoring empty registers. */
    static String diff(OracleCase c, byte[] expected, byte[] actual, boolean tolerant) {
        StringBuilder d = new StringBuilder();
        int swE = X87Images.getShort(expected, 30), swA = X87Images.getShort(actual, 30);
        int twE = X87Images.getShort(expected, 32), twA = X87Images.getShort(actual, 32);
        int swMask = tolerant ? ~(X87Env.C1 | X87Env.PE | X87Env.UE) : ~0;
        if (((swE ^ swA) & swMask & 0xFFFF) != 0) {
            d.append(String.format(" sw %04x/%04x", swE, swA));
        }
        if (twE != twA) {
            d.append(String.format(" tw %04x/%04x", twE, twA));
        }
        int top = (swE >> 11) & 7;
        for (int i = 0; i < 3; i++) {
            int phys = (top + i) & 7;
            if (((twE >> (2 * phys)) & 3) == 3) {
                continue;
            }
            Ext80 e = Ext80.fromBytes(expected, 10 * i), a = Ext80.fromBytes(actual, 10 * i);
            if (!e.equals(a) && !(tolerant && withinOneUlp(e, a))) {
                d.append(" st").append(i).append(' ').append(e).append('/').append(a);
            }
        }
        if (X87Images.getShort(expected, 34) != X87Images.getShort(actual, 34)) {
            d.append(String.format(" cw %04x/%04x", X87Images.getShort(expected, 34), X87Images.getShort(actual, 34)));
        }
        int efE = X87Images.getInt(expected, 36) & 0x8D5, efA = X87Images.getInt(actual, 36) & 0x8D5;
        if (efE != efA) {
            d.append(String.format(" eflags %03x/%03x", efE, efA));
        }
        if (c.opcode() == 0xDF && c.modrm() == 0xE0
                && (X87Images.getShort(expected, 40) != X87Images.getShort(actual, 40))) {
            d.append(String.format(" ax %04x/%04x", X87Images.getShort(expected, 40), X87Images.getShort(actual, 40)));
        }
        for (int i = 0; i < 16; i++) {
            if (expected[44 + i] != actual[44 + i]) {
                byte[] me = new byte[16], ma = new byte[16];
                System.arraycopy(expected, 44, me, 0, 16);
                System.arraycopy(actual, 44, ma, 0, 16);
                d.append(" mem ").append(OracleCase.hex(me, 10)).append('/').append(OracleCase.hex(ma, 10));
                break;
            }
        }
        return d.toString();
    }

    /** Adjacent extended reals of the same sign (also across a binade boundary). */
    static boolean withinOneUlp(Ext80 e, Ext80 a) {
        boolean finite = (e.kind() == Ext80.Kind.NORMAL || e.kind() == Ext80.Kind.DENORMAL)
                && (a.kind() == Ext80.Kind.NORMAL || a.kind() == Ext80.Kind.DENORMAL);
        if (!finite || e.negative() != a.negative()) {
            return false;
        }
        int ee = e.biasedExponent(), ea = a.biasedExponent();
        if (ee == ea) {
            long diff = e.m() - a.m();
            return diff == 0 || diff == 1 || diff == -1;
        }
        Ext80 hi = ee > ea ? e : a, lo = ee > ea ? a : e;
        return Math.abs(ee - ea) == 1 && hi.m() == Ext80.INT_BIT && lo.m() == -1L;
    }
}
