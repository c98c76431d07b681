package org.jpok.shell;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

import org.apache.felix.service.command.Descriptor;
import org.jpok.api.hypercall.HypercallStat;
import org.jpok.api.hypercall.HypercallStatistics;
import org.jpok.api.kernel.Errno;
import org.jpok.api.kernel.Kernel;
import org.jpok.api.kernel.KernelInspector;
import org.jpok.api.kernel.PartitionInfo;
import org.jpok.api.machine.Machine;
import org.jpok.api.vmm.HypercallInvoker;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code pok:hypercall}: invokes a hypercall on behalf of a partition (vmm BSP only), at an instruction boundary,
 * with the arguments given on the command line instead of read from guest memory.
 */
@Component(service = HypercallInvokeCommands.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=hypercall"
})
public class HypercallInvokeCommands {

    private final Kernel kernel;
    private final KernelInspector inspector;
    private final Machine machine;
    /** Every vmm BSP's invoker; only the attached one answers. */
    private final List<HypercallInvoker> invokers = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile HypercallStatistics statistics;

    @Activate
    public HypercallInvokeCommands(@Reference(name = "kernel") Kernel kernel,
            @Reference(name = "inspector") KernelInspector inspector, @Reference(name = "machine") Machine machine) {
        this.kernel = kernel;
        this.inspector = inspector;
        this.machine = machine;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addInvoker(HypercallInvoker invoker) {
        invokers.add(invoker);
    }

    void removeInvoker(HypercallInvoker invoker) {
        invokers.remove(invoker);
    }

    @Descriptor("invoke a hypercall on behalf of a partition (vmm BSP only) and print its result")
    public String hypercall(@Descriptor("partition name or id") String partition,
            @Descriptor("hypercall id or name (see pok:hypercalls)") String id,
            @Descriptor("up to 5 integer arguments") String... args) throws Exception {
        PartitionInfo p = Args.partition(inspector.partitions(), partition);
        int number = hypercallId(id);
        if (args.length > 5) {
            throw new IllegalArgumentException("a hypercall takes at most 5 arguments, not " + args.length);
        }
        int[] values = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = (int) Args.number(args[i], Integer.MIN_VALUE, 0xFFFFFFFFL, "argument " + (i + 1));
        }
        Optional<Errno> result;
        try {
            result = machine.call(() -> {
                for (HypercallInvoker v : invokers) {
                    Optional<Errno> r = v.invoke(p.id(), number, values);
                    if (r.isPresent()) {
                        return r;
                    }
                }
                return Optional.<Errno>empty();
            }).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IllegalArgumentException iae ? iae
                    : new IllegalStateException("hypercall " + number + " failed: " + cause.getMessage());
        }
        if (result.isEmpty()) {
            String bsp = kernel.status().bsp();
            throw new IllegalStateException("no hypercalls: the active BSP is " + (bsp == null ? "none" : bsp));
        }
        Errno r = result.get();
        return "hypercall " + number + " for " + p.name() + ": " + r + " (" + r.code() + ")";
    }

    /** A number, or the name of a bound handler. */
    int hypercallId(String text) {
        if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
            return (int) Args.number(text, 0, Integer.MAX_VALUE, "hypercall id");
        }
        HypercallStatistics s = statistics;
        if (s != null) {
            for (HypercallStat h : s.snapshot()) {
                if (h.serviceId() >= 0 && h.name().equals(text)) {
                    return h.id();
                }
            }
        }
        throw new IllegalArgumentException("unknown hypercall '" + text + "'");
    }
}
