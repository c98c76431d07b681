package org.jpok.guest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Drives gcc to build partitions against the guest SDK. Every partition
 * compiles the SDK's sources itself (the SDK is a set of sources, not a
 * library), then links them with its own objects through the SDK's linker
 * script into a static i386 ELF linked at address 0.
 */
public final class GuestToolchain {

    /** Flags for every C file, partition or SDK. */
    public static final List<String> COMPILE_FLAGS = List.of(
            "-m32", "-ffreestanding", "-fno-pic", "-fno-stack-protector", "-nostdlib",
            "-O2", "-Wall", "-ffunction-sections", "-fdata-sections");

    /** Flags of the final link, before the linker script and the objects. */
    public static final List<String> LINK_FLAGS = List.of(
            "-m32", "-nostdlib", "-static", "-no-pie", "-Wl,--gc-sections",
            "-Wl,--build-id=none", "-Wl,--no-warn-rwx-segments");

    private static final long GCC_TIMEOUT_SECONDS = 120;

    private final String gcc;
    private final Path sdkRoot;

    /**
     * @param gcc     the gcc command (for example "gcc")
     * @param sdkRoot the SDK folder holding include/, src/ and partition.lds
     */
    public GuestToolchain(String gcc, Path sdkRoot) {
        this.gcc = gcc;
        this.sdkRoot = sdkRoot;
    }

    public Path sdkRoot() {
        return sdkRoot;
    }

    public Path includeDir() {
        return sdkRoot.resolve("include");
    }

    public Path linkerScript() {
        return sdkRoot.resolve("partition.lds");
    }

    /**
     * Checks that gcc exists and can compile 32-bit freestanding code.
     *
     * @return empty if usable, else a one-line reason
     */
    public static Optional<String> unusableReason(String gcc, Path scratch) {
        try {
            Files.createDirectories(scratch);
            Path probe = scratch.resolve("m32-probe.c");
            Files.writeString(probe, "int jpok_probe(int x) { return x * 2; }\n");
            Result r = run(List.of(gcc, "-m32", "-ffreestanding", "-c", probe.toString(),
                    "-o", scratch.resolve("m32-probe.o").toString()), scratch);
            if (r.exitCode() != 0) {
                return Optional.of(gcc + " cannot compile with -m32 (install gcc-multilib): "
                        + firstLine(r.output()));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(gcc + " is not available: " + e.getMessage());
        }
    }

    /** The SDK's C sources, sorted, relative order stable. */
    public List<Path> sdkSources() throws IOException {
        try (Stream<Path> files = Files.walk(sdkRoot.resolve("src"))) {
            return files.filter(p -> p.toString().endsWith(".c")).sorted().collect(Collectors.toList());
        }
    }

    /** Compiles one C file; extra flags go after the standard ones (e.g. -Werror, -D...). */
    public void compile(Path source, Path object, List<String> extraFlags) throws GuestBuildException {
        List<String> cmd = new ArrayList<>();
        cmd.add(gcc);
        cmd.addAll(COMPILE_FLAGS);
        cmd.addAll(extraFlags);
        cmd.add("-I" + includeDir());
        cmd.add("-c");
        cmd.add(source.toString());
        cmd.add("-o");
        cmd.add(object.toString());
        check(cmd, object.getParent(), "compiling " + source);
    }

    /**
     * Compiles every SDK source into objDir (one object per source, named
     * after its path) and returns the objects.
     */
    public List<Path> compileSdk(Path objDir, List<String> extraFlags) throws GuestBuildException {
        List<Path> objects = new ArrayList<>();
        try {
            Files.createDirectories(objDir);
            Path src = sdkRoot.resolve("src");
            for (Path source : sdkSources()) {
                String name = src.relativize(source).toString().replace('/', '_').replace('\\', '_');
                Path object = objDir.resolve("sdk_" + name.substring(0, name.length() - 2) + ".o");
                compile(source, object, extraFlags);
                objects.add(object);
            }
        } catch (IOException e) {
            throw new GuestBuildException("cannot read the SDK at " + sdkRoot + ": " + e.getMessage(), e);
        }
        return objects;
    }

    /** Links objects with the SDK's linker script into a partition ELF. */
    public void link(List<Path> objects, Path elf) throws GuestBuildException {
        List<String> cmd = new ArrayList<>();
        cmd.add(gcc);
        cmd.addAll(LINK_FLAGS);
        cmd.add("-T");
        cmd.add(linkerScript().toString());
        cmd.add("-o");
        cmd.add(elf.toString());
        objects.forEach(o -> cmd.add(o.toString()));
        check(cmd, elf.toAbsolutePath().getParent(), "linking " + elf);
    }

    /**
     * Compiles a partition's own objects: each name {@code x.o} of objectNames
     * comes from {@code x.c} in partitionDir and goes to objDir.
     */
    public List<Path> compilePartition(Path partitionDir, List<String> objectNames, Path objDir,
            List<String> extraFlags) throws GuestBuildException {
        List<Path> objects = new ArrayList<>();
        try {
            Files.createDirectories(objDir);
        } catch (IOException e) {
            throw new GuestBuildException("cannot create " + objDir + ": " + e.getMessage(), e);
        }
        for (String name : objectNames) {
            if (!name.endsWith(".o") || name.contains("/") || name.contains("\\")) {
                throw new GuestBuildException(partitionDir + ": object '" + name + "' must be a plain name ending in .o");
            }
            Path source = partitionDir.resolve(name.substring(0, name.length() - 2) + ".c");
            if (!Files.isRegularFile(source)) {
                throw new GuestBuildException(partitionDir + ": object '" + name + "' has no source "
                        + source.getFileName());
            }
            Path object = objDir.resolve(name);
            compile(source, object, extraFlags);
            objects.add(object);
        }
        return objects;
    }

    /**
     * Builds one partition image: its objects and the SDK are compiled into
     * objDir (the SDK into objDir/sdk), then linked into elf.
     */
    public void buildPartition(Path partitionDir, List<String> objectNames, Path objDir, Path elf,
            List<String> extraFlags) throws GuestBuildException {
        List<Path> objects = compilePartition(partitionDir, objectNames, objDir, extraFlags);
        objects.addAll(compileSdk(objDir.resolve("sdk"), extraFlags));
        link(objects, elf);
    }

    /** What a finished command printed, stdout and stderr together. */
    public record Result(int exitCode, String output) {
    }

    private static void check(List<String> cmd, Path dir, String what) throws GuestBuildException {
        Result r;
        try {
            r = run(cmd, dir);
        } catch (IOException e) {
            throw new GuestBuildException(what + ": cannot run " + cmd.get(0) + ": " + e.getMessage(), e);
        }
        if (r.exitCode() != 0) {
            throw new GuestBuildException(what + " failed:\n" + r.output());
        }
    }

    /** Runs a command in dir and collects its output (stderr merged). */
    public static Result run(List<String> cmd, Path dir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        Process p = pb.start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        try {
            if (!p.waitFor(GCC_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + " did not finish in " + GCC_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted while running " + cmd.get(0), e);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
