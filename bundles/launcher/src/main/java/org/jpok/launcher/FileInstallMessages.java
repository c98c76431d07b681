package org.jpok.launcher;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * FileInstall's warnings and errors. jpok's framework properties send them to the java.util.logging logger
 * {@value #LOGGER} (FileInstall's default, standard output, would mix them into a run's COM1 output, with stack
 * traces); here each becomes one line on standard error, with paths relative to the working directory. What
 * FileInstall says about a file is also kept, so the start-up wait for {@code config/} can name the reason a
 * file is not applied instead of waiting it out; while that wait holds a file, its messages are left to it.
 */
final class FileInstallMessages extends Handler {

    static final String LOGGER = "fileinstall";
    /** How many messages are kept for {@link #problemWith}: a session of any length stays small. */
    static final int KEPT = 64;

    /** A strong reference: java.util.logging holds its loggers weakly, and would drop this handler with it. */
    private final Logger logger = Logger.getLogger(LOGGER);
    private final Path home;
    private final PrintStream err;
    private final List<Said> said = new CopyOnWriteArrayList<>();
    private volatile Set<Path> held = Set.of();

    private record Said(String message, String reason) {
    }

    FileInstallMessages(Path home, PrintStream err) {
        this.home = home;
        this.err = err;
    }

    /** Takes FileInstall's messages from now on. */
    void attach() {
        logger.addHandler(this);
        logger.setUseParentHandlers(false);
    }

    /** Gives FileInstall's messages back to java.util.logging's defaults. */
    void detach() {
        logger.removeHandler(this);
        logger.setUseParentHandlers(true);
    }

    /** Messages about these files are kept but not printed, until {@link #release()}. */
    void hold(Set<Path> files) {
        held = Set.copyOf(files);
    }

    void release() {
        held = Set.of();
    }

    /** The reason of FileInstall's last warning or error about {@code file}, if any. */
    Optional<String> problemWith(Path file) {
        String name = file.toString();
        Optional<String> last = Optional.empty();
        for (Said s : said) { // a snapshot: FileInstall's thread may add meanwhile
            if (s.message().contains(name)) {
                last = Optional.of(s.reason());
            }
        }
        return last;
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || record.getLevel().intValue() < Level.WARNING.intValue()) {
            return;
        }
        String message = record.getMessage() == null ? "" : record.getMessage();
        String reason = relative(record.getThrown() != null ? BatchSession.oneLine(record.getThrown()) : message);
        said.add(new Said(message, reason));
        while (said.size() > KEPT) {
            said.remove(0);
        }
        for (Path file : held) {
            if (message.contains(file.toString())) {
                return;
            }
        }
        err.println("jpok: " + (record.getThrown() != null ? relative(message) + ": " + reason : reason));
    }

    /** {@code text} on one line, with the working directory left out of the paths in it. */
    private String relative(String text) {
        return BatchSession.oneLine(text.replace(home + File.separator, ""));
    }

    @Override
    public void flush() {
        err.flush();
    }

    @Override
    public void close() {
        detach();
    }
}
