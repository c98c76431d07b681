package org.jpok.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * pok:break on two-partitions: a breakpoint at p1's printf (found with nm in the partition's ELF symbol table) stops
 * the system at each of p1's ticks, under x86-qemu and, after a swap, under x86-qemu-vmm; pok:regs shows the
 * partition at the breakpoint, pok:mem the original code byte; once removed, the run ends with the output unchanged.
 */
class BreakpointTest extends WithGuestSystems {

    /** The address of {@code symbol} in {@code elf}, from nm (the test is skipped without it). */
    static long symbol(Path elf, String symbol) throws Exception {
        Process nm;
        try {
            nm = new ProcessBuilder("nm", elf.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("nm is not installed");
            throw e;
        }
        String out = new String(nm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, nm.waitFor(), out);
        return out.lines().map(l -> l.split(" ")).filter(f -> f.length == 3 && f[2].equals(symbol))
                .mapToLong(f -> Long.parseLong(f[0], 16)).findFirst()
                .orElseThrow(() -> new AssertionError(symbol + " not in " + elf + ": " + out));
    }

    static String console(String out) {
        return String.join("\n", out.lines().filter(l -> l.matches("p[12]: tick \\d+")).toList());
    }

    @Test
    void aBreakpointStopsUnderBothBspsAndLeavesTheOutputUnchanged() throws Exception {
        Path config = systems.example("two-partitions");
        long printf = symbol(config.resolveSibling("p1/p1.elf"), "printf");
        String at = String.format("0x%08x", printf);
        JpokProcess.Result reference = JpokProcess.run(JpokProcess.currentJava(), work, 120, "-c",
                "pok:boot '" + config + "'; pok:mem p1 " + at + " 1; pok:run 100ms");
        JpokProcess.Result r = JpokProcess.run(JpokProcess.currentJava(), work, 120, "-c",
                "pok:boot '" + config + "'; pok:break p1 " + at + "; pok:mem p1 " + at + " 1; pok:run 100ms; pok:regs;"
                        + " pok:break; pok:bsp x86-qemu-vmm; pok:run 100ms; pok:regs; pok:step 1; pok:unbreak p1 " + at
                        + "; pok:break; pok:run 100ms");
        assertEquals(0, r.exitStatus(), r.err());
        List<String> out = r.out().lines().toList();
        String hit = "breakpoint hit: partition p1 at " + at;
        assertEquals(2, out.stream().filter(l -> l.startsWith("STOPPED at ") && l.endsWith(" ns: " + hit)).count(),
                r.out());
        assertEquals(2, r.err().lines().filter(l -> l.equals("jpok: " + hit)).count(), r.err());
        // Stopped in ring 3 at printf, each time.
        assertEquals(2, out.stream().filter(l -> l.startsWith(String.format("eip=%08x", printf)) && l.endsWith("cpl=3"))
                .count(), r.out());
        assertTrue(out.stream().anyMatch(l -> l.matches("p1\\s+" + at + "\\s+[0-9a-f]{2}\\s+<- here")), r.out());
        // mem shows the code byte under the int3: the same as without the breakpoint.
        String dump = reference.out().lines().filter(l -> l.startsWith(at.substring(2) + " ")).findFirst().orElseThrow();
        assertTrue(out.contains(dump), dump + " in " + r.out());
        assertTrue(out.contains("1 instruction(s) retired"), r.out());
        assertTrue(out.contains("removed the breakpoint at p1 " + at), r.out());
        assertTrue(out.contains("no breakpoints"), r.out());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("SHUTDOWN at ")), r.out());
        assertEquals(console(reference.out()), console(r.out()));
        assertTrue(console(r.out()).endsWith("p2: tick 5"), r.out());
    }

    @Test
    void shutdownAndResetRemoveTheBreakpoints() throws Exception {
        Path config = systems.example("two-partitions");
        JpokProcess.Result r = JpokProcess.run(JpokProcess.currentJava(), work, 120, "-c", "pok:boot '" + config
                + "'; pok:break p1 0x100; pok:reset; pok:break; pok:break p1 0x100; pok:shutdown; pok:break");
        assertEquals(0, r.exitStatus(), r.err());
        assertEquals(2, r.out().lines().filter(l -> l.equals("no breakpoints")).count(), r.out());
        r = JpokProcess.run(JpokProcess.currentJava(), work, 120, "-c", "pok:boot '" + config
                + "'; pok:shutdown; pok:break p1 0x100");
        assertEquals("jpok: the system has ended (pok:reset or pok:boot first)", r.err().strip());
    }
}
