package org.jpok.launcher;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.felix.gogo.runtime.Parser;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;

/** Runs one Gogo program without a terminal, prints its result, and turns failure into an exit status. */
final class BatchSession {

    static final int OK = 0;
    static final int COMMAND_FAILED = 1;

    private final CommandProcessor processor;
    private final PrintStream out;
    private final PrintStream err;

    BatchSession(CommandProcessor processor, PrintStream out, PrintStream err) {
        this.processor = processor;
        this.out = out;
        this.err = err;
    }

    /** Runs {@code program}, stopping early once {@code exitRequested} says so (the {@code exit} command). */
    int execute(String program, Map<String, String> variables, BooleanSupplier exitRequested) {
        try (CommandSession session = processor.createSession(InputStream.nullInputStream(), out, err)) {
            variables.forEach(session::put);
            // Statement by statement, so that every command's result is printed, as the console does.
            for (Parser.Executable statement : new Parser(program).program().tokens()) {
                if (exitRequested.getAsBoolean()) {
                    break;
                }
                Object result = session.execute(statement);
                if (result != null) {
                    out.println(session.format(result, Converter.INSPECT));
                }
            }
            return OK;
        } catch (Exception e) {
            err.println("jpok: " + oneLine(e));
            return COMMAND_FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The innermost useful message, on one line. */
    static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        return oneLine(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }

    /** {@code text} with its line breaks (and the blanks around them) made single spaces. */
    static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
