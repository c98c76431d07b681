package org.jpok.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class LaunchArgumentsTest {

    @Test
    void noArgumentsOpensTheConsole() {
        assertEquals(LaunchArguments.Mode.INTERACTIVE, LaunchArguments.parse(List.of()).mode());
    }

    @Test
    void dashCRunsTheGivenProgram() {
        LaunchArguments a = LaunchArguments.parse(List.of("-c", "pok:version; lb"));
        assertEquals(LaunchArguments.Mode.BATCH, a.mode());
        assertEquals("pok:version; lb", a.commands());
    }

    @Test
    void dashCWithoutItsProgramIsRefusedWithOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LaunchArguments.parse(List.of("-c")));
        assertEquals("-c takes exactly one argument, the Gogo commands to run (quote them)", e.getMessage());
    }

    @Test
    void unknownArgumentIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LaunchArguments.parse(List.of("--nope")));
        assertEquals("unknown argument '--nope' (try --help)", e.getMessage());
    }

    @Test
    void helpPrintsUsage() {
        assertEquals(LaunchArguments.Mode.HELP, LaunchArguments.parse(List.of("--help")).mode());
    }

    @Test
    void runTakesTheConfigAndItsOptions() {
        LaunchArguments a = LaunchArguments.parse(List.of("run", "sys/config.yaml", "--bsp", "x86-qemu",
                "--max-time", "250ms", "--realtime"));
        assertEquals(LaunchArguments.Mode.RUN, a.mode());
        assertEquals("sys/config.yaml", a.config());
        assertEquals("x86-qemu", a.bsp());
        assertEquals(250_000_000L, a.maxTimeNanos());
        assertEquals(true, a.realtime());
        LaunchArguments plain = LaunchArguments.parse(List.of("run", "c.yaml"));
        assertEquals(null, plain.bsp());
        assertEquals(0, plain.maxTimeNanos());
        assertEquals(false, plain.realtime());
    }

    @Test
    void runRefusesWhatItCannotUseWithOneLine() {
        assertEquals("run needs a config.yaml (try --help)",
                assertThrows(IllegalArgumentException.class, () -> LaunchArguments.parse(List.of("run"))).getMessage());
        assertEquals("run: unexpected argument 'b.yaml' (try --help)", assertThrows(IllegalArgumentException.class,
                () -> LaunchArguments.parse(List.of("run", "a.yaml", "b.yaml"))).getMessage());
        assertEquals("--bsp needs a value", assertThrows(IllegalArgumentException.class,
                () -> LaunchArguments.parse(List.of("run", "a.yaml", "--bsp"))).getMessage());
        assertEquals("bad time '5 minutes' (use e.g. 500ms, 2s, 100us)", assertThrows(IllegalArgumentException.class,
                () -> LaunchArguments.parse(List.of("run", "a.yaml", "--max-time", "5 minutes"))).getMessage());
    }

    @Test
    void timesTakeUnitsAndDefaultToMilliseconds() {
        assertEquals(7, org.jpok.api.kernel.VirtualTime.parse("7ns"));
        assertEquals(7_000, org.jpok.api.kernel.VirtualTime.parse("7us"));
        assertEquals(7_000_000, org.jpok.api.kernel.VirtualTime.parse("7"));
        assertEquals(7_000_000_000L, org.jpok.api.kernel.VirtualTime.parse("7s"));
        assertThrows(IllegalArgumentException.class, () -> org.jpok.api.kernel.VirtualTime.parse("0ms"));
        assertThrows(IllegalArgumentException.class, () -> org.jpok.api.kernel.VirtualTime.parse("999999999999999s"));
    }

    @Test
    void buildPassesTheProjectAsAVariable() {
        LaunchArguments a = LaunchArguments.parse(List.of("build", "my project/"));
        assertEquals(LaunchArguments.Mode.BATCH, a.mode());
        assertEquals("pok:build $project", a.commands());
        assertEquals("my project/", a.variables().get("project"));
    }

    @Test
    void buildWithoutAProjectIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LaunchArguments.parse(List.of("build")));
        assertEquals("build takes exactly one argument, the project folder or its config.yaml", e.getMessage());
    }

    @Test
    void demoOpensTheConsoleWithAProjectInRealTime() {
        LaunchArguments a = LaunchArguments.parse(List.of("--demo", "guest/examples/two-partitions"));
        assertEquals(LaunchArguments.Mode.INTERACTIVE, a.mode());
        assertEquals("guest/examples/two-partitions", a.config());
        assertEquals(true, a.realtime());
    }
}
