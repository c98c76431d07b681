package org.jpok.cpu.conformance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Frozen oracle results: gzip of a header, then each case with the host CPU's outcome. The cases
 * are stored whole, so a fixture stays valid when the generator changes later.
 */
final class FixtureFile {
    private static final int MAGIC = 0x4A50_4B43; // "JPKC"
    private static final int VERSION = 3;

    record Entry(ConformanceCase input, Outcome expected) {
    }

    private FixtureFile() {
    }

    static void write(OutputStream raw, String provenance, List<Entry> entries) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(provenance);
            out.writeInt(entries.size());
            for (Entry e : entries) {
                writeCase(out, e.input());
                writeOutcome(out, e.expected());
            }
        }
    }

    static List<Entry> read(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a version-" + VERSION + " conformance fixture");
            }
            in.readUTF();
            int n = in.readInt();
            List<Entry> entries = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                entries.add(new Entry(readCase(in), readOutcome(in)));
            }
            return entries;
        }
    }

    static String provenance(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(raw))) {
            in.readInt();
            in.readInt();
            return in.readUTF();
        }
    }

    private static void writeCase(DataOutputStream out, ConformanceCase c) throws IOException {
        out.writeUTF(c.family());
        out.writeByte(c.code().length);
        out.write(c.code());
        for (int r : c.gpr()) {
            out.writeInt(r);
        }
        out.writeInt(c.eflags());
        out.writeInt(c.memSeed());
        out.writeByte(c.pokeOffset().length);
        for (int k = 0; k < c.pokeOffset().length; k++) {
            out.writeShort(c.pokeOffset()[k]);
            out.writeInt(c.pokeValue()[k]);
        }
        out.writeInt(c.undefinedFlags());
        out.writeByte(c.ignoredGprs());
        out.writeInt(c.ldt());
    }

    private static ConformanceCase readCase(DataInputStream in) throws IOException {
        String family = in.readUTF();
        byte[] code = new byte[in.readUnsignedByte()];
        in.readFully(code);
        int[] gpr = new int[8];
        for (int i = 0; i < 8; i++) {
            gpr[i] = in.readInt();
        }
        int eflags = in.readInt();
        int seed = in.readInt();
        int n = in.readUnsignedByte();
        int[] off = new int[n];
        int[] val = new int[n];
        for (int k = 0; k < n; k++) {
            off[k] = in.readShort();
            val[k] = in.readInt();
        }
        return new ConformanceCase(family, code, gpr, eflags, seed, off, val, in.readInt(), in.readUnsignedByte(), in.readInt());
    }

    private static void writeOutcome(DataOutputStream out, Outcome o) throws IOException {
        out.writeShort(o.vector());
        out.writeInt(o.errorCode());
        out.writeInt(o.eip());
        out.writeInt(o.eflags());
        for (int r : o.gpr()) {
            out.writeInt(r);
        }
        out.writeShort(o.diffOffset().length);
        for (int i = 0; i < o.diffOffset().length; i++) {
            out.writeShort(o.diffOffset()[i]);
            out.writeByte(o.diffValue()[i]);
        }
    }

    private static Outcome readOutcome(DataInputStream in) throws IOException {
        int vector = in.readShort();
        int err = in.readInt();
        int eip = in.readInt();
        int eflags = in.readInt();
        int[] gpr = new int[8];
        for (int i = 0; i < 8; i++) {
            gpr[i] = in.readInt();
        }
        int n = in.readUnsignedShort();
        int[] off = new int[n];
        byte[] val = new byte[n];
        for (int i = 0; i < n; i++) {
            off[i] = in.readUnsignedShort();
            val[i] = in.readByte();
        }
        return new Outcome(vector, err, eip, eflags, gpr, off, val, "");
    }
}
