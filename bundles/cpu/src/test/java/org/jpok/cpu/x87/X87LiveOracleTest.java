package org.jpok.cpu.x87;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The live differential run against the host's x87 (the -Pconformance profile sets
 * {@code jpok.x87.live} to the number of cases). Transcendentals may differ by one ulp, with C1, PE
 * and UE then not compared; everything else must match bit for bit.
 */
@EnabledIfSystemProperty(named = "jpok.x87.live", matches = "\\d+")
class X87LiveOracleTest {

    @Test
    void matchesHostX87() throws Exception {
        int count = Integer.getInteger("jpok.x87.live");
        long seed = Long.getLong("jpok.x87.seed", 20261127L);
        Path exe = NativeOracle.build();
        List<OracleCase> cases = new OracleCaseGenerator(seed).generate(count, true);
        byte[] expected = NativeOracle.run(exe, cases);
        Report report = Report.compare(cases, expected);
        System.out.println("x87 live oracle: " + report.summary());
        assertEquals(0, report.mismatches, report.summary());
    }

    /** Mismatch counts by form, with the first few differences. */
    static final class Report {
        int mismatches, transcendentalCases, withinUlp;
        final Map<String, Integer> byForm = new TreeMap<>();
        final StringBuilder examples = new StringBuilder();

        static Report compare(List<OracleCase> cases, byte[] expected) {
            Report r = new Report();
            for (int i = 0; i < cases.size(); i++) {
                OracleCase c = cases.get(i);
                byte[] e = new byte[OracleCase.RESULT_SIZE];
                System.arraycopy(expected, i * OracleCase.RESULT_SIZE, e, 0, e.length);
                byte[] a;
                String d;
                try {
                    a = OracleEmulation.run(c);
                    boolean tolerant = c.isTranscendental();
                    d = OracleEmulation.diff(c, e, a, tolerant);
                    if (tolerant) {
                        r.transcendentalCases++;
                        if (d.isEmpty() && !OracleEmulation.diff(c, e, a, false).isEmpty()) {
                            r.withinUlp++;
                        }
                    }
                } catch (RuntimeException ex) {
                    d = " threw " + ex;
                }
                if (!d.isEmpty()) {
                    r.mismatches++;
                    r.byForm.merge(String.format("%02x %02x", c.opcode(), c.modrm()), 1, Integer::sum);
                    if (r.examples.length() < 6000) {
                        r.examples.append("\n  ").append(c).append(" ->").append(d);
                    }
                }
            }
            r.total = cases.size();
            return r;
        }

        int total;

        String summary() {
            return total + " cases, " + mismatches + " mismatches; transcendental " + transcendentalCases
                    + " cases, " + withinUlp + " within 1 ulp but not exact; by form " + byForm + examples;
        }
    }
}
