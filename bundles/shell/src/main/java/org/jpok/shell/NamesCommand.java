package org.jpok.shell;

import java.lang.reflect.Method;
import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.jpok.api.hypercall.HypercallStat;
import org.jpok.api.hypercall.HypercallStatistics;
import org.jpok.api.kernel.BspControl;
import org.jpok.api.kernel.KernelInspector;
import org.jpok.api.kernel.PartitionInfo;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code pok:names}: the names of the live system's partitions, BSPs or hypercalls; without an argument, the names
 * that the argument being completed on the console's command line may take (what Tab offers, see
 * {@link CompletionRegistrar}).
 */
@Component(service = NamesCommand.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=names"
})
public class NamesCommand implements Completions.Names {

    /** The session variable under which gogo.jline keeps the line being completed (a jline ParsedLine). */
    static final String COMMAND_LINE = ".commandLine";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile KernelInspector inspector;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile BspControl bspControl;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile HypercallStatistics statistics;

    @Descriptor("the names the argument being completed may take (what Tab offers on the console)")
    public List<String> names(CommandSession session) throws ReflectiveOperationException {
        Object line = session.get(COMMAND_LINE);
        if (line == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> words = (List<String>) call(line, "words");
        int index = (Integer) call(line, "wordIndex");
        return words.isEmpty() ? List.of() : Completions.candidates(words.get(0), index, words, this);
    }

    @Descriptor("the names of the booted system's partitions, of the installed BSPs, or of the served hypercalls")
    public List<String> names(@Descriptor("partitions, bsps or hypercalls") String kind) {
        return switch (kind) {
            case "partitions" -> partitions();
            case "bsps" -> bsps();
            case "hypercalls" -> hypercalls();
            default -> throw new IllegalArgumentException("unknown kind '" + kind + "' (partitions, bsps, hypercalls)");
        };
    }

    @Override
    public List<String> partitions() {
        KernelInspector i = inspector;
        try {
            return i == null ? List.of() : i.partitions().stream().map(PartitionInfo::name).toList();
        } catch (IllegalStateException nothingBooted) {
            return List.of();
        }
    }

    @Override
    public List<String> bsps() {
        BspControl c = bspControl;
        return c == null ? List.of() : c.bsps().stream().map(BspControl.BspInfo::name).toList();
    }

    @Override
    public List<String> hypercalls() {
        HypercallStatistics s = statistics;
        return s == null ? List.of() : s.snapshot().stream().filter(h -> h.serviceId() >= 0).map(HypercallStat::name)
                .distinct().toList();
    }

    /** Calls a public no-argument method through the public interface that declares it (the class may be hidden). */
    private static Object call(Object target, String method) throws ReflectiveOperationException {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                try {
                    Method m = i.getMethod(method);
                    return m.invoke(target);
                } catch (NoSuchMethodException notHere) {
                    // try the next interface
                }
            }
        }
        return target.getClass().getMethod(method).invoke(target);
    }
}
