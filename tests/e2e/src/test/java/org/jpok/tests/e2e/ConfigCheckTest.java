package org.jpok.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * What the user's {@code config/} says is checked against the settings jpok's components declare: a mistyped key
 * or an unknown PID is one warning line and the system still runs; a value of the wrong type is one line naming
 * the file and the key, and {@code run} exits 2 without booting; in the shell, an edit gets the same lines and a
 * bad value is left out, so the next boot runs with its default. And two jpok processes started at once in one
 * working directory both run their system (each has a framework cache of its own).
 */
class ConfigCheckTest extends WithGuestSystems {

    private JpokProcess.Result runHello(Path home) throws Exception {
        return run(home, systems.example("hello"));
    }

    private static JpokProcess.Result run(Path home, Path config) throws Exception {
        return JpokProcess.run(JpokProcess.currentJava(), home, 120, "run", config.toString(), "--max-time", "1s");
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
    void aValueTheComponentItselfRejectsIsALineNamingFileAndComponentAndNothingBoots() throws Exception {
        Path home = Files.createDirectories(work.resolve("badepoch"));
        ConfigFolderTest.userFile(home, "org.jpok.devices.rtc.cfg", "epoch=yesterday\n");
        JpokProcess.Result r = runHello(home);
        assertEquals(2, r.exitStatus(), r.err());
        assertEquals("", r.out(), "nothing booted");
        List<String> ours = r.err().lines().filter(l -> l.startsWith("jpok: ")).toList();
        assertEquals(List.of("jpok: " + Path.of("config", "org.jpok.devices.rtc.cfg") + ": org.jpok.devices.CmosRtc cannot start "
                + "with it: rtc epoch must be an ISO-8601 instant like 2000-01-01T00:00:00Z, got 'yesterday'"), ours, r.err());
    }

    @Test
    void theShellReportsABadEditAndTheNextBootRunsWithTheDefault() throws Exception {
        Path home = Files.createDirectories(work.resolve("shell"));
        Files.createDirectories(home.resolve("config"));
        Process jpok = JpokProcess.builder(JpokProcess.currentJava(), home).redirectErrorStream(true).start();
        ConsoleTest.Lines lines = new ConsoleTest.Lines(jpok);
        try (Writer in = new OutputStreamWriter(jpok.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write("echo ready\n");
            in.flush();
            lines.awaitLineContaining("ready", 60);
            Files.writeString(home.resolve("config").resolve("org.jpok.machine.cfg"), "memory.size.mib=lots\n");
            lines.awaitLineContaining(Path.of("config", "org.jpok.machine.cfg")
                    + ": memory.size.mib: 'lots' is not a number; ignored, so the default 64 applies", 15);
            Files.writeString(home.resolve("config").resolve("org.jpok.machin.cfg"), "pacing=REALTIME\n");
            lines.awaitLineContaining(Path.of("config", "org.jpok.machin.cfg") + ": no jpok component reads PID 'org.jpok.machin'", 15);
            in.write("pok:boot " + systems.example("hello") + "\npok:run 100ms\n");
            in.flush();
            lines.awaitLineContaining("Hello from partition hello!", 30);
            in.write("exit\n");
            in.flush();
            assertTrue(jpok.waitFor(30, TimeUnit.SECONDS), "exit leaves jpok");
        } finally {
            jpok.destroyForcibly();
        }
        assertEquals(0, jpok.exitValue(), lines.seenSoFar());
        assertEquals(1, lines.seenSoFar().split("'lots' is not a number", -1).length - 1, "said once: " + lines.seenSoFar());
    }

    @Test
    void twoProcessesStartedAtOnceInOneFolderBothRunTheirSystem() throws Exception {
        Path home = Files.createDirectories(work.resolve("shared"));
        Path config = systems.example("hello"); // built once, before either starts
        String expected = helloOutput();
        CompletableFuture<JpokProcess.Result> first = CompletableFuture.supplyAsync(() -> quietly(home, config));
        CompletableFuture<JpokProcess.Result> second = CompletableFuture.supplyAsync(() -> quietly(home, config));
        for (JpokProcess.Result r : List.of(first.get(), second.get())) {
            assertEquals(0, r.exitStatus(), r.err());
            assertEquals(expected, r.out());
            assertEquals("", r.err());
        }
        assertFalse(Files.exists(home.resolve("felix-cache")), "no framework cache is left in the working directory");
    }

    private static JpokProcess.Result quietly(Path home, Path config) {
        try {
            return run(home, config);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
