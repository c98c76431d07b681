package org.jpok.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} with a bad configuration or image: exit 2, one line on standard error, nothing started. */
class BadSystemTest {

    @TempDir
    Path dir;

    private static final String GOOD = String.join("\n",
            "partitions:",
            "  - name: p",
            "    size: 64k",
            "kernel:",
            "  scheduler:",
            "    major_frame: 10ms",
            "    slots:",
            "      - {partition: p, duration: 10ms}",
            "");

    private JpokProcess.Result run(String yaml) throws Exception {
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, yaml);
        return JpokProcess.run(JpokProcess.currentJava(), dir, 60, "run", config.toString());
    }

    private static void assertRefused(JpokProcess.Result r, String mentions) {
        assertEquals(2, r.exitStatus(), r.out() + r.err());
        assertEquals("", r.out(), "nothing started");
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertTrue(err.startsWith("jpok: ") && err.contains(mentions), err);
    }

    @Test
    void unknownKey() throws Exception {
        assertRefused(run(GOOD.replace("    size: 64k", "    size: 64k\n    sise: 1")), "unknown key 'sise'");
    }

    @Test
    void slotsLongerThanTheMajorFrame() throws Exception {
        assertRefused(run(GOOD.replace("duration: 10ms", "duration: 11ms")), "major frame");
    }

    @Test
    void missingImage() throws Exception {
        assertRefused(run(GOOD), "p.elf");
    }

    @Test
    void imageThatIsNotAnI386Elf() throws Exception {
        Files.createDirectories(dir.resolve("p"));
        Files.writeString(dir.resolve("p/p.elf"), "#!/bin/sh\necho not an elf\n");
        assertRefused(run(GOOD), "p.elf");
    }

    @Test
    void missingConfigFile() throws Exception {
        JpokProcess.Result r = JpokProcess.run(JpokProcess.currentJava(), dir, 60, "run", "nowhere.yaml");
        assertRefused(r, "nowhere.yaml");
    }
}
