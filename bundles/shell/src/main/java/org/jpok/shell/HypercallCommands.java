package org.jpok.shell;

import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.jpok.api.hypercall.HypercallStat;
import org.jpok.api.hypercall.HypercallStatistics;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code pok:hypercalls}: the hypercall handlers, which serve each id, and their counters. */
@Component(service = HypercallCommands.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=hypercalls"
})
public class HypercallCommands {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile HypercallStatistics statistics;

    @Descriptor("list the hypercalls: id, name, bundle, ranking, calls, errors and mean latency (* = serves the id)")
    public String hypercalls() {
        HypercallStatistics s = statistics;
        if (s == null) {
            throw new IllegalStateException("no hypercall dispatcher is running (is the org.jpok.hypercall bundle active?)");
        }
        List<HypercallStat> stats = s.snapshot();
        if (stats.isEmpty()) {
            return "no hypercall handlers";
        }
        Table t = new Table("ID", "NAME", "BUNDLE", "RANKING", "ACTIVE", "CALLS", "ERRORS", "MEAN");
        for (HypercallStat h : stats) {
            boolean unbound = h.serviceId() < 0;
            t.row(h.id(), unbound ? "(no handler)" : h.name(), unbound ? "-" : h.bundle(), unbound ? "-" : h.ranking(),
                    h.active() ? "*" : "", h.calls(), h.errors(), unbound || h.calls() == 0 ? "-" : formatLatency(h.meanLatencyNs()));
        }
        return t.toString();
    }

    /** Wall-clock latency with a unit that keeps it readable. */
    static String formatLatency(long ns) {
        if (ns < 10_000) {
            return ns + "ns";
        }
        if (ns < 10_000_000) {
            return ns / 1_000 + "us";
        }
        return ns / 1_000_000 + "ms";
    }
}
