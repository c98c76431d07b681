package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.Test;

class CompletionsTest {

    static final Completions.Names LIVE = new Completions.Names() {
        @Override
        public List<String> partitions() {
            return List.of("adaptive", "steady");
        }

        @Override
        public List<String> bsps() {
            return List.of("x86-qemu", "x86-qemu-vmm");
        }

        @Override
        public List<String> hypercalls() {
            return List.of("conswrite", "gettick");
        }
    };

    static List<String> complete(String... words) {
        return Completions.candidates(words[0], words.length - 1, List.of(words), LIVE);
    }

    @Test
    void partitionArgumentsOfferThePartitions() {
        for (String c : List.of("threads", "pok:threads", "restart", "vcpu", "break", "unbreak", "mode", "hypercall")) {
            assertEquals(List.of("adaptive", "steady"), complete(c, ""), c);
        }
        assertEquals(List.of("adaptive", "steady", "phys"), complete("pok:mem", "a"));
        assertEquals(List.of("adaptive", "steady", "phys"), complete("disasm", ""));
        assertEquals(List.of("-f", "adaptive", "steady"), complete("console", ""));
        assertEquals(List.of("adaptive", "steady"), complete("console", "-f", ""));
        assertEquals(List.of(), complete("console", "adaptive", ""), "a line count follows a partition");
    }

    @Test
    void bspHypercallAndModeArgumentsOfferTheirNames() {
        assertEquals(List.of("x86-qemu", "x86-qemu-vmm"), complete("pok:bsp", "x86"));
        assertEquals(List.of("conswrite", "gettick"), complete("hypercall", "adaptive", ""));
        assertEquals(List.of("stopped", "init_cold", "init_warm"), complete("mode", "steady", ""));
        assertEquals(List.of("on", "off"), complete("hypercall-trace", ""));
        assertEquals(List.of(), complete("threads", "adaptive", ""));
        assertEquals(List.of(), complete("status", ""));
    }

    /** The line being completed, as gogo.jline's ParsedLine shows it. */
    public interface Line {
        List<String> words();

        int wordIndex();
    }

    @Test
    void namesReadsTheLineBeingCompletedFromTheSession() throws Exception {
        Map<String, Object> vars = new HashMap<>();
        CommandSession session = (CommandSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CommandSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> vars.get(args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        NamesCommand names = new NamesCommand();
        assertEquals(List.of(), names.names(session), "no line: nothing to offer");
        vars.put(NamesCommand.COMMAND_LINE, new Line() {
            @Override
            public List<String> words() {
                return List.of("pok:mem", "");
            }

            @Override
            public int wordIndex() {
                return 1;
            }
        });
        // Nothing booted: only phys.
        assertEquals(List.of("phys"), names.names(session));
    }
}
