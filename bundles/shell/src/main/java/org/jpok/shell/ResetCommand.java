package org.jpok.shell;

import java.nio.file.Path;

import org.apache.felix.service.command.Descriptor;
import org.jpok.api.kernel.BootException;
import org.jpok.api.kernel.Kernel;
import org.jpok.api.kernel.KernelStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code pok:reset}: boots the same config.yaml on the same BSP again, as freshly booted (nothing runs yet). */
@Component(service = ResetCommand.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=reset"
})
public class ResetCommand {

    private final Kernel kernel;

    @Activate
    public ResetCommand(@Reference(name = "kernel") Kernel kernel) {
        this.kernel = kernel;
    }

    @Descriptor("back to a freshly booted state: the same config.yaml and BSP, images reloaded from disk, nothing running")
    public String reset() throws BootException {
        KernelStatus s = kernel.status();
        if (s.config() == null) {
            throw new IllegalStateException("nothing is booted");
        }
        kernel.boot(Path.of(s.config()), s.bsp());
        return "reset: " + s.config() + " booted again on " + s.bsp();
    }
}
