package org.jpok.shell;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.felix.service.command.Descriptor;
import org.jpok.api.kernel.KernelInspector;
import org.jpok.api.machine.Machine;
import org.jpok.api.machine.MachineState;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code pok:console} shows the recent COM1 output (the machine keeps the last 64 KiB, whatever sink is set), all of
 * it or one partition's (the kernel attributes each byte to the partition whose slot held the CPU when it was
 * written), or follows it while the system runs; {@code pok:send} feeds text to COM1's receiver, as if typed on the
 * serial line.
 */
@Component(service = ConsoleCommands.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=console",
        "osgi.command.function=send"
})
public class ConsoleCommands {

    static final String FOLLOW = "-f";
    /** How many kept lines a follow shows before the new output. */
    static final int FOLLOW_LINES = 10;
    /** How often a follow looks for new output, in wall milliseconds. */
    static final long POLL_MILLIS = 50;

    private final Machine machine;
    private final KernelInspector inspector;

    @Activate
    public ConsoleCommands(@Reference(name = "machine") Machine machine,
            @Reference(name = "inspector") KernelInspector inspector) {
        this.machine = machine;
        this.inspector = inspector;
    }

    @Descriptor("show the COM1 output kept so far (the last 64 KiB since boot, all partitions together)")
    public String console() {
        String all = new String(machine.recentConsoleOutput(), StandardCharsets.ISO_8859_1);
        return all.isEmpty() ? "no console output yet" : all;
    }

    @Descriptor("show the last n lines of the COM1 output, or what one partition wrote, or (-f) its last 10 lines and "
            + "then the new output while the system runs: until it pauses, stops or ends, or Ctrl-C")
    public String console(@Descriptor("a line count, a partition name, or -f") String what) throws InterruptedException {
        if (what.equals(FOLLOW)) {
            return follow(KernelInspector.CONSOLE_ALL);
        }
        if (what.matches("\\d+|0x\\p{XDigit}+")) {
            int n = (int) Args.number(what, 1, Integer.MAX_VALUE, "line count");
            return lastLines(new String(machine.recentConsoleOutput(), StandardCharsets.ISO_8859_1), n);
        }
        return text(partition(what));
    }

    @Descriptor("show the last n lines that one partition wrote, or (-f partition) follow that partition's output")
    public String console(@Descriptor("a partition name or id, or -f") String first,
            @Descriptor("a line count, or (after -f) the partition") String second) throws InterruptedException {
        if (first.equals(FOLLOW)) {
            return follow(partition(second));
        }
        int n = (int) Args.number(second, 1, Integer.MAX_VALUE, "line count");
        return lastLines(text(partition(first)), n);
    }

    private int partition(String name) {
        return Args.partition(inspector.partitions(), name).id();
    }

    private String text(int partition) {
        return new String(inspector.console(partition, 0).bytes(), StandardCharsets.ISO_8859_1);
    }

    /**
     * As {@code tail -f}: prints the last {@link #FOLLOW_LINES} lines kept, then the output as it comes while the
     * machine runs; returns once it has paused, stopped or ended (with everything written until then) or when the
     * thread is interrupted.
     */
    private String follow(int partition) throws InterruptedException {
        PrintStream out = System.out;
        KernelInspector.ConsoleText kept = inspector.console(partition, 0);
        out.print(lastLines(new String(kept.bytes(), StandardCharsets.ISO_8859_1), FOLLOW_LINES));
        long from = kept.end();
        while (true) {
            MachineState state = machine.state();
            KernelInspector.ConsoleText t = inspector.console(partition, from);
            out.write(t.bytes(), 0, t.bytes().length);
            out.flush();
            from = t.end();
            if (state != MachineState.RUNNING) {
                return "(console follow ended: the machine is " + state + ")";
            }
            Thread.sleep(POLL_MILLIS);
        }
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
