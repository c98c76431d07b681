package org.jpok.tests.hypercall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.hypercall.HypercallStat;
import org.jpok.api.hypercall.HypercallStatistics;
import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.kernel.Errno;
import org.jpok.api.vmm.Vmm;
import org.jpok.api.vmm.VmmFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.util.tracker.ServiceTracker;

/**
 * In a real Felix with SCR: the dispatcher finds the console hypercall bundle's handler; stopping that bundle
 * while a guest keeps calling gives UNAVAILABLE in the gap (and a health-monitor event per call), never a
 * crash; starting it again brings the output back. A better-ranked service takes an id over and gives it back.
 */
@ExtendWith(BundleContextExtension.class)
class HypercallHotSwapTest {

    private static final int ARGS = 0x100;
    private static final int TEXT = 0x200;

    @InjectBundleContext
    BundleContext context;

    private ServiceTracker<VmmFactory, VmmFactory> factories;
    private ServiceTracker<HypercallStatistics, HypercallStatistics> statistics;
    private final OnePartitionHost host = new OnePartitionHost();
    private Vmm vmm;

    @BeforeEach
    void createVmm() throws Exception {
        factories = new ServiceTracker<>(context, VmmFactory.class, null);
        factories.open();
        statistics = new ServiceTracker<>(context, HypercallStatistics.class, null);
        statistics.open();
        VmmFactory f = factories.waitForService(10_000);
        assertNotNull(f, "the hypercall framework registers its VmmFactory");
        vmm = f.create(host);
        host.memory[TEXT] = 'x';
        host.writeInt(ARGS, 2);
        host.writeInt(ARGS + 4, TEXT);
        host.writeInt(ARGS + 8, 1);
    }

    @AfterEach
    void cleanUp() throws Exception {
        consoleBundle().start();
        statistics.close();
        factories.close();
    }

    /** One CONSWRITE of "x", as a guest at CPL 3 makes it. */
    private int conswrite() {
        InterruptFrame f = new InterruptFrame(HypercallIds.CONSWRITE, 0, 0, ARGS, 0x8000, 0, 0, 0, 0x1000, 0x23,
                0x202, 0x2B, 0x2B, 0x2B);
        InterruptFrame out = vmm.hypercall(0, f);
        assertEquals(0x1000, out.eip());
        return out.eax();
    }

    @Test
    void stoppingTheConsoleBundleWhileAGuestCallsGivesUnavailableInTheGapAndOutputResumes() throws Exception {
        waitFor(() -> conswrite() == Errno.OK.code(), "the console handler is bound");
        List<Integer> results = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Object lock = new Object();
        // the "vCPU thread": the only thread that touches this Vmm
        Thread guest = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    int r = conswrite();
                    synchronized (lock) {
                        results.add(r);
                    }
                    Thread.onSpinWait();
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "guest");
        int okBefore = host.console().length();
        guest.start();
        try {
            waitFor(() -> count(results, lock, Errno.OK) > 100, "calls go through");
            consoleBundle().stop();
            waitFor(() -> count(results, lock, Errno.UNAVAILABLE) > 100, "calls in the gap get UNAVAILABLE");
            consoleBundle().start();
            int unavailable = count(results, lock, Errno.UNAVAILABLE);
            waitFor(() -> lastIs(results, lock, Errno.OK) && count(results, lock, Errno.OK) > unavailable,
                    "calls go through again");
        } finally {
            guest.interrupt();
            guest.join(10_000);
        }
        assertNull(failure.get(), () -> "the guest thread failed: " + failure.get());
        List<Integer> seen;
        synchronized (lock) {
            seen = new ArrayList<>(results);
        }
        // OK..., UNAVAILABLE..., OK...: nothing else, and exactly one gap
        int firstGap = seen.indexOf(Errno.UNAVAILABLE.code());
        int lastGap = seen.lastIndexOf(Errno.UNAVAILABLE.code());
        assertTrue(firstGap > 0 && lastGap < seen.size() - 1);
        assertTrue(seen.subList(0, firstGap).stream().allMatch(r -> r == Errno.OK.code()));
        assertTrue(seen.subList(firstGap, lastGap + 1).stream().allMatch(r -> r == Errno.UNAVAILABLE.code()));
        assertTrue(seen.subList(lastGap + 1, seen.size()).stream().allMatch(r -> r == Errno.OK.code()));
        long oks = seen.stream().filter(r -> r == Errno.OK.code()).count();
        assertEquals(okBefore + oks, host.console().length(), "one byte of output per successful call");
        long gaps = lastGap - firstGap + 1;
        assertEquals(gaps, host.reports.stream().filter(k -> k == ErrorKind.ILLEGAL_REQUEST).count(),
                "one health-monitor event per call in the gap");
    }

    @Test
    void aBetterRankedServiceTakesTheIdOverAndGivesItBack() throws Exception {
        waitFor(() -> conswrite() == Errno.OK.code(), "the console handler is bound");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(HypercallHandler.ID_PROPERTY, HypercallIds.CONSWRITE);
        props.put(HypercallHandler.NAME_PROPERTY, "muted");
        props.put(Constants.SERVICE_RANKING, 10);
        ServiceRegistration<HypercallHandler> reg = context.registerService(HypercallHandler.class,
                ctx -> Errno.EPERM, props);
        try {
            assertEquals(Errno.EPERM.code(), conswrite(), "the override serves at once");
            props.put(Constants.SERVICE_RANKING, -10);
            reg.setProperties(props);
            assertEquals(Errno.OK.code(), conswrite(), "a lower ranking hands it back");
            HypercallStatistics stats = statistics.waitForService(10_000);
            List<HypercallStat> rows = stats.snapshot().stream().filter(s -> s.id() == HypercallIds.CONSWRITE)
                    .toList();
            assertEquals(2, rows.size(), rows::toString);
            assertEquals("conswrite", rows.get(0).name());
            assertEquals("org.jpok.hypercall.console", rows.get(0).bundle());
            assertTrue(rows.get(0).active());
            assertEquals("muted", rows.get(1).name());
            assertEquals(1, rows.get(1).calls());
        } finally {
            reg.unregister();
        }
        assertEquals(Errno.OK.code(), conswrite());
    }

    private Bundle consoleBundle() {
        return Arrays.stream(context.getBundles())
                .filter(b -> "org.jpok.hypercall.console".equals(b.getSymbolicName())).findFirst().orElseThrow();
    }

    private static int count(List<Integer> results, Object lock, Errno e) {
        synchronized (lock) {
            return (int) results.stream().filter(r -> r == e.code()).count();
        }
    }

    private static boolean lastIs(List<Integer> results, Object lock, Errno e) {
        synchronized (lock) {
            return !results.isEmpty() && results.get(results.size() - 1) == e.code();
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out: " + what);
            }
            Thread.sleep(5);
        }
    }
}
