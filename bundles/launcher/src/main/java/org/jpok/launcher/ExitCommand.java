package org.jpok.launcher;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code exit}: leaves jpok cleanly with status 0, from the console or from a batch program. */
@Component(service = ExitCommand.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=exit"
})
public class ExitCommand {

    @Reference
    private MainThread mainThread;

    @Descriptor("stop jpok with exit status 0")
    public void exit() {
        mainThread.exit(0);
    }
}
