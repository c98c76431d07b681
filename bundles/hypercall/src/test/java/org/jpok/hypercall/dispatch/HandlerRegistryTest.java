package org.jpok.hypercall.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jpok.api.hypercall.GuestMemoryException;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.hypercall.HypercallStat;
import org.jpok.api.kernel.Errno;
import org.junit.jupiter.api.Test;

class HandlerRegistryTest {

    private final List<String> warnings = new ArrayList<>();
    private final HandlerRegistry registry = new HandlerRegistry(warnings::add);
    private final List<String> faults = new ArrayList<>();
    private final FaultSink sink = (p, kind, detail) -> faults.add(p + " " + kind + " " + detail);

    /** A handler that answers a fixed errno, so a call shows which one served it. */
    private record Fixed(Errno answer) implements HypercallHandler {
        @Override
        public Errno handle(org.jpok.api.hypercall.HypercallContext ctx) {
            return answer;
        }
    }

    private static Map<String, Object> props(long sid, int ranking, Object ids, String name) {
        Map<String, Object> m = new HashMap<>();
        m.put(HandlerRegistry.SERVICE_ID, sid);
        m.put(HandlerRegistry.SERVICE_RANKING, ranking);
        m.put(HypercallHandler.ID_PROPERTY, ids);
        m.put(HypercallHandler.NAME_PROPERTY, name);
        return m;
    }

    private Errno call(int id) {
        return registry.dispatch(new StubCall(0, id), sink);
    }

    @Test
    void highestRankingWinsAndTiesGoToTheLowestServiceId() {
        HypercallHandler low = new Fixed(Errno.EPERM);
        HypercallHandler high = new Fixed(Errno.EXISTS);
        HypercallHandler tieOlder = new Fixed(Errno.ERANGE);
        HypercallHandler tieNewer = new Fixed(Errno.EDOM);
        registry.bind(low, props(1, 0, 10, "low"), "a");
        registry.bind(high, props(2, 5, 10, "high"), "b");
        assertEquals(Errno.EXISTS, call(10));
        registry.bind(tieNewer, props(9, 7, 11, "newer"), "c");
        registry.bind(tieOlder, props(8, 7, 11, "older"), "c");
        assertEquals(Errno.ERANGE, call(11));
        // a higher ranking registered later still wins
        registry.bind(new Fixed(Errno.OK), props(20, 4, 10, "later"), "d");
        assertEquals(Errno.EXISTS, call(10));
        registry.bind(new Fixed(Errno.OK), props(21, 100, 10, "best"), "d");
        assertEquals(Errno.OK, call(10));
    }

    @Test
    void updatedRankingSwitchesTheHandlerAndKeepsItsCounters() {
        HypercallHandler a = new Fixed(Errno.EPERM);
        HypercallHandler b = new Fixed(Errno.EXISTS);
        registry.bind(a, props(1, 0, 10, "a"), "x");
        registry.bind(b, props(2, 5, 10, "b"), "y");
        assertEquals(Errno.EXISTS, call(10));
        registry.updated(b, props(2, -5, 10, "b"), "y");
        assertEquals(Errno.EPERM, call(10));
        registry.updated(b, props(2, 50, new int[] {10, 12}, "b"), "y");
        assertEquals(Errno.EXISTS, call(10));
        assertEquals(Errno.EXISTS, call(12));
        HypercallStat row = registry.snapshot().stream().filter(s -> s.serviceId() == 2 && s.id() == 10)
                .findFirst().orElseThrow();
        assertEquals(3, row.calls());
        assertTrue(row.active());
    }

    @Test
    void unbindFallsBackToTheNextBestAtOnceThenToNothing() {
        HypercallHandler a = new Fixed(Errno.EPERM);
        HypercallHandler b = new Fixed(Errno.EXISTS);
        registry.bind(a, props(1, 0, 10, "a"), "x");
        registry.bind(b, props(2, 5, new Integer[] {10, 11}, "b"), "y");
        registry.unbind(b, props(2, 5, new Integer[] {10, 11}, "b"));
        assertEquals(Errno.EPERM, call(10));
        assertNull(registry.lookup(11));
        assertEquals(Errno.UNAVAILABLE, call(11));
        registry.unbind(a, props(1, 0, 10, "a"));
        assertEquals(Errno.UNAVAILABLE, call(10));
        assertEquals(2, faults.size());
    }

    @Test
    void aHandlerThatThrowsGivesUnavailableCountsAndReportsAndTheNextCallWorks() {
        boolean[] explode = {true};
        HypercallHandler h = ctx -> {
            if (explode[0]) {
                throw new IllegalStateException("boom");
            }
            return Errno.OK;
        };
        registry.bind(h, props(1, 0, 40, "flaky"), "x");
        StubCall c = new StubCall(3, 40);
        assertEquals(Errno.UNAVAILABLE, registry.dispatch(c, sink));
        assertTrue(c.faulted);
        assertEquals(1, faults.size());
        assertTrue(faults.get(0).startsWith("3 ILLEGAL_REQUEST hypercall 40 (flaky) failed"), faults.get(0));
        assertTrue(faults.get(0).contains("boom"));
        explode[0] = false;
        assertEquals(Errno.OK, call(40));
        HypercallStat s = registry.snapshot().get(0);
        assertEquals(2, s.calls());
        assertEquals(1, s.errors());
        assertEquals(1, s.faults());
    }

    @Test
    void errorsFromTheClassLoaderOfAStoppedBundleAreCaughtToo() {
        registry.bind(ctx -> {
            throw new NoClassDefFoundError("org/gone/Helper");
        }, props(1, 0, 41, "gone"), "x");
        assertEquals(Errno.UNAVAILABLE, call(41));
    }

    @Test
    void aNullResultIsAFault() {
        registry.bind(ctx -> null, props(1, 0, 42, "null"), "x");
        assertEquals(Errno.UNAVAILABLE, call(42));
        assertEquals(1, registry.snapshot().get(0).faults());
    }

    @Test
    void aPointerOutsideThePartitionGivesEinvalAndAMemoryViolation() {
        registry.bind(ctx -> {
            throw new GuestMemoryException(0xFFFFFFF0L, 16, 0x10000);
        }, props(1, 0, 43, "bad-pointer"), "x");
        assertEquals(Errno.EINVAL, call(43));
        assertTrue(faults.get(0).startsWith("0 MEMORY_VIOLATION"), faults.get(0));
        assertEquals(0, registry.snapshot().get(0).faults());
        assertEquals(1, registry.snapshot().get(0).errors());
    }

    @Test
    void unknownIdsAreUnavailableReportedAndListed() {
        assertEquals(Errno.UNAVAILABLE, call(99));
        assertEquals(Errno.UNAVAILABLE, call(-5));
        assertEquals(Errno.UNAVAILABLE, call(99));
        assertEquals(3, faults.size());
        assertTrue(faults.get(1).contains("hypercall 4294967291: no handler"), faults.get(1));
        List<HypercallStat> rows = registry.snapshot();
        assertEquals(-1, rows.get(0).id());
        assertEquals(99, rows.get(1).id());
        assertEquals(2, rows.get(1).calls());
        assertEquals(-1, rows.get(1).serviceId());
        assertFalse(rows.get(1).active());
    }

    @Test
    void snapshotListsEveryClaimantBestFirstWithStats() {
        registry.bind(new Fixed(Errno.OK), props(1, 0, new int[] {10, 20}, "multi"), "bundle.a");
        registry.bind(new Fixed(Errno.EINVAL), props(2, 3, 20, "better"), "bundle.b");
        call(20);
        call(20);
        call(10);
        List<HypercallStat> rows = registry.snapshot();
        assertEquals(3, rows.size());
        assertEquals(new HypercallStat(10, "multi", "bundle.a", 1, 0, true, 1, 0, 0, rows.get(0).meanLatencyNs()),
                rows.get(0));
        assertEquals("better", rows.get(1).name());
        assertTrue(rows.get(1).active());
        assertEquals(2, rows.get(1).calls());
        assertEquals(2, rows.get(1).errors());
        assertTrue(rows.get(1).meanLatencyNs() >= 0);
        assertEquals("multi", rows.get(2).name());
        assertFalse(rows.get(2).active());
    }

    @Test
    void aServiceWithUnusableIdsIsIgnoredWithAWarning() {
        registry.bind(new Fixed(Errno.OK), props(7, 0, "ten", "typo"), "bundle.t");
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("typo") && warnings.get(0).contains("bundle.t"), warnings.get(0));
        assertTrue(registry.snapshot().isEmpty());
        // fixing the property through an update brings it in
        HypercallHandler h = new Fixed(Errno.OK);
        registry.updated(h, props(7, 0, 10, "typo"), "bundle.t");
        assertSame(h, registry.lookup(10).handler());
    }

    @Test
    void theLookupTableIsReplacedNotMutated() {
        registry.bind(new Fixed(Errno.OK), props(1, 0, 10, "a"), "x");
        HandlerBinding before = registry.lookup(10);
        registry.bind(new Fixed(Errno.EPERM), props(2, 1, 10, "b"), "x");
        assertEquals("a", before.name());
        assertEquals("b", registry.lookup(10).name());
    }

    /** A call with no memory or vCPU: enough for the dispatcher, which only needs the id and partition. */
    private static final class StubCall implements DispatchCall {
        final int partition;
        final int id;
        boolean faulted;

        StubCall(int partition, int id) {
            this.partition = partition;
            this.id = id;
        }

        @Override
        public void faulted() {
            faulted = true;
        }

        @Override
        public int partition() {
            return partition;
        }

        @Override
        public int id() {
            return id;
        }

        @Override
        public int nargs() {
            return 0;
        }

        @Override
        public int arg(int n) {
            return 0;
        }

        @Override
        public org.jpok.api.hypercall.GuestMemory memory() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.jpok.api.hypercall.VirtualCpu vcpu() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.jpok.api.hypercall.GuestConsole console() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.jpok.api.hypercall.KernelClock clock() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.jpok.api.hypercall.IrqLines irqLines() {
            throw new UnsupportedOperationException();
        }
    }

}
