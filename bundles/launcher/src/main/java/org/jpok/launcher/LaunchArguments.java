package org.jpok.launcher;

import java.util.List;
import java.util.Map;

import org.jpok.api.kernel.VirtualTime;

/**
 * What {@code java -jar jpok.jar ARGS} asks for: the interactive shell (no arguments), a batch of
 * Gogo commands ({@code -c "cmd; cmd"}), building a project ({@code build DIR}, a batch program),
 * or running a system ({@code run <config.yaml> ...}).
 *
 * @param commands     the Gogo program of a batch run
 * @param variables    session variables for that program: operands reach commands this way, never
 *                     spliced into the program text, so any file name is safe
 * @param config       the config.yaml of a {@code run}, or the project of an interactive {@code --demo}
 * @param bsp          {@code --bsp NAME}, or null for the configuration's choice
 * @param maxTimeNanos {@code --max-time}: virtual nanoseconds, 0 = no limit
 * @param realtime     {@code --realtime}: pace virtual time by the wall clock
 */
public record LaunchArguments(Mode mode, String commands, Map<String, String> variables, String config, String bsp,
        long maxTimeNanos, boolean realtime) {

    public LaunchArguments {
        variables = Map.copyOf(variables);
    }

    public enum Mode { INTERACTIVE, BATCH, HELP, RUN }

    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar jpok.jar                 open the interactive Gogo shell",
            "       java -jar jpok.jar --demo DIR       build and run the POK project in DIR in real time, behind the shell",
            "       java -jar jpok.jar -c \"CMD; CMD\"    run Gogo commands, print their output and exit",
            "       java -jar jpok.jar build DIR        build every partition of the POK project in DIR",
            "       java -jar jpok.jar run <config.yaml> [--bsp NAME] [--max-time T] [--realtime]",
            "                                          boot and run a system; COM1 goes to standard output;",
            "                                          exit 0 on shutdown, the guest's status for port 0xF4,",
            "                                          2 on a bad configuration or image (or a file in config/",
            "                                          that cannot be applied), 3 when T (virtual, e.g. 500ms,",
            "                                          2s) has passed",
            "       java -jar jpok.jar --help          print this text");

    LaunchArguments(Mode mode, String commands) {
        this(mode, commands, Map.of(), null, null, 0, false);
    }

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
        if (first.equals("-h") || first.equals("--help")) {
            return new LaunchArguments(Mode.HELP, "");
        }
        if (first.equals("--demo")) {
            if (args.size() != 2) {
                throw new IllegalArgumentException("--demo takes exactly one argument, the project folder or its config.yaml");
            }
            return new LaunchArguments(Mode.INTERACTIVE, "", Map.of(), args.get(1), null, 0, true);
        }
        if (first.equals("build")) {
            if (args.size() != 2) {
                throw new IllegalArgumentException("build takes exactly one argument, the project folder or its config.yaml");
            }
            return new LaunchArguments(Mode.BATCH, "pok:build $project", Map.of("project", args.get(1)), null, null, 0, false);
        }
        if (first.equals("run")) {
            return parseRun(args.subList(1, args.size()));
        }
        throw new IllegalArgumentException("unknown argument '" + first + "' (try --help)");
    }

    private static LaunchArguments parseRun(List<String> args) {
        String config = null;
        String bsp = null;
        long max = 0;
        boolean realtime = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--bsp" -> bsp = value(args, ++i, a);
                case "--max-time" -> max = VirtualTime.parse(value(args, ++i, a));
                case "--realtime" -> realtime = true;
                default -> {
                    if (a.startsWith("-") || config != null) {
                        throw new IllegalArgumentException("run: unexpected argument '" + a + "' (try --help)");
                    }
                    config = a;
                }
            }
        }
        if (config == null) {
            throw new IllegalArgumentException("run needs a config.yaml (try --help)");
        }
        return new LaunchArguments(Mode.RUN, "", Map.of(), config, bsp, max, realtime);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
