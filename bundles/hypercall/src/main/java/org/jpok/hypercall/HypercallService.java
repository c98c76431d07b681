package org.jpok.hypercall;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.hypercall.HypercallStat;
import org.jpok.api.hypercall.HypercallStatistics;
import org.jpok.api.hypercall.HypercallTracer;
import org.jpok.api.hypercall.HypercallTracing;
import org.jpok.api.vmm.Vmm;
import org.jpok.api.vmm.VmmFactory;
import org.jpok.api.vmm.VmmHost;
import org.jpok.hypercall.dispatch.HandlerRegistry;
import org.jpok.hypercall.vmm.VmmState;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The hypercall dispatcher as a DS component: tracks every {@link HypercallHandler} service (optional, dynamic,
 * greedy, so handlers come and go without reactivating anything) and gives the vmm BSP its {@link Vmm}s.
 */
@Component(service = {VmmFactory.class, HypercallStatistics.class, HypercallTracing.class})
public final class HypercallService implements VmmFactory, HypercallStatistics, HypercallTracing {

    private final HandlerRegistry registry = new HandlerRegistry(w -> System.err.println("jpok: " + w));

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindHandler(HypercallHandler handler, ServiceReference<HypercallHandler> ref) {
        registry.bind(handler, properties(ref), bundleName(ref));
    }

    void updatedHandler(HypercallHandler handler, ServiceReference<HypercallHandler> ref) {
        registry.updated(handler, properties(ref), bundleName(ref));
    }

    void unbindHandler(HypercallHandler handler, ServiceReference<HypercallHandler> ref) {
        registry.unbind(handler, properties(ref));
    }

    @Override
    public Vmm create(VmmHost host) {
        return new VmmState(host, registry);
    }

    @Override
    public List<HypercallStat> snapshot() {
        return registry.snapshot();
    }

    @Override
    public void setTracer(HypercallTracer tracer) {
        registry.setTracer(tracer);
    }

    private static Map<String, Object> properties(ServiceReference<?> ref) {
        Map<String, Object> m = new HashMap<>();
        for (String k : ref.getPropertyKeys()) {
            m.put(k, ref.getProperty(k));
        }
        return m;
    }

    private static String bundleName(ServiceReference<?> ref) {
        return ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName();
    }
}
