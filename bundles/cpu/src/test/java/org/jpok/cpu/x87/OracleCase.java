package org.jpok.cpu.x87;

import java.util.ArrayList;
import java.util.List;

/**
 * One case of the x87 differential test, in the oracle's 48-byte record format (see
 * {@code src/test/native/x87/x87oracle.c}), and its 64-byte result record. The instruction's memory
 * operand is always [eax], a 16-byte buffer.
 */
final class OracleCase {
    static final int CASE_SIZE = 48, RESULT_SIZE = 64;

    final byte[] rec;

    OracleCase(byte[] rec) {
        this.rec = rec;
    }

    static OracleCase of(int[] insn, int depth, int cw, int eflags, Ext80 a, Ext80 b, byte[] mem) {
        byte[] r = new byte[CASE_SIZE];
        for (int i = 0; i < insn.length; i++) {
            r[i] = (byte) insn[i];
        }
        r[8] = (byte) insn.length;
        r[9] = (byte) depth;
        X87Images.putShort(r, 10, cw);
        X87Images.putInt(r, 12, eflags);
        System.arraycopy(a.toBytes(), 0, r, 16, 10);
        System.arraycopy(b.toBytes(), 0, r, 26, 10);
        System.arraycopy(mem, 0, r, 36, Math.min(10, mem.length));
        return new OracleCase(r);
    }

    int opcode() {
        return rec[0] & 0xFF;
    }

    int modrm() {
        return rec[1] & 0xFF;
    }

    int depth() {
        return rec[9];
    }

    int cw() {
        return X87Images.getShort(rec, 10);
    }

    int eflags() {
        return (X87Images.getInt(rec, 12) & 0x8D5) | 0x202;
    }

    Ext80 a() {
        return Ext80.fromBytes(rec, 16);
    }

    Ext80 b() {
        return Ext80.fromBytes(rec, 26);
    }

    byte[] mem() {
        byte[] m = new byte[16];
        System.arraycopy(rec, 36, m, 0, 10);
        return m;
    }

    boolean isTranscendental() {
        int m = modrm();
        return opcode() == 0xD9 && (m == 0xF0 || m == 0xF1 || m == 0xF2 || m == 0xF3 || m == 0xF9 || m == 0xFB
                || m == 0xFE || m == 0xFF);
    }

    @Override
    public String toString() {
        return String.format("insn %02x %02x depth %d cw %04x efl %03x a %s b %s mem %s", opcode(), modrm(), depth(),
                cw(), eflags(), a(), b(), hex(mem(), 10));
    }

    static String hex(byte[] b, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = n - 1; i >= 0; i--) {
            s.append(String.format("%02x", b[i] & 0xFF));
        }
        return s.toString();
    }

    static List<OracleCase> split(byte[] all) {
        List<OracleCase> out = new ArrayList<>();
        for (int off = 0; off + CASE_SIZE <= all.length; off += CASE_SIZE) {
            byte[] r = new byte[CASE_SIZE];
            System.arraycopy(all, off, r, 0, CASE_SIZE);
            out.add(new OracleCase(r));
        }
        return out;
    }

    static byte[] join(List<OracleCase> cases) {
        byte[] all = new byte[cases.size() * CASE_SIZE];
        for (int i = 0; i < cases.size(); i++) {
            System.arraycopy(cases.get(i).rec, 0, all, i * CASE_SIZE, CASE_SIZE);
        }
        return all;
    }
}
