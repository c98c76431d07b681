package org.jpok.tests.swap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * gets OK, or UNAVAILABLE while no handler is bound, and nothing else, both as the dispatcher's trace sees it and
 * as the guest counts it. A call that finds no handler is also a health-monitor event (ILLEGAL_REQUEST), which the
 * storming partition's action (hm: log) only records: the guest goes on with its UNAVAILABLE.
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

        // kernel.pause() only queues the pause: read the counts once, from a copy taken after the tracer is gone.
        Map<Errno, Long> seen = new EnumMap<>(Errno.class);
        results.forEach((errno, n) -> seen.put(errno, n.sum()));
        long unavailable = seen.getOrDefault(Errno.UNAVAILABLE, 0L);
        assertEquals(seen.getOrDefault(Errno.OK, 0L) + unavailable,
                seen.values().stream().mapToLong(Long::longValue).sum(), "only OK and UNAVAILABLE: " + seen);
        assertEquals(1, console.lines("storm: start").size(), "the storming partition never restarted");
        assertEquals(List.of(), console.lines("storm: call "), "the guest saw nothing but OK and UNAVAILABLE");
        List<String> summaries = console.lines("storm: ");
        String last = summaries.get(summaries.size() - 1);
        Matcher m = Pattern.compile("storm: (\\d+) calls, (\\d+) ok, (\\d+) unavailable").matcher(last);
        assertTrue(m.matches(), last);
        assertEquals(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) + Long.parseLong(m.group(3)), last);
        assertEquals(unavailable, Long.parseLong(m.group(3)), "the guest got UNAVAILABLE as often as the trace saw it");
        List<HmEvent> events = kernel.healthEvents();
        assertTrue(events.stream().allMatch(e -> e.partition() == 0 && e.kind() == ErrorKind.ILLEGAL_REQUEST),
                events.toString());
        assertEquals(Math.min(unavailable, 4096), events.size(), "one health-monitor event per refused call");
        assertTrue(console.lines("vticks: ").size() > 2, "the other partition ran on: " + console.text());
    }
}
