package org.jpok.shell;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.jpok.api.hypercall.HypercallTracer;
import org.jpok.api.hypercall.HypercallTracing;
import org.jpok.api.kernel.KernelInspector;
import org.jpok.api.kernel.PartitionInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code pok:hypercall-trace on|off}: one stderr line per served hypercall (partition, id, arguments, result,
 * latency). A Gogo {@link Function}, since a Java method cannot be named {@code hypercall-trace}.
 */
@Component(service = Function.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=hypercall-trace"
})
public class HypercallTraceCommand implements Function {

    static final String USAGE = "usage: hypercall-trace on|off (log each hypercall: partition, id, args, result, latency)";

    private final HypercallTracing tracing;
    private final KernelInspector inspector;
    private final PrintStream log;

    @Activate
    public HypercallTraceCommand(@Reference(name = "tracing") HypercallTracing tracing,
            @Reference(name = "inspector") KernelInspector inspector) {
        this(tracing, inspector, System.err);
    }

    HypercallTraceCommand(HypercallTracing tracing, KernelInspector inspector, PrintStream log) {
        this.tracing = tracing;
        this.inspector = inspector;
        this.log = log;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) {
        if (arguments.size() != 1) {
            throw new IllegalArgumentException(USAGE);
        }
        switch (String.valueOf(arguments.get(0)).toLowerCase(Locale.ROOT)) {
            case "on" -> {
                tracing.setTracer(tracer(partitionNames()));
                return "hypercall trace on (to stderr)";
            }
            case "off" -> {
                tracing.setTracer(null);
                return "hypercall trace off";
            }
            case "-h", "--help", "help" -> {
                return USAGE;
            }
            default -> throw new IllegalArgumentException("bad argument '" + arguments.get(0) + "': " + USAGE);
        }
    }

    /** Names by partition id, as booted now (empty if nothing is booted: ids are printed then). */
    private String[] partitionNames() {
        try {
            List<PartitionInfo> ps = inspector.partitions();
            String[] names = new String[ps.stream().mapToInt(PartitionInfo::id).max().orElse(-1) + 1];
            ps.forEach(p -> names[p.id()] = p.name());
            return names;
        } catch (IllegalStateException nothingBooted) {
            return new String[0];
        }
    }

    HypercallTracer tracer(String[] names) {
        return (p, id, args, result, ns) -> log.println("hypercall: "
                + (p >= 0 && p < names.length && names[p] != null ? names[p] : "partition " + p) + " id " + id
                + " (" + java.util.Arrays.stream(args).mapToObj(a -> Args.hex(a & 0xFFFFFFFFL)).collect(Collectors.joining(", "))
                + ") -> " + result + " in " + HypercallCommands.formatLatency(ns));
    }
}
