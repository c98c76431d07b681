package org.jpok.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive console, driven through standard input as a dumb terminal. */
class ConsoleTest {

    @TempDir
    Path home;

    @Test
    void lbListsEveryBundleActiveAndExitLeavesCleanly() throws Exception {
        Process jpok = JpokProcess.builder(JpokProcess.currentJava(), home).redirectErrorStream(true).start();
        Lines lines = new Lines(jpok);
        try (Writer in = new OutputStreamWriter(jpok.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write("lb\npok:version\n");
            in.flush();
            lines.awaitLineContaining("jpok 0.1.0", 60);
            String listing = lines.seenSoFar();
            long bundles = listing.lines().filter(l -> l.matches("\\s*\\d+\\|.*")).count();
            long active = listing.lines().filter(l -> l.matches("\\s*\\d+\\|Active.*")).count();
            assertTrue(bundles >= 10, listing);
            assertEquals(bundles, active, "every bundle is ACTIVE:\n" + listing);
            in.write("exit\n");
            in.flush();
            // Input stays open, as at a terminal: exit alone must end jpok.
            assertTrue(jpok.waitFor(30, TimeUnit.SECONDS), "exit leaves jpok");
        }
        assertEquals(0, jpok.exitValue());
        assertFalse(lines.seenSoFar().contains("Exception"), lines.seenSoFar());
    }

    @Test
    void endOfInputLeavesCleanly() throws Exception {
        Process jpok = JpokProcess.builder(JpokProcess.currentJava(), home).redirectErrorStream(true).start();
        Lines lines = new Lines(jpok);
        jpok.getOutputStream().close();
        assertTrue(jpok.waitFor(60, TimeUnit.SECONDS), "Ctrl-D leaves jpok");
        assertEquals(0, jpok.exitValue());
        assertFalse(lines.seenSoFar().contains("Exception"), lines.seenSoFar());
    }

    @Test
    void aBundleDroppedIntoPluginsIsActiveWithinFiveSeconds() throws Exception {
        Process jpok = JpokProcess.builder(JpokProcess.currentJava(), home).redirectErrorStream(true).start();
        Lines lines = new Lines(jpok);
        try (Writer in = new OutputStreamWriter(jpok.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write("pok:version\n");
            in.flush();
            lines.awaitLineContaining("jpok 0.1.0", 60);
            writeBundle(home.resolve("plugins").resolve("dropped.jar"), "org.jpok.tests.dropped");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            boolean seen = false;
            while (!seen && System.nanoTime() < deadline) {
                in.write("lb org.jpok.tests.dropped\n");
                in.flush();
                Thread.sleep(500);
                seen = lines.seenSoFar().lines().anyMatch(l -> l.matches("\\s*\\d+\\|Active\\s*\\|.*Dropped plugin.*"));
            }
            assertTrue(seen, "dropped bundle Active within 5 s:\n" + lines.seenSoFar());
            in.write("exit\n");
            in.flush();
        }
        assertTrue(jpok.waitFor(30, TimeUnit.SECONDS));
    }

    @Test
    void demoBuildsAndRunsAProjectInRealTimeBehindTheConsole() throws Exception {
        Path project = JpokProcess.copyExample("two-partitions", home);
        Process jpok = JpokProcess.builder(JpokProcess.currentJava(), home, "--demo", project.toString()).redirectErrorStream(true).start();
        Lines lines = new Lines(jpok);
        try (Writer in = new OutputStreamWriter(jpok.getOutputStream(), StandardCharsets.UTF_8)) {
            lines.awaitLineContaining("jpok: demo ended (shutdown at 22010000 ns)", 120);
            String seen = lines.seenSoFar();
            assertTrue(seen.contains("POK kernel initialized\np1: tick 1\np2: tick 1\n"), seen);
            assertTrue(seen.contains("p2: tick 5\n"), seen);
            in.write("pok:status\n");
            in.flush();
            lines.awaitLineContaining("partition p2: NORMAL", 30);
            in.write("exit\n");
            in.flush();
            assertTrue(jpok.waitFor(30, TimeUnit.SECONDS), "exit leaves jpok");
        }
        assertEquals(0, jpok.exitValue());
    }

    static void writeBundle(Path jar, String symbolicName) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Name", "Dropped plugin");
        main.putValue("Bundle-Version", "1.0.0");
        Path partial = jar.resolveSibling(jar.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.flush();
        }
        // FileInstall must never see a half-written jar.
        Files.move(partial, jar, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Collects the process's output on a thread of its own, so the test can wait for a line. */
    static final class Lines {
        private final StringBuffer seen = new StringBuffer();
        private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();

        Lines(Process process) {
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        seen.append(line).append('\n');
                        queue.add(line);
                    }
                } catch (IOException e) {
                    seen.append("reader: ").append(e).append('\n');
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        void awaitLineContaining(String text, long seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                String line = queue.poll(100, TimeUnit.MILLISECONDS);
                if (line != null && line.contains(text)) {
                    return;
                }
            }
            throw new AssertionError("no line containing '" + text + "' within " + seconds + " s:\n" + seen);
        }

        String seenSoFar() {
            return seen.toString();
        }
    }
}
