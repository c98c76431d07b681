package org.jpok.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What Tab offers for a pok: command's argument: partition names where a partition goes, BSP names for {@code bsp},
 * hypercall names for {@code hypercall}'s second argument, taken from the live system when Tab is pressed.
 */
final class Completions {

    /** The live names; each may be empty (nothing booted, no vmm BSP). */
    interface Names {
        List<String> partitions();

        List<String> bsps();

        List<String> hypercalls();
    }

    /** The commands whose arguments complete (without the pok: scope). */
    static final Set<String> COMMANDS = Set.of("threads", "mode", "restart", "mem", "disasm", "vcpu", "break", "unbreak",
            "console", "hypercall", "bsp", "hypercall-trace");

    private static final List<String> MODES = List.of("stopped", "init_cold", "init_warm");

    private Completions() {
    }

    /**
     * The candidates for argument {@code index} (1 = the first after the command) of {@code command} (with or
     * without its scope), whose earlier words are {@code words}.
     */
    static List<String> candidates(String command, int index, List<String> words, Names live) {
        String c = command.startsWith("pok:") ? command.substring(4) : command;
        List<String> out = new ArrayList<>();
        switch (c) {
            case "threads", "restart", "vcpu", "break", "unbreak" -> {
                if (index == 1) {
                    out.addAll(live.partitions());
                }
            }
            case "mem", "disasm" -> {
                if (index == 1) {
                    out.addAll(live.partitions());
                    out.add("phys");
                }
            }
            case "mode" -> {
                if (index == 1) {
                    out.addAll(live.partitions());
                } else if (index == 2) {
                    out.addAll(MODES);
                }
            }
            case "console" -> {
                if (index == 1) {
                    out.add(ConsoleCommands.FOLLOW);
                    out.addAll(live.partitions());
                } else if (index == 2 && words.size() > 1 && words.get(1).equals(ConsoleCommands.FOLLOW)) {
                    out.addAll(live.partitions());
                }
            }
            case "hypercall" -> {
                if (index == 1) {
                    out.addAll(live.partitions());
                } else if (index == 2) {
                    out.addAll(live.hypercalls());
                }
            }
            case "bsp" -> {
                if (index == 1) {
                    out.addAll(live.bsps());
                }
            }
            case "hypercall-trace" -> {
                if (index == 1) {
                    out.addAll(List.of("on", "off"));
                }
            }
            default -> {
            }
        }
        return out;
    }
}
