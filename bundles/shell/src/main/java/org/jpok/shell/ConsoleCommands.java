package org.jpok.shell;

import java.nio.charset.StandardCharsets;

import org.apache.felix.service.command.Descriptor;
import org.jpok.api.machine.Machine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code pok:console} shows the recent COM1 output (the machine keeps the last 64 KiB, whatever sink
 * is set); {@code pok:send} feeds text to COM1's receiver, as if typed on the serial line. The
 * output is not split by partition: the UART cannot tell which partition wrote a byte.
 */
@Component(service = ConsoleCommands.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=console",
        "osgi.command.function=send"
})
public class ConsoleCommands {

    private final Machine machine;

    @Activate
    public ConsoleCommands(@Reference(name = "machine") Machine machine) {
        this.machine = machine;
    }

    @Descriptor("show the COM1 output kept so far (the last 64 KiB since boot, all partitions together)")
    public String console() {
        String all = new String(machine.recentConsoleOutput(), StandardCharsets.ISO_8859_1);
        return all.isEmpty() ? "no console output yet" : all;
    }

    @Descriptor("show the last lines of the COM1 output kept so far (all partitions together)")
    public String console(@Descriptor("how many lines, from the end") String lines) {
        int n = (int) Args.number(lines, 1, Integer.MAX_VALUE, "line count");
        return lastLines(new String(machine.recentConsoleOutput(), StandardCharsets.ISO_8859_1), n);
    }

    /** The last {@code n} lines of {@code text}; a final line without a newline counts as a line. */
    static String lastLines(String text, int n) {
        int end = text.endsWith("\n") ? text.length() - 1 : text.length();
        int from = end;
        for (int found = 0; found < n; found++) {
            int newline = text.lastIndexOf('\n', from - 1);
            if (newline < 0) {
                return text;
            }
            from = newline;
        }
        return text.substring(from + 1);
    }

    @Descriptor("send text to COM1's input, followed by a newline (escape sequences \\n, \\r, \\t are understood)")
    public String send(@Descriptor("the text to send (quote it if it has blanks)") String text) {
        byte[] bytes = (unescape(text) + "\n").getBytes(StandardCharsets.ISO_8859_1);
        machine.sendConsoleInput(bytes);
        return "sent " + bytes.length + " bytes";
    }

    static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
    }
}
