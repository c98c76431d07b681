package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jpok.api.kernel.BspControl;
import org.junit.jupiter.api.Test;

class BspCommandsTest {

    /** Two BSPs, x86-qemu active; a swap to the native BSP drops one vCPU handler. */
    static class Fake implements BspControl {
        String active = "x86-qemu-vmm";
        SwapReport last;
        final List<String> swaps = new ArrayList<>();

        @Override
        public List<BspInfo> bsps() {
            return List.of(new BspInfo("x86-qemu", 7, 0, active.equals("x86-qemu")),
                    new BspInfo("x86-qemu-vmm", 8, 10, active.equals("x86-qemu-vmm")));
        }

        @Override
        public SwapReport swapBsp(String name) {
            if (!name.startsWith("x86-qemu")) {
                throw new IllegalArgumentException("unknown BSP '" + name + "' (installed: x86-qemu, x86-qemu-vmm)");
            }
            swaps.add(name);
            last = new SwapReport(active, name, 5_000_000, "requested",
                    name.equals("x86-qemu") ? List.of("partition 0: vCPU handler for IRQ 0") : List.of());
            active = name;
            return last;
        }

        @Override
        public SwapReport lastSwap() {
            return last;
        }
    }

    @Test
    void listsTheBspsWithTheActiveOneAndTheLastSwap() {
        Fake f = new Fake();
        BspCommands c = new BspCommands(f);
        String before = c.bsp();
        assertTrue(before.contains("no swap since boot"), before);
        assertTrue(before.lines().anyMatch(l -> l.startsWith("x86-qemu-vmm") && l.trim().endsWith("*")), before);

        String swapped = c.bsp("x86-qemu");
        assertEquals(List.of("x86-qemu"), f.swaps);
        assertEquals("last swap: x86-qemu-vmm -> x86-qemu at 5.000 ms (requested), dropped 1:\n"
                + "  partition 0: vCPU handler for IRQ 0", swapped);
        String after = c.bsp();
        assertTrue(after.lines().anyMatch(l -> l.startsWith("x86-qemu ") && l.trim().endsWith("*")), after);
        assertTrue(after.contains("vCPU handler for IRQ 0"), after);
    }

    @Test
    void showsThePauseOfTheLastSwapAndOfAllSwaps() {
        Fake f = new Fake() {
            @Override
            public SwapReport swapBsp(String name) {
                last = new SwapReport(active, name, 5_000_000, "requested", List.of(), 1_250_000);
                active = name;
                return last;
            }

            @Override
            public SwapPauses swapPauses() {
                return new SwapPauses(3, 500_000, 1_250_000, 4_000_000);
            }
        };
        BspCommands c = new BspCommands(f);
        assertEquals("last swap: x86-qemu-vmm -> x86-qemu at 5.000 ms (requested), dropped nothing",
                c.bsp("x86-qemu"), "wall time stays off the swap line, which is the same in every run");
        assertTrue(c.bsp().endsWith("dropped nothing\nswap pauses: 3 swaps, min 0.500 ms, median 1.250 ms,"
                + " max 4.000 ms, last 1.250 ms"), c.bsp());
    }

    @Test
    void unknownNameIsAOneLineError() {
        BspCommands c = new BspCommands(new Fake());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.bsp("arm"));
        assertEquals(1, e.getMessage().lines().count());
    }
}
