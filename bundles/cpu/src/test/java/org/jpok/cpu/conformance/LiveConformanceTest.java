package org.jpok.cpu.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.jpok.api.cpu.CpuFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The live differential run (profile -Pconformance): generated cases run on the host CPU through
 * oracle32 and on the core, side by side. A generator thread feeds the oracle while this thread
 * runs the core, so the two use both cores of the machine.
 * System properties: conformance.cases (default 1,000,000), conformance.seed.
 */
@Tag("conformance")
class LiveConformanceTest {
    private static final int BATCH = 2048;
    private static final int ORACLES = 2;

    @Test
    void theCoreMatchesTheHostCpu() throws Exception {
        long count = Long.getLong("conformance.cases", 1_000_000);
        long seed = Long.getLong("conformance.seed", 0x20261127L);
        CpuFactory factory = CoreLocator.find();
        if (factory == null) {
            throw new IllegalStateException("no CpuFactory implementation in org.jpok.cpu");
        }
        EmulatedPc pc = new EmulatedPc(factory);
        FamilyTally tally = new FamilyTally();
        FamilyTally stepped = new FamilyTally();
        BlockingQueue<List<ConformanceCase>> inFlight = new ArrayBlockingQueue<>(2 * ORACLES);
        long start = System.nanoTime();
        NativeOracle[] oracles = new NativeOracle[ORACLES];
        Path moduleDir = Path.of(System.getProperty("basedir", "."));
        try {
            for (int i = 0; i < ORACLES; i++) {
                oracles[i] = NativeOracle.start(moduleDir);
            }
            // batch i goes to oracle i % ORACLES: two processes keep the host side ahead of the core
            Thread feeder = new Thread(() -> {
                CaseGenerator gen = new CaseGenerator(seed);
                try {
                    int batchNo = 0;
                    for (long done = 0; done < count; batchNo++) {
                        List<ConformanceCase> batch = new ArrayList<>(BATCH);
                        for (; batch.size() < BATCH && done < count; done++) {
                            batch.add(gen.next());
                        }
                        inFlight.put(batch);
                        oracles[batchNo % ORACLES].send(batch);
                    }
                    for (NativeOracle o : oracles) {
                        o.finish();
                    }
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, "conformance-feeder");
            feeder.setDaemon(true);
            feeder.start();
            int batchNo = 0;
            for (long done = 0; done < count; batchNo++) {
                NativeOracle oracle = oracles[batchNo % ORACLES];
                for (ConformanceCase c : inFlight.take()) {
                    Outcome expected = oracle.next();
                    Outcome actual = pc.run(c);
                    tally.record(c, Comparison.differences(c, expected, actual), expected, actual);
                    if (done++ % 8 == 0) { // an eighth again, one instruction per run() call
                        Outcome step = pc.run(c, true);
                        stepped.record(c, Comparison.differences(c, expected, step), expected, step);
                    }
                }
            }
            feeder.join();
        } finally {
            for (NativeOracle o : oracles) {
                if (o != null) {
                    o.close();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(tally.table("live host-CPU conformance, seed " + Long.toHexString(seed), java.util.Set.of(), seconds));
        System.out.println(stepped.table("the same, single-stepped (run(1) per instruction)", java.util.Set.of(), seconds));
        assertEquals(0, tally.mismatches() + stepped.mismatches(), "mismatches against the host CPU (tables on stdout)");
    }
}
