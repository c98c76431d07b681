package org.jpok.cpu.conformance;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds oracle32 from src/test/native with the host's gcc and runs cases through it. Only the
 * live profile and the fixture regeneration need it; {@code mvn verify} uses frozen results.
 */
final class NativeOracle implements AutoCloseable {
    private final Process process;
    private final OutputStream toOracle;
    private final DataInputStream fromOracle;

    private NativeOracle(Path binary) throws IOException {
        process = new ProcessBuilder(binary.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        toOracle = process.getOutputStream();
        fromOracle = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
    }

    /** Compiles (when stale) and starts the oracle. {@code moduleDir} is bundles/cpu. */
    static NativeOracle start(Path moduleDir) throws IOException, InterruptedException {
        return new NativeOracle(build(moduleDir));
    }

    static Path build(Path moduleDir) throws IOException, InterruptedException {
        Path source = moduleDir.resolve("src/test/native/oracle32.c");
        Path binary = moduleDir.resolve("target/native/oracle32");
        if (Files.exists(binary) && Files.getLastModifiedTime(binary).compareTo(Files.getLastModifiedTime(source)) > 0) {
            return binary;
        }
        Files.createDirectories(binary.getParent());
        List<String> cmd = List.of("gcc", "-m32", "-static", "-no-pie", "-ffreestanding", "-nostdlib", "-fno-pic",
                "-O2", "-Wall", "-o", binary.toString(), source.toString());
        Process gcc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(gcc.getInputStream().readAllBytes());
        if (!gcc.waitFor(120, TimeUnit.SECONDS) || gcc.exitValue() != 0) {
            throw new IOException("building the native oracle failed: " + String.join(" ", cmd) + "\n" + output);
        }
        return binary;
    }

    /** Sends cases (the caller reads their results with {@link #next()}, from another thread if it likes). */
    void send(List<ConformanceCase> cases) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(cases.size() * OracleWire.CASE_BYTES);
        for (ConformanceCase c : cases) {
            OracleWire.writeCase(c, buf);
        }
        toOracle.write(buf.array(), 0, buf.position());
        toOracle.flush();
    }

    /** Tells the oracle that no more cases come. */
    void finish() throws IOException {
        toOracle.close();
    }

    Outcome next() throws IOException {
        return OracleWire.readResult(fromOracle);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            toOracle.close();
        } catch (IOException ignored) {
            // already closed
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
