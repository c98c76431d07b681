package org.jpok.cpu.x87;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds and runs the native i386 oracle ({@code src/test/native/x87/x87oracle.c}) on the host's x87. */
final class NativeOracle {

    private NativeOracle() {
    }

    /** Compiles the oracle into target/ with gcc -m32 (freestanding: no 32-bit libc needed). */
    static Path build() throws IOException, InterruptedException {
        Path src = Path.of("src/test/native/x87/x87oracle.c").toAbsolutePath();
        Path exe = Path.of("target/x87oracle").toAbsolutePath();
        Files.createDirectories(exe.getParent());
        Process p = new ProcessBuilder("gcc", "-m32", "-O1", "-ffreestanding", "-fno-builtin", "-nostdlib", "-static",
                "-fno-pic", "-no-pie", "-o", exe.toString(), src.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException("gcc -m32 failed for " + src + ": " + log);
        }
        return exe;
    }

    /** Runs the cases natively; returns the result records in order. */
    static byte[] run(Path exe, List<OracleCase> cases) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(exe.toString()).start();
        byte[] input = OracleCase.join(cases);
        Thread feeder = new Thread(() -> {
            try (OutputStream o = p.getOutputStream()) {
                o.write(input);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        feeder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        feeder.join();
        if (p.waitFor() != 0) {
            throw new IOException("x87 oracle exited with " + p.exitValue());
        }
        byte[] r = out.toByteArray();
        if (r.length != cases.size() * OracleCase.RESULT_SIZE) {
            throw new IOException("x87 oracle returned " + r.length + " bytes for " + cases.size() + " cases");
        }
        return r;
    }
}
