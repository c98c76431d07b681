package org.jpok.shell;

import java.util.concurrent.TimeUnit;

import org.apache.felix.service.command.Descriptor;
import org.jpok.api.device.InterruptController;
import org.jpok.api.machine.Machine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code pok:irq}: raises a hardware IRQ line of the interrupt controller, as a device would. */
@Component(service = IrqCommands.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=irq"
})
public class IrqCommands {

    private final Machine machine;
    private final InterruptController pic;

    @Activate
    public IrqCommands(@Reference(name = "machine") Machine machine, @Reference(name = "pic") InterruptController pic) {
        this.machine = machine;
        this.pic = pic;
    }

    @Descriptor("pulse hardware IRQ line n (0-15) of the PIC: raised, then lowered, at the next instruction boundary")
    public String irq(@Descriptor("the IRQ line, 0 to 15") String line) throws Exception {
        int n = (int) Args.number(line, 0, 15, "irq");
        machine.submit(() -> {
            pic.setIrq(n, true);
            pic.setIrq(n, false);
        }).get(5, TimeUnit.SECONDS);
        return "IRQ " + n + " raised";
    }
}
