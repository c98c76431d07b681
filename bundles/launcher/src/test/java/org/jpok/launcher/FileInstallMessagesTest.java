package org.jpok.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/** FileInstall's warnings and errors, taken from java.util.logging, as one line each on standard error. */
class FileInstallMessagesTest {

    private final Path home = Path.of("/home/user/pok").toAbsolutePath();
    private final Path cfg = home.resolve("config").resolve("org.jpok.bsp.x86qemu.vmm.cfg");
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final FileInstallMessages messages = new FileInstallMessages(home, new PrintStream(err, true, StandardCharsets.UTF_8));

    private String printed() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anErrorWithItsExceptionIsOneLineWithPathsRelativeToTheWorkingDirectory() {
        messages.attach();
        try {
            Logger.getLogger(FileInstallMessages.LOGGER).log(Level.SEVERE, "Failed to install artifact: " + cfg,
                    new IllegalArgumentException("Unable to parse unicode value:\n 00zz"));
        } finally {
            messages.detach();
        }
        String relative = Path.of("config", "org.jpok.bsp.x86qemu.vmm.cfg").toString();
        assertEquals("jpok: Failed to install artifact: " + relative + ": Unable to parse unicode value: 00zz" + System.lineSeparator(), printed());
        assertEquals(Optional.of("Unable to parse unicode value: 00zz"), messages.problemWith(cfg));
        assertEquals(Optional.empty(), messages.problemWith(home.resolve("config").resolve("org.jpok.machine.cfg")));
    }

    @Test
    void infoIsDroppedAndAWarningWithoutExceptionIsItsMessage() {
        messages.attach();
        try {
            Logger fileInstall = Logger.getLogger(FileInstallMessages.LOGGER);
            fileInstall.info("Creating configuration {org.jpok.machine} from " + cfg);
            fileInstall.warning("Watched directory " + home.resolve("plugins") + " does not exist");
        } finally {
            messages.detach();
        }
        assertEquals("jpok: Watched directory plugins does not exist" + System.lineSeparator(), printed());
    }

    @Test
    void aHeldFileIsKeptForTheWaitAndNotPrinted() {
        messages.hold(Set.of(cfg));
        messages.publish(new LogRecord(Level.SEVERE, "Failed to install artifact: " + cfg));
        assertEquals("", printed());
        assertEquals(Optional.of("Failed to install artifact: " + Path.of("config", "org.jpok.bsp.x86qemu.vmm.cfg")), messages.problemWith(cfg));
        messages.release();
        messages.publish(new LogRecord(Level.SEVERE, "Failed to install artifact: " + cfg));
        assertEquals(1, printed().lines().count());
    }

    @Test
    void onlyTheLatestMessagesAreKept() {
        for (int i = 0; i < FileInstallMessages.KEPT + 10; i++) {
            messages.publish(new LogRecord(Level.WARNING, "warning about " + home.resolve("config").resolve(i + ".cfg")));
        }
        assertEquals(Optional.empty(), messages.problemWith(home.resolve("config").resolve("0.cfg")));
        assertTrue(messages.problemWith(home.resolve("config").resolve((FileInstallMessages.KEPT + 9) + ".cfg")).isPresent());
        assertEquals(FileInstallMessages.KEPT + 10, printed().lines().count(), "every one printed");
    }

    @Test
    void detachGivesTheLoggerBack() {
        Logger fileInstall = Logger.getLogger(FileInstallMessages.LOGGER);
        messages.attach();
        assertEquals(List.of(messages), List.of(fileInstall.getHandlers()));
        assertFalse(fileInstall.getUseParentHandlers(), "no second copy on the default console handler");
        messages.detach();
        assertEquals(List.of(), List.of(fileInstall.getHandlers()));
        assertTrue(fileInstall.getUseParentHandlers());
    }
}
