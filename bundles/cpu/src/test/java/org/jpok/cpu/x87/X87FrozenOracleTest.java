package org.jpok.cpu.x87;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/**
 * Replays results recorded from the host's x87 (AMD EPYC) by {@link X87OracleTool} {@code freeze 10000 1}:
 * each record is a 48-byte case followed by its 64-byte result. Registers, status, tag and control
 * words, EFLAGS and memory must match exactly; transcendentals may be one ulp off (C1, PE, UE then not compared).
 */
class X87FrozenOracleTest {

    @Test
    void matchesRecordedSilicon() throws IOException {
        List<OracleCase> cases = new ArrayList<>();
        byte[] expected;
        try (InputStream raw = getClass().getResourceAsStream("/x87/oracle-cases.bin.gz");
                InputStream in = new GZIPInputStream(raw)) {
            byte[] all = in.readAllBytes();
            int stride = OracleCase.CASE_SIZE + OracleCase.RESULT_SIZE;
            int n = all.length / stride;
            expected = new byte[n * OracleCase.RESULT_SIZE];
            for (int i = 0; i < n; i++) {
                byte[] rec = new byte[OracleCase.CASE_SIZE];
                System.arraycopy(all, i * stride, rec, 0, rec.length);
                cases.add(new OracleCase(rec));
                System.arraycopy(all, i * stride + OracleCase.CASE_SIZE, expected, i * OracleCase.RESULT_SIZE,
                        OracleCase.RESULT_SIZE);
            }
        }
        assertEquals(10000, cases.size());
        X87LiveOracleTest.Report report = X87LiveOracleTest.Report.compare(cases, expected);
        assertEquals(0, report.mismatches, report.summary());
        assertTrue(report.transcendentalCases > 1000, "the fixture covers the transcendentals");
    }
}
