package org.jpok.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar jpok.jar -c "..."}: output, exit status and one-line errors. */
class BatchModeTest {

    static final Path JDK25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    @TempDir
    Path home;

    @Test
    void versionPrintsAndExitsZero() throws Exception {
        JpokProcess.Result r = JpokProcess.run(JpokProcess.currentJava(), home, 60, "-c", "pok:version");
        assertEquals(0, r.exitStatus(), r.err());
        assertTrue(r.out().startsWith("jpok 0.1.0"), r.out());
        assertTrue(Files.isDirectory(home.resolve("plugins")), "plugins/ is created");
        assertTrue(Files.isDirectory(home.resolve("config")), "config/ is created");
    }

    @Test
    void unknownCommandFailsWithOneLine() throws Exception {
        JpokProcess.Result r = JpokProcess.run(JpokProcess.currentJava(), home, 60, "-c", "pok:no-such-command");
        assertNotEquals(0, r.exitStatus());
        assertEquals("jpok: Command not found: pok:no-such-command", r.err().strip());
    }

    @Test
    void everyStatementPrintsItsResultAndExitStopsTheProgram() throws Exception {
        JpokProcess.Result r = JpokProcess.run(JpokProcess.currentJava(), home, 60, "-c", "pok:version; pok:version; exit; pok:no-such-command");
        assertEquals(0, r.exitStatus(), r.err());
        assertEquals(2, r.out().lines().filter(l -> l.startsWith("jpok 0.1.0")).count(), r.out());
    }

    @Test
    void badArgumentIsAUsageError() throws Exception {
        JpokProcess.Result r = JpokProcess.run(JpokProcess.currentJava(), home, 60, "--frobnicate");
        assertEquals(2, r.exitStatus());
        assertEquals("jpok: unknown argument '--frobnicate' (try --help)", r.err().strip());
    }

    @Test
    void startsOnJdk25() throws Exception {
        assumeTrue(Files.isExecutable(JDK25), "Temurin 25 is not installed here");
        JpokProcess.Result r = JpokProcess.run(JDK25, home, 60, "-c", "pok:version");
        assertEquals(0, r.exitStatus(), r.err());
        assertTrue(r.out().startsWith("jpok 0.1.0") && r.out().contains("Java 25"), r.out());
    }
}
