package org.jpok.tests.swap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jpok.api.kernel.BspControl.SwapReport;
import org.jpok.api.kernel.HmEvent;
import org.jpok.api.kernel.RunOutcome;
import org.junit.jupiter.api.Test;

/**
 * guest/examples/paravirt-ticks on x86-qemu-vmm, swapped to x86-qemu and back 100 times while it runs. The ticker's
 * vCPU handler for IRQ 0 is dropped at the first swap to the native BSP (docs/architecture.md, "Hot swap"), so the
 * ticker's output is a prefix of a run without swaps; the neighbour's is exactly that of a run without swaps.
 */
class ParavirtSwapTest extends BootedSystem {

    static final int SWAPS = 100;
    /** Before the first swap the ticker has had a few virtual ticks. */
    static final long FIRST_SWAP_NS = 3_000_000;
    static final long STEP_NS = 250_000;

    record Run(String console, List<SwapReport> swaps, List<Long> stops, RunOutcome end, List<HmEvent> health) {
        List<String> lines(boolean neighbour) {
            return console.lines().filter(l -> l.startsWith("neighbour: ") == neighbour)
                    .filter(l -> !l.equals("POK kernel initialized")).toList();
        }
    }

    /**
     * Runs to FIRST_SWAP_NS, then SWAPS runs of STEP_NS each: with {@code swap}, each run's swap is requested as soon
     * as the run starts, so it lands while the guest runs (or, if the run ended first, at the pause), then shuts
     * down.
     */
    private Run run(Path config, boolean swap) throws Exception {
        boot(config);
        List<SwapReport> swaps = new ArrayList<>();
        List<Long> stops = new ArrayList<>();
        stops.add(kernel.run(FIRST_SWAP_NS).get(WAIT_S, TimeUnit.SECONDS).virtualNanos());
        for (int i = 1; i <= SWAPS; i++) {
            CompletableFuture<RunOutcome> f = kernel.run(FIRST_SWAP_NS + i * STEP_NS);
            if (swap) {
                swaps.add(bsps.swapBsp(i % 2 == 1 ? "x86-qemu" : "x86-qemu-vmm"));
            }
            RunOutcome o = f.get(WAIT_S, TimeUnit.SECONDS);
            assertEquals(RunOutcome.Reason.TIME_LIMIT, o.reason(), o.detail());
            stops.add(o.virtualNanos());
        }
        RunOutcome end = kernel.run(0).get(WAIT_S * 3, TimeUnit.SECONDS);
        return new Run(console.text(), swaps, stops, end, kernel.healthEvents());
    }

    @Test
    void hundredSwapsLoseAndRepeatNoByteOfTheNeighbourAndCutTheTickerShort() throws Exception {
        Path config = guests.example("paravirt-ticks");
        RunOutcome single = bootAndRun(config, 0);
        String oneRun = console.text();
        Run reference = run(config, false);
        Run swapped = run(config, true);

        // Stopping at 101 time limits changes nothing (no virtual time passes while a run is stopped at its limit).
        assertEquals(oneRun, reference.console());
        assertEquals(single.virtualNanos(), reference.end().virtualNanos());
        assertEquals(single.virtualNanos(), swapped.end().virtualNanos(), "the neighbour shuts down at the same time");

        assertEquals(RunOutcome.Reason.SHUTDOWN, reference.end().reason(), reference.console());
        assertEquals(RunOutcome.Reason.SHUTDOWN, swapped.end().reason(), swapped.console());
        assertTrue(reference.console().startsWith("POK kernel initialized\n"), reference.console());
        assertEquals(1, swapped.console().split("POK kernel initialized", -1).length - 1, swapped.console());

        assertEquals(reference.lines(true), swapped.lines(true), "the neighbour's output, byte for byte");
        assertEquals(3, swapped.lines(true).size(), swapped.console());
        List<String> ticker = swapped.lines(false);
        List<String> whole = reference.lines(false);
        assertEquals(whole.subList(0, ticker.size()), ticker, "the ticker's output is a prefix of the no-swap run's");
        assertTrue(ticker.size() >= 3 && ticker.size() < whole.size(), "ticks before the first swap, none after:\n"
                + String.join("\n", ticker));
        assertTrue(ticker.get(ticker.size() - 1).startsWith("Clock gettick: "), ticker.toString());

        for (int i = 1; i < swapped.stops().size(); i++) {
            assertEquals(FIRST_SWAP_NS + i * STEP_NS, swapped.stops().get(i), "each run stops at its limit");
        }
        long lastStop = swapped.stops().get(SWAPS);
        assertTrue(swapped.end().virtualNanos() > lastStop, "the shutdown comes after the last run's limit");
        assertEquals(SWAPS, swapped.swaps().size());
        long last = FIRST_SWAP_NS;
        for (SwapReport r : swapped.swaps()) {
            assertTrue(r.virtualNanos() >= last, "virtual time monotonic: " + last + " then " + r.virtualNanos());
            last = r.virtualNanos();
            assertEquals(r.from().equals("x86-qemu") ? "x86-qemu-vmm" : "x86-qemu", r.to(), r.toString());
        }
        SwapReport first = swapped.swaps().get(0);
        assertTrue(first.dropped().contains("partition 0: vCPU handler for IRQ 0")
                || first.dropped().stream().anyMatch(d -> d.startsWith("partition 0: vCPU handler for IRQ 0")),
                first.toString());
        assertTrue(swapped.swaps().subList(1, SWAPS).stream().allMatch(r -> r.dropped().isEmpty()),
                "nothing registered after the first swap");
        assertTrue(swapped.health().stream().allMatch(e -> e.partition() == 0),
                "only the ticker may fault (a swap inside its upcall handler): " + swapped.health());
        assertTrue(reference.health().isEmpty(), reference.health().toString());
    }
}
