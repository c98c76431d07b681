package org.jpok.launcher;

import java.util.List;
import java.util.Map;

/**
 * What {@code java -jar jpok.jar ARGS} asks for: the interactive shell (no arguments), a batch of
 * Gogo commands ({@code -c "cmd; cmd"}), or a mode that maps onto commands ({@code build DIR}).
 * Operands reach the commands as session variables, never spliced into the program text, so any
 * file name is safe.
 */
public record LaunchArguments(Mode mode, String commands, Map<String, String> variables) {

    public LaunchArguments {
        variables = Map.copyOf(variables);
    }

    LaunchArguments(Mode mode, String commands) {
        this(mode, commands, Map.of());
    }

    public enum Mode { INTERACTIVE, BATCH, HELP }

    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar jpok.jar                 open the interactive Gogo shell",
            "       java -jar jpok.jar -c \"CMD; CMD\"    run Gogo commands, print their output and exit",
            "       java -jar jpok.jar build DIR        build every partition of the POK project in DIR",
            "       java -jar jpok.jar --help          print this text");

    /** Parses the launcher's arguments; a bad argument raises {@link IllegalArgumentException} with a one-line message. */
    public static LaunchArguments parse(List<String> args) {
        if (args.isEmpty()) {
            return new LaunchArguments(Mode.INTERACTIVE, "");
        }
        String first = args.get(0);
        if (first.equals("-c") || first.equals("--command")) {
            if (args.size() != 2) {
                throw new IllegalArgumentException(first + " takes exactly one argument, the Gogo commands to run (quote them)");
            }
            return new LaunchArguments(Mode.BATCH, args.get(1));
        }
        if (first.equals("build")) {
            if (args.size() != 2) {
                throw new IllegalArgumentException("build takes exactly one argument, the project folder or its config.yaml");
            }
            return new LaunchArguments(Mode.BATCH, "pok:build $project", Map.of("project", args.get(1)));
        }
        if (first.equals("-h") || first.equals("--help")) {
            return new LaunchArguments(Mode.HELP, "");
        }
        throw new IllegalArgumentException("unknown argument '" + first + "' (try --help)");
    }
}
