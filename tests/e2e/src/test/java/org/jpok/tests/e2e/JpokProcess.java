package org.jpok.tests.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Starts {@code java -jar jpok.jar ARGS} in a working directory of its own, as a user does. */
final class JpokProcess {

    static final Path JAR = Path.of(System.getProperty("jpok.jar", "../../distribution/target/jpok.jar")).toAbsolutePath().normalize();

    /** The outcome of a finished run. */
    record Result(int exitStatus, String out, String err) {
    }

    private JpokProcess() {
    }

    static ProcessBuilder builder(Path java, Path workingDirectory, String... args) {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingDirectory.toFile());
    }

    static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** Runs to the end with no standard input, within {@code timeoutSeconds}. */
    static Result run(Path java, Path workingDirectory, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(workingDirectory, "out", ".txt");
        Path err = Files.createTempFile(workingDirectory, "err", ".txt");
        Process process = builder(java, workingDirectory, args)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("jpok did not exit within " + timeoutSeconds + " s: " + String.join(" ", args));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    static final Path EXAMPLES = Path.of(System.getProperty("jpok.root", "../..")).resolve("guest/examples").toAbsolutePath().normalize();

    /** Copies the sources of example {@code name} into {@code home}, without build output. */
    static Path copyExample(String name, Path home) throws IOException {
        Path source = EXAMPLES.resolve(name);
        Path target = home.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.toString().endsWith(".o") && !p.toString().endsWith(".elf")) {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
