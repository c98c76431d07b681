package org.jpok.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The user's {@code config/}: every start applies it before a system boots (trap-emulate needs
 * {@code vmm.trapEmulate=true} from there, or its cli is a #GP), a bad file is one line naming it, the shell follows
 * later edits, and jpok never writes into it (FileInstall's write-back once emptied such a file on a later start).
 */
class ConfigFolderTest extends WithGuestSystems {

    static final String VMM_CFG = "org.jpok.bsp.x86qemu.vmm.cfg";
    /** A time long past: a file that anything rewrites gets a new one. */
    static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    /** Writes {@code text} as {@code config/NAME} of {@code home}, dated long ago; returns its bytes. */
    static byte[] userFile(Path home, String name, String text) throws Exception {
        Path file = Files.createDirectories(home.resolve("config")).resolve(name);
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        Files.setLastModifiedTime(file, LONG_AGO);
        return Files.readAllBytes(file);
    }

    static void assertUntouched(Path home, String name, byte[] written, String when) throws Exception {
        Path file = home.resolve("config").resolve(name);
        assertArrayEquals(written, Files.readAllBytes(file), when + ": " + name + " holds what the user wrote");
        assertEquals(LONG_AGO, Files.getLastModifiedTime(file), when + ": nothing wrote into " + name);
    }

    @Test
    void everyRunInOneFolderBootsWithTheSettingAndLeavesTheFileAsWritten() throws Exception {
        Path home = Files.createDirectories(work.resolve("runs"));
        byte[] written = userFile(home, VMM_CFG, "# emulate cli, sti and in for unmodified partitions\nvmm.trapEmulate = true\n");
        Path config = systems.example("trap-emulate");
        String expected = SystemRunTest.BANNER + Files.readString(config.resolveSibling("expected-output.txt"));
        for (int run = 1; run <= 3; run++) {
            JpokProcess.Result r = JpokProcess.run(JpokProcess.currentJava(), home, 120, "run", config.toString(), "--max-time", "1s");
            assertEquals(0, r.exitStatus(), "run " + run + ": " + r.err());
            assertEquals(expected, r.out(), "run " + run + ": cli, sti and in were emulated");
            assertEquals("", r.err(), "run " + run);
            assertUntouched(home, VMM_CFG, written, "after run " + run);
        }
    }

    @Test
    void aFileThatCannotBeReadIsOneLineNamingItAndNothingBoots() throws Exception {
        Path home = Files.createDirectories(work.resolve("malformed"));
        byte[] written = userFile(home, VMM_CFG, "vmm.trapEmulate=\\u00zz\n");
        Path config = systems.example("trap-emulate");
        JpokProcess.Result r = JpokProcess.run(JpokProcess.currentJava(), home, 120, "run", config.toString(), "--max-time", "1s");
        assertEquals(2, r.exitStatus(), r.err());
        assertEquals("", r.out(), "nothing booted");
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("jpok: " + Path.of("config", VMM_CFG) + ": cannot be applied: "), r.err());
        assertTrue(lines.get(0).contains("00zz"), "FileInstall's reason: " + r.err());
        assertUntouched(home, VMM_CFG, written, "after the refused run");
    }

    @Test
    void theDemoBootsWithTheSettingAndTheShellFollowsAnEditWithoutWritingBack() throws Exception {
        Path home = Files.createDirectories(work.resolve("shell"));
        userFile(home, VMM_CFG, "vmm.trapEmulate=true\n");
        // --demo switches the machine's configuration to real-time pacing; that must not reach this file either.
        byte[] machine = userFile(home, "org.jpok.machine.cfg", "memory.size.mib=64\n");
        Path config = systems.example("trap-emulate");
        Process jpok = JpokProcess.builder(JpokProcess.currentJava(), home, "--demo", config.getParent().toString())
                .redirectErrorStream(true).start();
        ConsoleTest.Lines lines = new ConsoleTest.Lines(jpok);
        try (Writer in = new OutputStreamWriter(jpok.getOutputStream(), StandardCharsets.UTF_8)) {
            lines.awaitLineContaining("jpok: demo ended (shutdown", 120);
            assertTrue(lines.seenSoFar().contains("cli emulated"), lines.seenSoFar());

            // The user turns the setting off while jpok runs: FileInstall applies it, and the next boot traps.
            Path vmm = home.resolve("config").resolve(VMM_CFG);
            Files.writeString(vmm, "vmm.trapEmulate=false\n");
            byte[] edited = Files.readAllBytes(vmm);
            FileTime editedAt = Files.getLastModifiedTime(vmm);
            boolean trapped = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (!trapped && System.nanoTime() < deadline) {
                int before = outcomes(lines.seenSoFar());
                in.write("pok:boot " + config + "\npok:run 100ms\n");
                in.flush();
                while (outcomes(lines.seenSoFar()) == before && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                trapped = lines.seenSoFar().contains("ILLEGAL_REQUEST (exception 13");
            }
            assertTrue(trapped, "the edit reached the vmm BSP:\n" + lines.seenSoFar());
            in.write("exit\n");
            in.flush();
            assertTrue(jpok.waitFor(30, TimeUnit.SECONDS), "exit leaves jpok");
            assertArrayEquals(edited, Files.readAllBytes(vmm), "the edited file as the user wrote it");
            assertEquals(editedAt, Files.getLastModifiedTime(vmm), "nothing wrote into the edited file");
        }
        assertEquals(0, jpok.exitValue());
        assertUntouched(home, "org.jpok.machine.cfg", machine, "after --demo");
    }

    /** How many runs have ended so far ({@code pok:run} prints one outcome line each). */
    private static int outcomes(String output) {
        return (int) output.lines().filter(l -> l.contains("SHUTDOWN at ") || l.contains("TIME_LIMIT at ")).count();
    }
}
