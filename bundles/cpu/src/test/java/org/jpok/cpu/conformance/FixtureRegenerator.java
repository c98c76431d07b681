package org.jpok.cpu.conformance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Regenerates the frozen oracle results: the bounded case set from the generator, run on the
 * host CPU by oracle32. Run from bundles/cpu on an x86 Linux host (see src/test/native/README.md):
 * <pre>mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.jpok.cpu.conformance.FixtureRegenerator</pre>
 */
public final class FixtureRegenerator {
    static final String RESOURCE = "/conformance/host-oracle.bin.gz";
    static final long SEED = 0x6A706F6BL; // "jpok"
    static final int COUNT = 24_000;

    private FixtureRegenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path moduleDir = Path.of(args.length > 0 ? args[0] : System.getProperty("basedir", "."));
        Path out = moduleDir.resolve("src/test/resources" + RESOURCE);
        CaseGenerator gen = new CaseGenerator(SEED);
        List<ConformanceCase> cases = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            cases.add(gen.next());
        }
        List<FixtureFile.Entry> entries = new ArrayList<>(COUNT);
        try (NativeOracle oracle = NativeOracle.start(moduleDir)) {
            Thread sender = new Thread(() -> {
                try {
                    oracle.send(cases);
                    oracle.finish();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            sender.start();
            for (ConformanceCase c : cases) {
                entries.add(new FixtureFile.Entry(c, oracle.next()));
            }
            sender.join();
        }
        Files.createDirectories(out.getParent());
        String provenance = String.format("CaseGenerator seed=%#x count=%d host=%s", SEED, COUNT, hostCpu());
        try (OutputStream o = Files.newOutputStream(out)) {
            FixtureFile.write(o, provenance, entries);
        }
        System.out.println("wrote " + entries.size() + " cases to " + out + " (" + Files.size(out) + " bytes): " + provenance);
    }

    private static String hostCpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
