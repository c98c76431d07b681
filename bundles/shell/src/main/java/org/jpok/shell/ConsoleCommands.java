package org.jpok.shell;

import java.nio.charset.StandardCharsets;

import org.apache.felix.service.command.Descriptor;
import org.jpok.api.machine.Machine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code pok:send}: feeds text to COM1's receiver, as if typed on the serial line. */
@Component(service = ConsoleCommands.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=send"
})
public class ConsoleCommands {

    private final Machine machine;

    @Activate
    public ConsoleCommands(@Reference(name = "machine") Machine machine) {
        this.machine = machine;
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
