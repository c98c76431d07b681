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
}
