package org.jpok.cpu.conformance;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The little-endian records that oracle32 reads and writes (the layout is documented in oracle32.c). */
final class OracleWire {
    static final int CASE_BYTES = 112;
    private static final int RESULT_BYTES = 56;

    private OracleWire() {
    }

    static void writeCase(ConformanceCase c, ByteBuffer out) {
        out.order(ByteOrder.LITTLE_ENDIAN);
        int start = out.position();
        out.put((byte) c.code().length).put((byte) 0).put((byte) 0).put((byte) 0);
        out.put(c.code());
        for (int i = c.code().length; i < Layout.MAX_CODE; i++) {
            out.put((byte) 0);
        }
        for (int r : c.gpr()) {
            out.putInt(r);
        }
        out.putInt(c.eflags()).putInt(c.memSeed());
        for (int k = 0; k < 4; k++) {
            boolean used = k < c.pokeOffset().length && c.pokeOffset()[k] >= 0;
            out.putInt(used ? c.pokeOffset()[k] : -1).putInt(used ? c.pokeValue()[k] : 0);
        }
        out.putInt(c.ldt());
        assert out.position() - start == CASE_BYTES;
    }

    /** Reads one result; native vectors are the trap numbers of the signal context. */
    static Outcome readResult(DataInputStream in) throws IOException {
        byte[] head = new byte[RESULT_BYTES + 4];
        try {
            in.readFully(head);
        } catch (EOFException e) {
            throw new IOException("oracle32 ended early (see its stderr)", e);
        }
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        int signo = b.getInt();
        int trapno = b.getInt();
        int err = b.getInt();
        b.getInt(); // cr2: no case touches unmapped memory yet
        int eip = b.getInt();
        int eflags = b.getInt();
        int[] gpr = new int[8];
        for (int i = 0; i < 8; i++) {
            gpr[i] = b.getInt();
        }
        int n = b.getInt();
        byte[] diffs = new byte[4 * n];
        in.readFully(diffs);
        int[] off = new int[n];
        byte[] val = new byte[n];
        for (int i = 0; i < n; i++) {
            off[i] = (diffs[4 * i] & 0xFF) | (diffs[4 * i + 1] & 0xFF) << 8;
            val[i] = diffs[4 * i + 2];
        }
        return new Outcome(trapno, err, eip, eflags, gpr, off, val, signo == 0 ? "no signal" : "");
    }
}
