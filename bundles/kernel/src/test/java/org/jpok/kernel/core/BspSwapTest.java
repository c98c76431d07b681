package org.jpok.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.jpok.api.bsp.VcpuRegistration;
import org.jpok.api.kernel.BspControl;
import org.jpok.api.kernel.RunOutcome;
import org.jpok.bsp.x86qemu.X86QemuBsp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BSP hot swap on the real core and board: two partitions print while the system swaps between two native
 * BSP instances at run boundaries, and the output, the health-monitor log and virtual time come out as without a
 * swap. The OSGi side (a BSP service going and coming) is driven through the bind and unbind methods.
 */
class BspSwapTest {

    /** The same board code under another name: a second BSP to swap to. */
    static final class OtherBsp extends X86QemuBsp {
        @Override
        public String name() {
            return "x86-qemu-b";
        }
    }

    /**
     * A BSP that holds vCPU registrations as the vmm BSP does: those it was given, or adopted in a swap when
     * {@code honours}; it names what else it drops.
     */
    static final class HoldingBsp extends X86QemuBsp {
        final String name;
        final boolean honours;
        final List<VcpuRegistration> held = new ArrayList<>();

        HoldingBsp(String name, boolean honours) {
            this.name = name;
            this.honours = honours;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<VcpuRegistration> vcpuRegistrations() {
            return List.copyOf(held);
        }

        @Override
        public List<VcpuRegistration> adoptVcpuRegistrations(List<VcpuRegistration> offered) {
            if (!honours) {
                return offered;
            }
            held.addAll(offered);
            return List.of();
        }

        @Override
        public List<String> detachForSwap() {
            List<String> dropped = held.isEmpty() ? List.of() : List.of("partition 0: 1 saved upcall frame(s)");
            held.clear();
            super.detachForSwap();
            return dropped;
        }
    }

    static final int SWAPS = 20;
    static final long SLICE = 3_000_000;

    @TempDir
    Path dir;

    private Path system() throws Exception {
        byte[] a = new Asm().label("loop").syscall(KernelCoreTest.CONSWRITE, KernelCoreTest.PRINT).spin(500)
                .jmp("loop").elf(0x800, KernelCoreTest.data("a"));
        byte[] b = new Asm().label("loop").syscall(KernelCoreTest.CONSWRITE, KernelCoreTest.PRINT).spin(700)
                .jmp("loop").elf(0x800, KernelCoreTest.data("b"));
        Files.write(dir.resolve("a.elf"), a);
        Files.write(dir.resolve("b.elf"), b);
        String yaml = String.join("\n",
                "partitions:",
                "  - {name: a, size: 64k, image: a.elf}",
                "  - {name: b, size: 64k, image: b.elf}",
                "kernel:",
                "  scheduler:",
                "    major_frame: 4ms",
                "    slots:",
                "      - {partition: a, duration: 2ms}",
                "      - {partition: b, duration: 2ms}",
                "");
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, yaml);
        return config;
    }

    /** Runs SWAPS slices, swapping between them if {@code swap}; returns the console output. */
    private String runSlices(boolean swap) throws Exception {
        try (KernelWorld w = new KernelWorld()) {
            w.kernel.bindBsp(new OtherBsp(), Map.of());
            w.kernel.boot(system(), null);
            long last = -1;
            int lastLength = 0;
            for (int i = 0; i < SWAPS; i++) {
                RunOutcome o = w.kernel.run((i + 1) * SLICE).get(60, TimeUnit.SECONDS); // the limit is absolute
                assertEquals(RunOutcome.Reason.TIME_LIMIT, o.reason(), o.detail());
                long now = w.board.virtualNanos();
                assertTrue(now > last, "virtual time monotonic: " + last + " then " + now);
                last = now;
                assertTrue(w.console.length() > lastLength, "output continues after swap " + i);
                lastLength = w.console.length();
                if (swap) {
                    String to = i % 2 == 0 ? "x86-qemu-b" : "x86-qemu";
                    BspControl.SwapReport r = w.kernel.swapBsp(to);
                    assertEquals(to, r.to());
                    assertTrue(r.dropped().isEmpty(), "a native BSP holds nothing of its own");
                    assertEquals(to, w.kernel.status().bsp());
                }
            }
            assertTrue(w.kernel.healthEvents().isEmpty(), "no fault: " + w.kernel.healthEvents());
            return w.console.toString();
        }
    }

    @Test
    void swapsKeepTheGuestsRunningAndTheirOutputIntact() throws Exception {
        String reference = runSlices(false);
        String swapped = runSlices(true);
        assertTrue(reference.startsWith("POK kernel initialized\n"));
        String body = swapped.substring("POK kernel initialized\n".length());
        assertTrue(body.matches("[ab]+"), "only the partitions' bytes: " + body);
        assertTrue(body.contains("a") && body.contains("b"));
        // Scheduling runs on the kernel's clock events, not on PIT phase, so the swaps leave no trace in the output.
        assertEquals(reference, swapped);
    }

    @Test
    void vcpuRegistrationsGoToANextBspThatHonoursThemAndAreReportedDroppedOtherwise() throws Exception {
        try (KernelWorld w = new KernelWorld()) {
            HoldingBsp first = new HoldingBsp("vmm-a", true);
            HoldingBsp second = new HoldingBsp("vmm-b", true);
            VcpuRegistration tick = new VcpuRegistration(1, 0, 0x40);
            first.held.add(tick);
            w.kernel.bindBsp(first, Map.of());
            w.kernel.bindBsp(second, Map.of());
            w.kernel.boot(system(), "vmm-a");
            w.kernel.run(SLICE).get(60, TimeUnit.SECONDS);

            BspControl.SwapReport r = w.kernel.swapBsp("vmm-b");
            assertEquals(List.of("partition 0: 1 saved upcall frame(s)"), r.dropped(), "what was not carried");
            assertEquals(List.of(tick), second.held, "the new BSP took the registration over");

            // Released with no BSP left, the registration waits while no guest instruction runs...
            w.kernel.unbindBsp(w.kernel.installedBsps().get(0)); // the native x86-qemu of the world
            w.kernel.unbindBsp(first);
            w.kernel.unbindBsp(second);
            assertEquals("(none)", w.kernel.lastSwap().to());
            HoldingBsp third = new HoldingBsp("vmm-c", true);
            w.kernel.bindBsp(third, Map.of());
            assertEquals(List.of(tick), third.held, "...and goes to the BSP that comes next");
            assertEquals(List.of(), w.kernel.lastSwap().dropped());

            HoldingBsp nativeOne = new HoldingBsp("native", false);
            w.kernel.bindBsp(nativeOne, Map.of());
            r = w.kernel.swapBsp("native");
            assertEquals(List.of("partition 0: 1 saved upcall frame(s)", tick.describe()), r.dropped(),
                    "a BSP that cannot honour it drops it");
            assertEquals("partition 1: vCPU handler for IRQ 0", tick.describe());
            RunOutcome o = w.kernel.run(2 * SLICE).get(60, TimeUnit.SECONDS);
            assertEquals(RunOutcome.Reason.TIME_LIMIT, o.reason());
            assertTrue(w.kernel.healthEvents().isEmpty(), "no fault: " + w.kernel.healthEvents());
        }
    }

    @Test
    void commandErrorsAreOneLine() throws Exception {
        try (KernelWorld w = new KernelWorld()) {
            assertEquals("nothing is booted",
                    assertThrows(IllegalStateException.class, () -> w.kernel.swapBsp("x86-qemu")).getMessage());
            w.kernel.boot(system(), null);
            assertEquals("unknown BSP 'nope' (installed: x86-qemu)",
                    assertThrows(IllegalArgumentException.class, () -> w.kernel.swapBsp("nope")).getMessage());
            assertEquals(1, w.kernel.bsps().size());
            assertTrue(w.kernel.bsps().get(0).active());
        }
    }

    @Test
    void losingTheActiveBspFallsBackOrPausesUntilOneAppears() throws Exception {
        try (KernelWorld w = new KernelWorld()) {
            X86QemuBsp first = (X86QemuBsp) w.kernel.installedBsps().get(0);
            OtherBsp other = new OtherBsp();
            w.kernel.bindBsp(other, Map.of());
            w.kernel.boot(system(), null);
            w.kernel.run(SLICE).get(60, TimeUnit.SECONDS);
            int atFirst = w.console.length();

            w.kernel.unbindBsp(first);
            assertEquals("x86-qemu-b", w.kernel.status().bsp(), "fell back to the other BSP");
            w.kernel.run(2 * SLICE).get(60, TimeUnit.SECONDS);
            assertTrue(w.console.length() > atFirst, "the guests ran on the fallback BSP");

            w.kernel.unbindBsp(other);
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> w.kernel.run(3 * SLICE).get(60, TimeUnit.SECONDS));
            assertTrue(e.getCause().getMessage().contains("went away and no other BSP is installed"),
                    e.getCause().getMessage());
            int before = w.console.length();

            // The wanted name (the one booted) comes back, as after `update` of its bundle.
            X86QemuBsp again = new X86QemuBsp();
            w.kernel.bindBsp(again, Map.of());
            assertEquals("x86-qemu", w.kernel.status().bsp());
            RunOutcome o = w.kernel.run(3 * SLICE).get(60, TimeUnit.SECONDS);
            assertEquals(RunOutcome.Reason.TIME_LIMIT, o.reason());
            assertTrue(w.console.length() > before, "the guests run again");
            assertTrue(w.kernel.healthEvents().isEmpty(), "no fault: " + w.kernel.healthEvents());
        }
    }

    @Test
    void anAppearingBspIsTakenByConfiguredNameOrHigherRanking() throws Exception {
        try (KernelWorld w = new KernelWorld()) {
            w.kernel.boot(system(), null);
            w.kernel.run(SLICE).get(60, TimeUnit.SECONDS);
            w.kernel.bindBsp(new OtherBsp(), Map.of("service.ranking", 0));
            assertEquals("x86-qemu", w.kernel.status().bsp(), "an equal ranking does not displace the booted BSP");

            OtherBsp ranked = new OtherBsp();
            w.kernel.bindBsp(ranked, Map.of("service.ranking", 5, "service.bundleid", 42L));
            assertEquals("x86-qemu-b", w.kernel.status().bsp(), "a higher ranking does");
            assertTrue(w.kernel.bsps().stream().anyMatch(b -> b.bundle() == 42 && b.ranking() == 5 && b.active()));
            assertEquals("BSP service x86-qemu-b appeared", w.kernel.lastSwap().reason());

            w.kernel.swapBsp("x86-qemu"); // the operator's choice is now the wanted one
            w.kernel.modified(Map.of("bsp.name", "x86-qemu-b"));
            w.kernel.bindBsp(new OtherBsp(), Map.of());
            assertEquals("x86-qemu-b", w.kernel.status().bsp(), "ConfigAdmin's bsp.name wins");
            RunOutcome o = w.kernel.run(2 * SLICE).get(60, TimeUnit.SECONDS);
            assertEquals(RunOutcome.Reason.TIME_LIMIT, o.reason());
            assertTrue(w.kernel.healthEvents().isEmpty(), "no fault: " + w.kernel.healthEvents());
        }
    }
}
