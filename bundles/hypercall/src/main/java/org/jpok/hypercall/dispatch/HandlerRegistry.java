package org.jpok.hypercall.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import org.jpok.api.hypercall.GuestMemoryException;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.hypercall.HypercallStat;
import org.jpok.api.hypercall.HypercallStatistics;
import org.jpok.api.hypercall.HypercallTracer;
import org.jpok.api.hypercall.HypercallTracing;
import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.kernel.Errno;

/**
 * The handler whiteboard. Bind, update and unbind (any thread, serialised) rebuild a copy-on-write array indexed by
 * hypercall id that holds, per id, the best handler; {@link #dispatch} reads it without locking.
 */
public final class HandlerRegistry implements HypercallStatistics, HypercallTracing {

    /** Property names of the OSGi service registry, so that this class needs no framework. */
    public static final String SERVICE_ID = "service.id";
    public static final String SERVICE_RANKING = "service.ranking";

    private static final int OUT_OF_RANGE = HypercallIds.MAX_ID + 1;

    private final Consumer<String> warnings;
    private final Map<Long, HandlerBinding> bindings = new LinkedHashMap<>();
    private final Map<Long, HandlerStats> stats = new HashMap<>();
    private volatile HandlerBinding[] table = new HandlerBinding[0];
    private final AtomicLongArray unhandled = new AtomicLongArray(HypercallIds.MAX_ID + 2);
    private volatile HypercallTracer tracer;

    /** @param warnings receives one line per handler service whose properties are unusable */
    public HandlerRegistry(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** A new handler service. Properties: service.id, service.ranking, hypercall.id, hypercall.name. */
    public void bind(HypercallHandler handler, Map<String, ?> props, String bundle) {
        put(handler, props, bundle);
    }

    /** The service's properties changed (its ranking or its ids). Its counters are kept. */
    public void updated(HypercallHandler handler, Map<String, ?> props, String bundle) {
        put(handler, props, bundle);
    }

    /** The service is gone; the next best handler of each of its ids takes over at once. */
    public void unbind(HypercallHandler handler, Map<String, ?> props) {
        long sid = serviceId(props);
        synchronized (bindings) {
            bindings.remove(sid);
            stats.remove(sid);
            rebuild();
        }
    }

    /** The handler serving {@code id} now, or null. */
    public HandlerBinding lookup(int id) {
        HandlerBinding[] t = table;
        return id >= 0 && id < t.length ? t[id] : null;
    }

    /**
     * Runs the best handler of {@code call.id()}. Never throws for the guest's or the handler's sake: an id
     * without handler, or a handler that throws or returns null, gives UNAVAILABLE; a pointer outside the
     * partition gives EINVAL. Each such case is reported to {@code faults}.
     */
    public Errno dispatch(DispatchCall call, FaultSink faults) {
        HypercallTracer t = tracer;
        if (t == null) {
            return serve(call, faults);
        }
        long t0 = System.nanoTime();
        Errno r = serve(call, faults);
        long latency = System.nanoTime() - t0;
        int[] args = new int[Math.max(0, Math.min(call.nargs(), 5))];
        for (int i = 0; i < args.length; i++) {
            args[i] = call.arg(i + 1);
        }
        try {
            t.traced(call.partition(), call.id(), args, r, latency);
        } catch (RuntimeException e) {
            warnings.accept("hypercall tracer failed, tracing is off: " + e);
            tracer = null;
        }
        return r;
    }

    @Override
    public void setTracer(HypercallTracer tracer) {
        this.tracer = tracer;
    }

    private Errno serve(DispatchCall call, FaultSink faults) {
        int id = call.id();
        HandlerBinding b = lookup(id);
        if (b == null) {
            unhandled.incrementAndGet(id >= 0 && id <= HypercallIds.MAX_ID ? id : OUT_OF_RANGE);
            faults.report(call.partition(), ErrorKind.ILLEGAL_REQUEST,
                    "hypercall " + Integer.toUnsignedString(id) + ": no handler");
            return Errno.UNAVAILABLE;
        }
        HandlerStats s = b.stats();
        long t0 = System.nanoTime();
        Errno r;
        try {
            r = b.handler().handle(call);
            if (r == null) {
                call.faulted();
                s.faults.increment();
                faults.report(call.partition(), ErrorKind.ILLEGAL_REQUEST,
                        "hypercall " + id + " (" + b.name() + "): handler returned no result");
                r = Errno.UNAVAILABLE;
            }
        } catch (GuestMemoryException e) {
            call.faulted();
            faults.report(call.partition(), ErrorKind.MEMORY_VIOLATION,
                    "hypercall " + id + " (" + b.name() + "): " + e.getMessage());
            r = Errno.EINVAL;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            call.faulted();
            s.faults.increment();
            faults.report(call.partition(), ErrorKind.ILLEGAL_REQUEST,
                    "hypercall " + id + " (" + b.name() + ") failed: " + e);
            r = Errno.UNAVAILABLE;
        }
        s.latencyNs.add(System.nanoTime() - t0);
        s.calls.increment();
        if (r != Errno.OK) {
            s.errors.increment();
        }
        return r;
    }

    @Override
    public List<HypercallStat> snapshot() {
        List<HypercallStat> rows = new ArrayList<>();
        HandlerBinding[] t = table;
        List<HandlerBinding> all;
        synchronized (bindings) {
            all = new ArrayList<>(bindings.values());
        }
        for (HandlerBinding b : all) {
            HandlerStats s = b.stats();
            for (int id : b.ids()) {
                boolean active = id < t.length && t[id] == b;
                rows.add(new HypercallStat(id, b.name(), b.bundle(), b.serviceId(), b.ranking(), active, s.calls(),
                        s.errors(), s.faults(), s.meanLatencyNs()));
            }
        }
        for (int id = 0; id < unhandled.length(); id++) {
            long n = unhandled.get(id);
            if (n > 0) {
                rows.add(new HypercallStat(id == OUT_OF_RANGE ? -1 : id, "", "", -1, 0, false, n, n, 0, 0));
            }
        }
        rows.sort(Comparator.comparingInt(HypercallStat::id)
                .thenComparing(HypercallStat::active, Comparator.reverseOrder())
                .thenComparing(HypercallStat::ranking, Comparator.reverseOrder())
                .thenComparingLong(HypercallStat::serviceId));
        return rows;
    }

    private void put(HypercallHandler handler, Map<String, ?> props, String bundle) {
        long sid = serviceId(props);
        int ranking = props.get(SERVICE_RANKING) instanceof Integer r ? r : 0;
        Object nameProp = props.get(HypercallHandler.NAME_PROPERTY);
        String name = nameProp == null ? handler.getClass().getSimpleName() : String.valueOf(nameProp);
        int[] ids;
        try {
            ids = HypercallIdProperty.parse(props.get(HypercallHandler.ID_PROPERTY));
        } catch (IllegalArgumentException e) {
            warnings.accept("hypercall handler " + name + " (service " + sid + ", bundle " + bundle
                    + ") ignored: " + e.getMessage());
            synchronized (bindings) {
                bindings.remove(sid);
                rebuild();
            }
            return;
        }
        synchronized (bindings) {
            HandlerStats s = stats.computeIfAbsent(sid, k -> new HandlerStats());
            bindings.put(sid, new HandlerBinding(handler, ids, sid, ranking, name, bundle, s));
            rebuild();
        }
    }

    /** Called with the lock held. */
    private void rebuild() {
        int max = -1;
        for (HandlerBinding b : bindings.values()) {
            for (int id : b.ids()) {
                max = Math.max(max, id);
            }
        }
        HandlerBinding[] t = new HandlerBinding[max + 1];
        for (HandlerBinding b : bindings.values()) {
            for (int id : b.ids()) {
                if (t[id] == null || b.beats(t[id])) {
                    t[id] = b;
                }
            }
        }
        table = t;
    }

    private static long serviceId(Map<String, ?> props) {
        Object v = props.get(SERVICE_ID);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("service.id missing from handler properties");
        }
        return n.longValue();
    }
}
