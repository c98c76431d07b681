package org.jpok.tests.swap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.hypercall.HypercallStat;
import org.jpok.api.hypercall.HypercallStatistics;
import org.jpok.api.hypercall.HypercallTracing;
import org.jpok.api.kernel.Errno;
import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.kernel.HmEvent;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.test.common.annotation.InjectService;

/**
 * {@code Bundle.update()} of org.jpok.hypercall.time while a real partition calls GETTICK in a loop: every call
 * gets OK, or UNAVAILABLE while no handler is bound, and nothing else. A call that finds no handler is also a
 * health-monitor event (ILLEGAL_REQUEST) that restarts the storming partition (hm: restart), so the guest itself
 * only ever sees OK; the dispatcher's trace sees every result.
 */
class HypercallUpdateTest extends BootedSystem {

    @InjectService(timeout = 10_000)
    HypercallTracing tracing;
    @InjectService(timeout = 10_000)
    HypercallStatistics statistics;

    /** Traced results of partition 0's GETTICK calls. */
    private final Map<Errno, LongAdder> results = new ConcurrentHashMap<>();

    private long count(Errno e) {
        LongAdder a = results.get(e);
        return a == null ? 0 : a.sum();
    }

    private long timeHandlerService() {
        return statistics.snapshot().stream().filter(s -> s.id() == HypercallIds.GETTICK && s.active())
                .mapToLong(HypercallStat::serviceId).findFirst().orElse(-1);
    }

    @Test
    void updatingTheTimeBundleUnderAStormGivesEveryCallOkOrUnavailable() throws Exception {
        boot(guests.own("busy"));
        tracing.setTracer((partition, id, args, result, latencyNs) -> {
            if (partition == 0 && id == HypercallIds.GETTICK) {
                results.computeIfAbsent(result, r -> new LongAdder()).increment();
            }
        });
        Bundle time = bundle("org.jpok.hypercall.time");
        long service = timeHandlerService();
        assertTrue(service > 0, statistics.snapshot().toString());
        try {
            kernel.run(0);
            Await.until(() -> console.lines("storm: ").size() >= 3, WAIT_S, console::text);

            time.update();
            Await.until(() -> timeHandlerService() > 0, WAIT_S, () -> statistics.snapshot().toString());
            long okAfterUpdate = count(Errno.OK);
            Await.until(() -> count(Errno.OK) > okAfterUpdate + 50_000, WAIT_S, () -> results.toString());
            kernel.pause();
        } finally {
            tracing.setTracer(null);
        }
        assertNotEquals(service, timeHandlerService(), "the updated bundle registered a new handler service");
        assertEquals(Bundle.ACTIVE, time.getState());

        long unavailable = count(Errno.UNAVAILABLE);
        assertEquals(count(Errno.OK) + unavailable, results.values().stream().mapToLong(LongAdder::sum).sum(),
                "only OK and UNAVAILABLE: " + results);
        List<String> starts = console.lines("storm: start");
        assertEquals(unavailable + 1, starts.size(), "one restart per call that found no handler: " + results);
        List<HmEvent> events = kernel.healthEvents();
        assertTrue(events.stream().allMatch(e -> e.partition() == 0 && e.kind() == ErrorKind.ILLEGAL_REQUEST),
                events.toString());
        assertEquals(List.of(), console.lines("storm: call "), "the guest saw nothing but OK");
        assertTrue(console.lines("vticks: ").size() > 2, "the other partition ran on: " + console.text());
    }
}
