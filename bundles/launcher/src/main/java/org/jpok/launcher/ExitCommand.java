package org.jpok.launcher;

import java.io.Closeable;
import java.io.IOException;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code exit}: leaves jpok cleanly with status 0, from the console or from a batch program. */
@Component(service = ExitCommand.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=exit"
})
public class ExitCommand {

    /** The session variable under which gogo.jline keeps the console's terminal. */
    static final String CONSOLE_TERMINAL = ".terminal";

    @Reference
    private MainThread mainThread;

    @Descriptor("stop jpok with exit status 0")
    public void exit(CommandSession session) throws IOException {
        if (session.get(CONSOLE_TERMINAL) instanceof Closeable terminal) {
            // At the console, end its input first: a piped console then stops as at Ctrl-D, its
            // cleanest way out. A real terminal does not notice, so the main thread is told to end
            // jpok a moment later, once this command has returned and the console waits for input.
            terminal.close();
            mainThread.exitSoon(0);
        } else {
            mainThread.exit(0);
        }
    }
}
