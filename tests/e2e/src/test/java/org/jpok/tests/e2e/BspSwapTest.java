package org.jpok.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The BSP hot swap through the shell, in the real framework of jpok.jar: two-partitions swaps between x86-qemu and
 * x86-qemu-vmm 100 times while it runs, and its COM1 output is exactly that of a run without swaps.
 */
class BspSwapTest extends WithGuestSystems {

    static final int SWAPS = 100;
    static final Pattern RUN_LINE = Pattern.compile("TIME_LIMIT at (\\d+) ns");

    /** Boots two-partitions and runs it in SWAPS short runs, each followed by a swap if {@code swap}. */
    static JpokProcess.Result script(Path config, boolean swap) throws Exception {
        StringBuilder script = new StringBuilder("pok:boot '" + config + "'; ");
        for (int i = 1; i <= SWAPS; i++) {
            script.append("pok:run 100us; pok:bsp")
                    .append(swap ? (i % 2 == 1 ? " x86-qemu-vmm" : " x86-qemu") : "").append("; ");
        }
        script.append("pok:bsp; pok:run 200ms");
        return JpokProcess.run(JpokProcess.currentJava(), work, 180, "-c", script.toString());
    }

    static String console(String out) {
        return String.join("\n", out.lines().filter(l -> l.startsWith("p1: ") || l.startsWith("p2: ")).toList());
    }

    @Test
    void hundredSwapsWhileRunningLoseAndRepeatNothing() throws Exception {
        Path config = systems.example("two-partitions");
        JpokProcess.Result reference = script(config, false);
        assertEquals(0, reference.exitStatus(), reference.err());
        JpokProcess.Result r = script(config, true);
        assertEquals(0, r.exitStatus(), r.err());

        List<String> out = r.out().lines().toList();
        // The same script without the swaps: the guests' output must be the same, byte for byte.
        assertEquals(console(reference.out()), console(r.out()));
        assertTrue(console(r.out()).endsWith("p2: tick 5"), r.out());
        assertEquals(1, out.stream().filter(l -> l.equals("POK kernel initialized")).count(), r.out());

        long last = -1;
        int runs = 0;
        for (String l : out) {
            Matcher m = RUN_LINE.matcher(l);
            if (m.find()) {
                long t = Long.parseLong(m.group(1));
                assertTrue(t > last, "virtual time monotonic: " + last + " then " + t);
                last = t;
                runs++;
            }
        }
        assertEquals(SWAPS, runs, r.out());
        assertEquals(SWAPS, out.stream().filter(l -> l.startsWith("last swap: ")).count() - 1, r.out());
        assertTrue(out.stream().anyMatch(l -> l.matches("x86-qemu\\s+\\d+\\s+\\d+\\s+\\*")), r.out());
        assertTrue(r.out().contains("x86-qemu-vmm -> x86-qemu at "), r.out());
        assertTrue(out.stream().filter(l -> l.startsWith("last swap: ")).allMatch(l -> l.endsWith("dropped nothing")),
                "two-partitions registers nothing with the vmm: " + r.out());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("SHUTDOWN at ")), r.out());
    }

    @Test
    void swappingAParavirtGuestToTheNativeBspDropsAndReportsItsVcpuHandler() throws Exception {
        Path config = systems.example("paravirt-ticks");
        JpokProcess.Result r = JpokProcess.run(JpokProcess.currentJava(), work, 120, "-c",
                "pok:boot '" + config + "'; pok:run 3ms; pok:bsp x86-qemu; pok:run 200ms; pok:bsp");
        assertEquals(0, r.exitStatus(), r.err());
        assertTrue(r.out().contains("ticker: vCPU entry for IRQ 0: 0\n"), r.out());
        assertTrue(r.out().contains("last swap: x86-qemu-vmm -> x86-qemu at "), r.out());
        assertTrue(r.out().contains("\n  partition 0: vCPU handler for IRQ 0"), r.out());
        assertTrue(r.err().contains("bsp swap x86-qemu-vmm -> x86-qemu: dropped partition 0: vCPU handler for IRQ 0"),
                r.err());
        for (int tick = 1; tick <= 3; tick++) {
            assertTrue(r.out().contains("neighbour: tick " + tick + "\n"), "the neighbour runs on: " + r.out());
        }
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("SHUTDOWN at ")), r.out());
    }
}
