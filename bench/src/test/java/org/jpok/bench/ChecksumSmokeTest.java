package org.jpok.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jpok.guest.GuestToolchain;
import org.junit.jupiter.api.Test;

/**
 * {@code bench/run --smoke}: each workload at a tiny iteration count, as a static Linux binary and,
 * when the jar has a run mode, as a jpok partition. Every runner must print the same checksum.
 * qemu is never used here.
 */
class ChecksumSmokeTest {

    private static final Path SCRIPT = Path.of(System.getProperty("bench.script", "run")).toAbsolutePath();
    private static final Path JAR = Path.of(System.getProperty("jpok.jar", "../distribution/target/jpok.jar")).toAbsolutePath();
    private static final Path OUT = Path.of(System.getProperty("bench.out", "target/bench-smoke")).toAbsolutePath();

    @Test
    void everyRunnerPrintsTheSameChecksum() throws Exception {
        Optional<String> noGcc = GuestToolchain.unusableReason("gcc", OUT.resolve("probe"));
        assumeTrue(noGcc.isEmpty(), () -> "skipped: " + noGcc.get());

        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString(), "--smoke").redirectErrorStream(true);
        pb.environment().put("JPOK_JAR", JAR.toString());
        pb.environment().put("BENCH_OUT", OUT.toString());
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Files.createDirectories(OUT);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "bench/run --smoke did not finish");
        assertEquals(0, p.exitValue(), out);

        boolean jpokRuns = !out.contains("jpok: n/a");
        for (String workload : List.of("alu", "mem", "cmix")) {
            String line = line(out, workload + " (");
            assertTrue(line.contains("checksums equal ("), line);
            assertTrue(line.contains("native"), "the native runner always runs: " + line);
            assertEquals(jpokRuns, line.contains("jpok"), line);
        }
        if (jpokRuns) {
            assertTrue(line(out, "gettick (").contains("checksums equal (jpok)"), out);
        }
        // the checksum lines themselves, so "equal" cannot mean "both empty"
        assertTrue(Files.readString(OUT.resolve("work/out/native-cmix-2.checksum")).matches("[0-9a-f]{8}\\n"));
    }

    private static String line(String out, String prefix) throws IOException {
        return out.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in:\n" + out));
    }
}
