package org.jpok.shell;

import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.jpok.api.kernel.HmEvent;
import org.jpok.api.kernel.Kernel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code pok:hm}: the health monitor's log. */
@Component(service = HealthCommands.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=hm"
})
public class HealthCommands {

    private final Kernel kernel;

    @Activate
    public HealthCommands(@Reference(name = "kernel") Kernel kernel) {
        this.kernel = kernel;
    }

    @Descriptor("show the health-monitor log: time, partition, thread, EIP, error kind, response, detail")
    public String hm() {
        if (kernel.status().config() == null) {
            throw new IllegalStateException("nothing is booted");
        }
        List<String> names = kernel.status().partitions().stream().map(p -> p.name()).toList();
        List<HmEvent> events = kernel.healthEvents();
        if (events.isEmpty()) {
            return "no health-monitor events";
        }
        Table t = new Table("TIME", "PARTITION", "THREAD", "EIP", "KIND", "RESPONSE", "DETAIL");
        for (HmEvent e : events) {
            String part = e.partition() >= 0 && e.partition() < names.size() ? names.get(e.partition()) : "" + e.partition();
            t.row(Args.formatTime(e.timeNs()), part, e.thread() < 0 ? "-" : e.thread(), Args.hex(e.eip() & 0xFFFFFFFFL),
                    e.kind(), e.response(), e.detail());
        }
        return t.toString();
    }
}
