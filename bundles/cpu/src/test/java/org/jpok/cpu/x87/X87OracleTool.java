package org.jpok.cpu.x87;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Command line for the x87 oracle, run from bundles/cpu with the test classpath:
 * {@code live <count> [seed]} compares against the host and prints the report;
 * {@code freeze <count> <seed> <file.gz>} writes a fixture of case and result records.
 */
public final class X87OracleTool {

    private X87OracleTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("probe")) {
            probe(args);
            return;
        }
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261127L;
        Path exe = NativeOracle.build();
        List<OracleCase> cases = new OracleCaseGenerator(seed).generate(count, true);
        byte[] expected = NativeOracle.run(exe, cases);
        if (args[0].equals("freeze")) {
            freeze(cases, expected, Path.of(args[3]));
        }
        System.out.println(X87LiveOracleTest.Report.compare(cases, expected).summary());
    }

    /** probe op modrm depth cw a b mem: one case, values as se:mantissa hex and mem as 20 hex digits. */
    private static void probe(String[] a) throws Exception {
        byte[] mem = new byte[10];
        java.math.BigInteger m = new java.math.BigInteger(a[7], 16);
        for (int i = 0; i < 10; i++) {
            mem[i] = m.shiftRight(8 * i).byteValue();
        }
        OracleCase c = OracleCase.of(new int[] {Integer.parseInt(a[1], 16), Integer.parseInt(a[2], 16)},
                Integer.parseInt(a[3]), Integer.parseInt(a[4], 16), 0, parse(a[5]), parse(a[6]), mem);
        byte[] e = NativeOracle.run(NativeOracle.build(), List.of(c));
        byte[] r = OracleEmulation.run(c);
        System.out.println(c + "\n native " + describe(e) + "\n java   " + describe(r));
    }

    private static Ext80 parse(String s) {
        String[] p = s.split(":");
        return new Ext80(Integer.parseInt(p[0], 16), Long.parseUnsignedLong(p[1], 16));
    }

    private static String describe(byte[] r) {
        return String.format("st0 %s st1 %s st2 %s sw %04x tw %04x efl %03x mem %s", Ext80.fromBytes(r, 0),
                Ext80.fromBytes(r, 10), Ext80.fromBytes(r, 20), X87Images.getShort(r, 30), X87Images.getShort(r, 32),
                X87Images.getInt(r, 36) & 0x8D5, OracleCase.hex(java.util.Arrays.copyOfRange(r, 44, 60), 10));
    }

    static void freeze(List<OracleCase> cases, byte[] expected, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < cases.size(); i++) {
                o.write(cases.get(i).rec);
                o.write(expected, i * OracleCase.RESULT_SIZE, OracleCase.RESULT_SIZE);
            }
        }
    }
}
