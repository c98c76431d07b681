package org.jpok.shell;

import java.util.concurrent.TimeUnit;

import org.apache.felix.service.command.Descriptor;
import org.jpok.api.kernel.Kernel;
import org.jpok.api.kernel.KernelControl;
import org.jpok.api.machine.Machine;
import org.jpok.api.machine.MachineState;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code pok:resume}, {@code pok:step}, {@code pok:shutdown}: continuing, single-stepping and ending the booted system. */
@Component(service = SystemCommands.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=resume",
        "osgi.command.function=shutdown",
        "osgi.command.function=step"
})
public class SystemCommands {

    private final Kernel kernel;
    private final Machine machine;
    private final KernelControl control;

    @Activate
    public SystemCommands(@Reference(name = "kernel") Kernel kernel, @Reference(name = "machine") Machine machine,
            @Reference(name = "control") KernelControl control) {
        this.kernel = kernel;
        this.machine = machine;
        this.control = control;
    }

    @Descriptor("run one guest instruction of a paused (or just booted) system and show the registers")
    public String step() throws Exception {
        return step("1");
    }

    @Descriptor("run n guest instructions of a paused (or just booted) system and show the registers")
    public String step(@Descriptor("how many instructions, 1 to 1000000000") String n) throws Exception {
        long count = Args.number(n, 1, 1_000_000_000L, "instruction count");
        requireBooted();
        if (machine.state() == MachineState.RUNNING) {
            throw new IllegalStateException("the system is running (pok:pause first)");
        }
        long done = control.step(count).get(60, TimeUnit.SECONDS);
        return done + " instruction(s) retired" + System.lineSeparator() + CpuCommands.format(CpuCommands.registers(machine));
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
