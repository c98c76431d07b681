package org.jpok.shell;

import org.apache.felix.service.command.Descriptor;
import org.jpok.api.kernel.Kernel;
import org.jpok.api.machine.Machine;
import org.jpok.api.machine.MachineState;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code pok:resume}, {@code pok:shutdown}: continuing and ending the booted system. */
@Component(service = SystemCommands.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=resume",
        "osgi.command.function=shutdown"
})
public class SystemCommands {

    private final Kernel kernel;
    private final Machine machine;

    @Activate
    public SystemCommands(@Reference(name = "kernel") Kernel kernel, @Reference(name = "machine") Machine machine) {
        this.kernel = kernel;
        this.machine = machine;
    }

    @Descriptor("resume a paused system in the background (after pok:pause or a pok:run time limit)")
    public String resume() {
        requireBooted();
        if (machine.state() != MachineState.PAUSED) {
            throw new IllegalStateException("the system is not paused (the machine is " + machine.state() + ")");
        }
        kernel.run(0);
        return "resumed";
    }

    @Descriptor("stop the booted system for good; pok:boot starts a new one")
    public String shutdown() {
        requireBooted();
        if (machine.state() == MachineState.EXITED) {
            throw new IllegalStateException("the system has already ended");
        }
        machine.stop();
        return "stopped at " + machine.virtualNanos() + " ns";
    }

    private void requireBooted() {
        if (kernel.status().config() == null) {
            throw new IllegalStateException("nothing is booted");
        }
    }
}
