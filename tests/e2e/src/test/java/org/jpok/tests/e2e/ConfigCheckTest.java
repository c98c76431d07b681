package org.jpok.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/**
 * What the user's {@code config/} says is checked against the settings jpok's components declare: a mistyped key
 * or an unknown PID is one warning line and the system still runs; a value of the wrong type is one line naming
 * the file and the key, and {@code run} exits 2 without booting. And two jpok processes started at once in one
 * working directory both run their system (each has a framework cache of its own).
 */
class ConfigCheckTest extends WithGuestSystems {

    private JpokProcess.Result runHello(Path home) throws Exception {
        return JpokProcess.run(JpokProcess.currentJava(), home, 120, "run", systems.example("hello").toString(), "--max-time", "1s");
    }

    private String helloOutput() throws Exception {
        return SystemRunTest.BANNER + Files.readString(systems.example("hello").resolveSibling("expected-output.txt"));
    }

    @Test
    void aMistypedKeyAndAnUnknownPidAreOneWarningEachAndTheSystemStillRuns() throws Exception {
        Path home = Files.createDirectories(work.resolve("typos"));
        ConfigFolderTest.userFile(home, ConfigFolderTest.VMM_CFG, "vmm.trapEmulat=true\n");
        ConfigFolderTest.userFile(home, "org.jpok.machin.cfg", "memory.size.mib=32\n");
        JpokProcess.Result r = runHello(home);
        assertEquals(0, r.exitStatus(), r.err());
        assertEquals(helloOutput(), r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertEquals("jpok: " + Path.of("config", ConfigFolderTest.VMM_CFG)
                + ": unknown setting 'vmm.trapEmulat' (known: vmm.trapEmulate)", lines.get(0));
        String unknownPid = "jpok: " + Path.of("config", "org.jpok.machin.cfg") + ": no jpok component reads PID 'org.jpok.machin' (known: ";
        assertEquals(unknownPid, lines.get(1).substring(0, Math.min(lines.get(1).length(), unknownPid.length())), r.err());
        assertTrue(lines.get(1).contains("org.jpok.machine,") || lines.get(1).contains("org.jpok.machine)"),
                "the known PIDs include the machine's: " + lines.get(1));
    }

    @Test
    void aValueOfTheWrongTypeIsOneLineNamingFileAndKeyAndNothingBoots() throws Exception {
        Path home = Files.createDirectories(work.resolve("badvalue"));
        ConfigFolderTest.userFile(home, "org.jpok.machine.cfg", "memory.size.mib=lots\n");
        JpokProcess.Result r = runHello(home);
        assertEquals(2, r.exitStatus(), r.err());
        assertEquals("", r.out(), "nothing booted");
        assertEquals(List.of("jpok: " + Path.of("config", "org.jpok.machine.cfg") + ": memory.size.mib: 'lots' is not a number"),
                r.err().lines().toList());
    }

    @Test
    void twoProcessesStartedAtOnceInOneFolderBothRunTheirSystem() throws Exception {
        Path home = Files.createDirectories(work.resolve("shared"));
        CompletableFuture<JpokProcess.Result> first = CompletableFuture.supplyAsync(() -> quietly(home));
        CompletableFuture<JpokProcess.Result> second = CompletableFuture.supplyAsync(() -> quietly(home));
        String expected = helloOutput();
        for (JpokProcess.Result r : List.of(first.get(), second.get())) {
            assertEquals(0, r.exitStatus(), r.err());
            assertEquals(expected, r.out());
            assertEquals("", r.err());
        }
        assertFalse(Files.exists(home.resolve("felix-cache")), "no framework cache is left in the working directory");
    }

    private JpokProcess.Result quietly(Path home) {
        try {
            return runHello(home);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
