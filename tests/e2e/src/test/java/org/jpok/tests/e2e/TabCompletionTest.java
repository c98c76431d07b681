package org.jpok.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tab on the interactive console offers the live partition, BSP and hypercall names. The console needs a terminal:
 * the test runs jpok inside a detached tmux session (and is skipped where tmux is not installed).
 */
class TabCompletionTest {

    @TempDir
    static Path work;

    static String tmux(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("tmux"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** Waits up to 60 s for the screen to satisfy {@code test}; returns the last screen. */
    static String screenWhen(String session, Predicate<String> test) throws Exception {
        String screen = "";
        for (int i = 0; i < 600; i++) {
            screen = tmux("capture-pane", "-t", session, "-p");
            if (test.test(screen)) {
                return screen;
            }
            Thread.sleep(100);
        }
        return screen;
    }

    @Test
    void tabOffersTheLiveNames() throws Exception {
        try {
            new ProcessBuilder("tmux", "-V").start().waitFor();
        } catch (java.io.IOException e) {
            Assumptions.abort("tmux is not installed");
        }
        Optional<String> why = GuestSystems.unusable(work);
        Assumptions.assumeTrue(why.isEmpty(), () -> "cannot build guests: " + why.orElse(""));
        Path config = GuestSystems.create(work).example("swap-demo");
        String session = "jpok-tab-" + ProcessHandle.current().pid();
        String java = JpokProcess.currentJava().toString();
        tmux("new-session", "-d", "-s", session, "-x", "200", "-y", "50",
                "cd '" + work + "' && '" + java + "' -jar '" + JpokProcess.JAR + "'");
        try {
            assertTrue(screenWhen(session, s -> s.contains("g! ")).contains("g! "), "no prompt");
            tmux("send-keys", "-t", session, "pok:boot '" + config + "'", "Enter");
            assertTrue(screenWhen(session, s -> s.contains("booted ")).contains("booted "), "not booted");
            tmux("send-keys", "-t", session, "pok:threads ", "Tab");
            String screen = screenWhen(session, s -> s.contains("adaptive") && s.contains("steady"));
            assertTrue(screen.contains("adaptive") && screen.contains("steady"), screen);
            tmux("send-keys", "-t", session, "C-u", "pok:bsp x86-qemu-", "Tab");
            screen = screenWhen(session, s -> s.contains("pok:bsp x86-qemu-vmm"));
            assertTrue(screen.contains("pok:bsp x86-qemu-vmm"), screen);
            tmux("send-keys", "-t", session, "C-u", "pok:hypercall adaptive conw", "Tab");
            screen = screenWhen(session, s -> s.contains("pok:hypercall adaptive conswrite"));
            assertTrue(screen.contains("pok:hypercall adaptive conswrite"), screen);
        } finally {
            tmux("kill-session", "-t", session);
        }
    }
}
