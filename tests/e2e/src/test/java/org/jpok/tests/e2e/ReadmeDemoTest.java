package org.jpok.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README's hot-swap demo line, taken from the README itself and run as written, in a working directory where
 * {@code guest/examples/swap-demo} is built: a second under x86-qemu through syscalls, the swap, a second under
 * x86-qemu-vmm through hypercalls, and the hypercall table with the calls counted.
 */
class ReadmeDemoTest extends WithGuestSystems {

    static final Path README = Path.of(System.getProperty("jpok.root", "../..")).resolve("README.md");
    static final Pattern DEMO_LINE = Pattern.compile(
            "^java -jar distribution/target/jpok.jar -c \"(pok:boot guest/examples/swap-demo/config.yaml;[^\"]*)\"$");

    /** The {@code -c} script of the README's demo line. */
    static String readmeScript() throws IOException {
        for (String line : Files.readAllLines(README)) {
            Matcher m = DEMO_LINE.matcher(line.strip());
            if (m.matches()) {
                return m.group(1);
            }
        }
        throw new AssertionError(README + " has no line: java -jar distribution/target/jpok.jar -c \"pok:boot"
                + " guest/examples/swap-demo/config.yaml; ...\"");
    }

    /** A working directory holding the built demo at the path the README names. */
    static Path readmeHome() throws Exception {
        Path built = systems.example("swap-demo").getParent();
        Path home = work.resolve("readme");
        Path target = home.resolve("guest/examples/swap-demo");
        try (Stream<Path> files = Files.walk(built)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(built.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return home;
    }

    @Test
    void theReadmeDemoSwapsFromSyscallsToHypercalls() throws Exception {
        String script = readmeScript();
        assertEquals("pok:boot guest/examples/swap-demo/config.yaml; pok:run 1s; pok:bsp x86-qemu-vmm; pok:run 1s;"
                + " pok:hypercalls", script);
        JpokProcess.Result r = JpokProcess.run(JpokProcess.currentJava(), readmeHome(), 120, "-c", script);
        assertEquals(0, r.exitStatus(), r.err());
        List<String> out = r.out().lines().toList();
        int swap = out.indexOf("last swap: x86-qemu -> x86-qemu-vmm at 1000.000 ms (requested), dropped nothing");
        assertTrue(swap > 0, r.out());
        List<String> before = out.subList(0, swap);
        List<String> after = out.subList(swap, out.size());
        assertEquals(List.of("adaptive: tick 1 at 0 ms via syscalls", "adaptive: tick 2 at 250 ms via syscalls",
                "adaptive: tick 3 at 500 ms via syscalls", "adaptive: tick 4 at 750 ms via syscalls"),
                before.stream().filter(l -> l.startsWith("adaptive: tick")).toList(), r.out());
        assertTrue(before.contains("TIME_LIMIT at 1000000000 ns: time limit reached"), r.out());
        assertTrue(after.contains("adaptive: hypercalls available, switching to them"), r.out());
        assertEquals(List.of("adaptive: tick 5 at 1000 ms via hypercalls", "adaptive: tick 6 at 1250 ms via hypercalls",
                "adaptive: tick 7 at 1500 ms via hypercalls", "adaptive: tick 8 at 1750 ms via hypercalls"),
                after.stream().filter(l -> l.startsWith("adaptive: tick")).toList(), r.out());
        assertEquals(List.of("steady: second 1"), before.stream().filter(l -> l.startsWith("steady:")).toList());
        assertEquals(List.of("steady: second 2"), after.stream().filter(l -> l.startsWith("steady:")).toList());
        assertTrue(after.contains("TIME_LIMIT at 2000000000 ns: time limit reached"), r.out());
        // Four lines written and six clock reads (four ticks and two probes) went through hypercalls.
        assertTrue(after.stream().anyMatch(l -> l.matches("10\\s+conswrite\\s+org.jpok.hypercall.console\\s+0\\s+\\*\\s+4\\s+0\\s+.*")), r.out());
        assertTrue(after.stream().anyMatch(l -> l.matches("20\\s+gettick\\s+org.jpok.hypercall.time\\s+0\\s+\\*\\s+6\\s+0\\s+.*")), r.out());
        // The probes under x86-qemu trapped, each a health-monitor event for the error handler.
        assertEquals(2, r.err().lines().filter(l -> l.matches("jpok: health monitor: partition adaptive .*"
                + "ILLEGAL_REQUEST \\(exception 13, error code 0x16a\\) -> ERROR_HANDLER")).count(), r.err());
    }
}
