package org.jpok.cpu.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jpok.api.cpu.CpuFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bounded differential conformance test: the core must reproduce the host CPU's frozen
 * results (src/test/resources/conformance), so it gives the same verdict on any host.
 */
class ConformanceFixtureTest {
    /**
     * Families that the core still gets wrong, with the reason. Their mismatches are printed
     * but do not fail the build. Empty when the core conforms: keep it that way.
     */
    static final Map<String, String> KNOWN_BAD = Map.of();

    private static List<FixtureFile.Entry> entries;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = ConformanceFixtureTest.class.getResourceAsStream(FixtureRegenerator.RESOURCE)) {
            if (in == null) {
                throw new IOException("missing test resource " + FixtureRegenerator.RESOURCE + " (see src/test/native/README.md)");
            }
            entries = FixtureFile.read(in);
        }
    }

    @Test
    void theCoreReproducesTheFrozenHostResults() {
        CpuFactory factory = CoreLocator.find();
        Assumptions.assumeTrue(factory != null, "no CpuFactory implementation in org.jpok.cpu yet");
        EmulatedPc pc = new EmulatedPc(factory);
        FamilyTally tally = new FamilyTally();
        FamilyTally stepped = new FamilyTally();
        long start = System.nanoTime();
        int n = 0;
        for (FixtureFile.Entry e : entries) {
            Outcome actual = pc.run(e.input());
            tally.record(e.input(), Comparison.differences(e.input(), e.expected(), actual), e.expected(), actual);
            if (n++ % 4 == 0) { // a quarter again, one instruction per run() call
                Outcome step = pc.run(e.input(), true);
                stepped.record(e.input(), Comparison.differences(e.input(), e.expected(), step), e.expected(), step);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(tally.table("frozen host-CPU conformance", KNOWN_BAD.keySet(), seconds));
        System.out.println(stepped.mismatches() == 0
                ? "single-stepped (run(1) per instruction): " + stepped.cases() + " cases, 0 mismatches"
                : stepped.table("single-stepped (run(1) per instruction)", KNOWN_BAD.keySet(), seconds));
        if (!KNOWN_BAD.isEmpty()) {
            System.out.println("Known-bad families excluded from the verdict: " + KNOWN_BAD);
        }
        assertEquals(Set.of(), tally.failingFamilies(KNOWN_BAD.keySet()), "families with mismatches (table on stdout)");
        assertEquals(Set.of(), stepped.failingFamilies(KNOWN_BAD.keySet()), "families with single-step mismatches (table on stdout)");
        assertTrue(seconds < 60, "the bounded set took " + seconds + " s");
    }

    @Test
    void theFixtureIsLargeAndCoversEveryFamily() {
        assertTrue(entries.size() >= 20_000, "only " + entries.size() + " frozen cases");
        Set<String> families = entries.stream().map(e -> e.input().family()).collect(Collectors.toCollection(TreeSet::new));
        CaseGenerator gen = new CaseGenerator(1);
        Set<String> generated = new TreeSet<>();
        for (int i = 0; i < 20_000; i++) {
            generated.add(gen.next().family());
        }
        assertEquals(generated, families);
    }

    @Test
    void theHostResultsAreSane() {
        long normal = 0;
        for (FixtureFile.Entry e : entries) {
            Outcome o = e.expected();
            assertTrue(o.vector() >= 0 && o.vector() < 32, () -> "vector " + o.vector() + " for " + e.input().describe());
            if (o.vector() == 3 && o.eip() == Layout.CODE + e.input().code().length + 1) {
                normal++;
            }
        }
        assertTrue(normal > entries.size() * 3 / 4, "only " + normal + " cases reached the closing int3");
        // faults are in the set too: #DE, #UD and #GP with selector error codes
        Set<Integer> vectors = entries.stream().map(e -> e.expected().vector()).collect(Collectors.toSet());
        assertTrue(vectors.containsAll(Set.of(0, 3, 4, 6, 13)), "vectors seen: " + vectors);
    }

    @Test
    void theGeneratorIsDeterministicAndTheFixtureFormatRoundTrips() throws IOException {
        CaseGenerator a = new CaseGenerator(FixtureRegenerator.SEED);
        CaseGenerator b = new CaseGenerator(FixtureRegenerator.SEED);
        for (int i = 0; i < 1000; i++) {
            ConformanceCase x = a.next();
            ConformanceCase y = b.next();
            assertEquals(x.describe(), y.describe());
            assertTrue(x.code().length <= Layout.MAX_CODE);
        }
        List<FixtureFile.Entry> some = entries.subList(0, 100);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FixtureFile.write(bytes, "test", some);
        List<FixtureFile.Entry> back = FixtureFile.read(new ByteArrayInputStream(bytes.toByteArray()));
        for (int i = 0; i < some.size(); i++) {
            assertEquals(some.get(i).input().describe(), back.get(i).input().describe());
            assertEquals(some.get(i).expected().describe(), back.get(i).expected().describe());
            assertArrayEquals(some.get(i).expected().diffValue(), back.get(i).expected().diffValue());
        }
    }
}
