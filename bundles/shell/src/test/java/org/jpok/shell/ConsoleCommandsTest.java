package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jpok.api.machine.Machine;
import org.junit.jupiter.api.Test;

class ConsoleCommandsTest {

    private String output = "";
    private final List<byte[]> sent = new ArrayList<>();

    /** A machine that only knows its console: the output set by the test, the input it was sent. */
    private final Machine machine = (Machine) Proxy.newProxyInstance(Machine.class.getClassLoader(),
            new Class<?>[] {Machine.class}, (proxy, method, args) -> switch (method.getName()) {
                case "recentConsoleOutput" -> output.getBytes(StandardCharsets.ISO_8859_1);
                case "sendConsoleInput" -> sent.add((byte[]) args[0]);
                default -> throw new UnsupportedOperationException(method.getName());
            });
    private final ConsoleCommands commands = new ConsoleCommands(machine);

    @Test
    void consoleShowsEverythingKept() {
        output = "P1: hello\nP2: world\n";
        assertEquals("P1: hello\nP2: world\n", commands.console());
    }

    @Test
    void consoleSaysSoWhenNothingWasPrinted() {
        assertEquals("no console output yet", commands.console());
    }

    @Test
    void consoleWithACountShowsTheLastLines() {
        output = "a\nb\nc\n";
        assertEquals("b\nc\n", commands.console("2"));
        assertEquals("a\nb\nc\n", commands.console("10"));
        output = "a\nb\npartial";
        assertEquals("b\npartial", commands.console("2"));
    }

    @Test
    void consoleRejectsABadCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> commands.console("zero"));
        assertEquals("bad number 'zero'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> commands.console("0"));
    }

    @Test
    void sendAppendsANewline() {
        commands.send("hi\\tthere");
        assertEquals("hi\tthere\n", new String(sent.get(0), StandardCharsets.ISO_8859_1));
    }
}
