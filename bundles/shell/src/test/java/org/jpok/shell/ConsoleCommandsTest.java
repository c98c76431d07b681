package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jpok.api.kernel.KernelInspector;
import org.jpok.api.kernel.PartitionInfo;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.machine.Machine;
import org.jpok.api.machine.MachineState;
import org.junit.jupiter.api.Test;

class ConsoleCommandsTest {

    private String output = "";
    private MachineState state = MachineState.PAUSED;
    private final List<byte[]> sent = new ArrayList<>();

    /** A machine that only knows its console: the output set by the test, the input it was sent. */
    private final Machine machine = (Machine) Proxy.newProxyInstance(Machine.class.getClassLoader(),
            new Class<?>[] {Machine.class}, (proxy, method, args) -> switch (method.getName()) {
                case "recentConsoleOutput" -> output.getBytes(StandardCharsets.ISO_8859_1);
                case "sendConsoleInput" -> sent.add((byte[]) args[0]);
                case "state" -> state;
                default -> throw new UnsupportedOperationException(method.getName());
            });
    /** Console reads the inspector served: partition and from. */
    private final List<String> reads = new ArrayList<>();

    /** An inspector with two partitions, p1 (id 0) and p2 (id 1); p1's console text is "P1: hello\n" (bytes 0..9). */
    private final KernelInspector inspector = (KernelInspector) Proxy.newProxyInstance(
            KernelInspector.class.getClassLoader(), new Class<?>[] {KernelInspector.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "partitions" -> List.of(new PartitionInfo(0, "p1", PartitionMode.NORMAL, 0x200000, 0x10000, 2, 0),
                        new PartitionInfo(1, "p2", PartitionMode.NORMAL, 0x210000, 0x10000, 2, 0));
                case "console" -> {
                    reads.add(args[0] + "@" + args[1]);
                    byte[] all = "P1: hello\n".getBytes(StandardCharsets.ISO_8859_1);
                    long from = (Long) args[1];
                    yield new KernelInspector.ConsoleText((int) args[0] == 0 && from < all.length
                            ? java.util.Arrays.copyOfRange(all, (int) from, all.length) : new byte[0], all.length);
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });
    private final ConsoleCommands commands = new ConsoleCommands(machine, inspector);

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
    void consoleWithACountShowsTheLastLines() throws Exception {
        output = "a\nb\nc\n";
        assertEquals("b\nc\n", commands.console("2"));
        assertEquals("a\nb\nc\n", commands.console("10"));
        output = "a\nb\npartial";
        assertEquals("b\npartial", commands.console("2"));
    }

    @Test
    void consoleRejectsABadCountOrPartition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> commands.console("zero"));
        assertEquals("unknown partition 'zero'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> commands.console("0"));
        e = assertThrows(IllegalArgumentException.class, () -> commands.console("p1", "x"));
        assertEquals("bad number 'x'", e.getMessage());
    }

    @Test
    void consoleOfAPartitionShowsWhatItWrote() throws Exception {
        assertEquals("P1: hello\n", commands.console("p1"));
        assertEquals("", commands.console("p2"));
        assertEquals("P1: hello\n", commands.console("p1", "1"));
        assertEquals(List.of("0@0", "1@0", "0@0"), reads);
    }

    @Test
    void followEndsAtOnceWhenTheMachineIsNotRunning() throws Exception {
        assertEquals("(console follow ended: the machine is PAUSED)", commands.console("-f"));
        assertEquals("(console follow ended: the machine is PAUSED)", commands.console("-f", "p1"));
        // It starts after what is there already: from the end, for all partitions and for p1.
        assertEquals(List.of("-2@0", "-2@10", "0@0", "0@10"), reads);
    }

    @Test
    void sendAppendsANewline() {
        commands.send("hi\\tthere");
        assertEquals("hi\tthere\n", new String(sent.get(0), StandardCharsets.ISO_8859_1));
    }
}
