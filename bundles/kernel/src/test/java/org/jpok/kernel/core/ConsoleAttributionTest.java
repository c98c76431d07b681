package org.jpok.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;

import org.jpok.api.kernel.KernelInspector;
import org.jpok.api.machine.Machine;
import org.junit.jupiter.api.Test;

class ConsoleAttributionTest {

    /** The console so far; the machine keeps only its last {@link #keep} bytes. */
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private int keep = 1024;

    private final Machine machine = (Machine) Proxy.newProxyInstance(Machine.class.getClassLoader(),
            new Class<?>[] {Machine.class}, (proxy, method, args) -> switch (method.getName()) {
                case "consoleBytesWritten" -> (long) written.size();
                case "recentConsoleOutput" -> {
                    byte[] all = written.toByteArray();
                    int n = Math.min(keep, all.length);
                    yield java.util.Arrays.copyOfRange(all, all.length - n, all.length);
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private void print(String s) {
        written.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String text(KernelInspector.ConsoleText t) {
        return new String(t.bytes(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void eachByteBelongsToThePartitionOnTheCpuWhenItWasWritten() {
        ConsoleAttribution c = new ConsoleAttribution(machine);
        print("POK kernel initialized\n");
        c.onCpu(0);
        print("p1: tick 1\n");
        c.onCpu(1);
        print("p2: tick 1\n");
        c.onCpu(-1); // an idle gap
        c.onCpu(0);
        print("p1: tick 2\n");
        c.onCpu(1);
        assertEquals("p1: tick 1\np1: tick 2\n", text(c.text(0, 0)));
        assertEquals("p2: tick 1\n", text(c.text(1, 0)));
        assertEquals("POK kernel initialized\n", text(c.text(KernelInspector.CONSOLE_KERNEL, 0)));
        assertEquals(written.toString(StandardCharsets.ISO_8859_1), text(c.text(KernelInspector.CONSOLE_ALL, 0)));
    }

    @Test
    void readingFromANumberGivesOnlyNewerBytesAndTheNextNumber() {
        ConsoleAttribution c = new ConsoleAttribution(machine);
        c.onCpu(0);
        print("one\n");
        KernelInspector.ConsoleText first = c.text(0, 0);
        assertEquals(4, first.end());
        print("two\n");
        c.onCpu(1);
        print("other\n");
        c.onCpu(0);
        print("three\n");
        assertEquals("two\nthree\n", text(c.text(0, first.end())));
        assertEquals(20, c.text(0, first.end()).end());
    }

    @Test
    void bytesTheMachineNoLongerKeepsAreGone() {
        keep = 8;
        ConsoleAttribution c = new ConsoleAttribution(machine);
        c.onCpu(0);
        print("aaaaaa");
        c.onCpu(1);
        print("bbbbbb");
        assertEquals("aa", text(c.text(0, 0)));
        assertEquals("bbbbbb", text(c.text(1, 0)));
    }
}
