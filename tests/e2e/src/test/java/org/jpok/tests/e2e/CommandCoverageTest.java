package org.jpok.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Every pok: command has help and runs on the demo system (swap-demo) without an error: one batch script uses each
 * command that {@code help} lists, and a batch stops with status 1 at the first failing statement.
 */
class CommandCoverageTest extends WithGuestSystems {

    /** Commands that are Gogo functions rather than methods: {@code help} cannot list them; they say their usage. */
    static final Set<String> FUNCTIONS = Set.of("hypercall-trace");

    static JpokProcess.Result batch(String commands) throws Exception {
        return JpokProcess.run(JpokProcess.currentJava(), work, 180, "-c", commands);
    }

    /** The pok: commands that {@code help} lists. */
    static Set<String> listedCommands() throws Exception {
        JpokProcess.Result r = batch("help");
        assertEquals(0, r.exitStatus(), r.err());
        return r.out().lines().map(String::strip).filter(l -> l.startsWith("pok:")).map(l -> l.substring(4))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The script that uses every command on the demo; {@code exit} comes last, as it ends the session. */
    static List<String> script(Path config) {
        Path project = config.getParent();
        return List.of("pok:version", "pok:build '" + project + "'", "pok:boot '" + config + "'", "pok:status",
                "pok:partitions", "pok:threads", "pok:schedule", "pok:run 300ms", "pok:hm", "pok:regs", "pok:step 3",
                "pok:mem adaptive 0 32", "pok:disasm adaptive 0x100 4", "pok:break adaptive 0x100", "pok:break",
                "pok:unbreak adaptive 0x100", "pok:break steady 0x100", "pok:unbreak", "pok:console 2", "pok:console adaptive 2", "pok:names partitions", "pok:send hello",
                "pok:irq 5", "pok:mode steady stopped", "pok:restart steady", "pok:bsp", "pok:bsp x86-qemu-vmm",
                "pok:run 600ms", "pok:vcpu adaptive", "pok:hypercall-trace on", "pok:hypercall adaptive conswrite 0 0",
                "pok:hypercall-trace off", "pok:hypercalls", "pok:run", "pok:pause", "pok:resume", "pok:pause",
                "pok:reset", "pok:run 10ms", "pok:shutdown", "pok:exit");
    }

    @Test
    void everyCommandHasHelp() throws Exception {
        Set<String> commands = listedCommands();
        StringBuilder help = new StringBuilder();
        for (String c : commands) {
            help.append(help.length() == 0 ? "" : "; ").append("help pok:").append(c);
        }
        JpokProcess.Result r = batch(help.toString());
        assertEquals(0, r.exitStatus(), r.err());
        for (String c : commands) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(c) + " - (.*)$").matcher(r.out());
            assertTrue(m.find() && !m.group(1).isBlank(), "no help text for pok:" + c + ": " + r.out());
        }
        for (String f : FUNCTIONS) {
            JpokProcess.Result usage = batch("pok:" + f);
            assertTrue(usage.err().contains("usage: " + f), usage.err());
        }
    }

    @Test
    void everyCommandRunsOnTheDemo() throws Exception {
        Path config = systems.example("swap-demo");
        List<String> script = script(config);
        Set<String> used = script.stream().map(s -> s.split(" ")[0].substring(4)).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(listedCommands());
        missing.addAll(FUNCTIONS);
        missing.removeAll(used);
        assertEquals(Set.of(), missing, "commands the script does not use");

        JpokProcess.Result r = batch(String.join("; ", script));
        assertEquals(0, r.exitStatus(), r.out() + r.err());
        List<String> out = r.out().lines().toList();
        assertTrue(out.contains("booted " + config), r.out());
        assertTrue(out.contains("hypercall 10 for adaptive: OK (0)"), r.out());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("stopped at ")), r.out());
    }
}
