package org.jpok.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shared set-up of the guest tests: finds gcc (tests are skipped, not failed,
 * when gcc -m32 is missing), the module's folders, and builds programs that
 * run natively over the SDK through the Linux shim.
 */
final class SdkTestSupport {

    static final String GCC = System.getProperty("jpok.gcc", "gcc");
    /** The guest module's folder: the working directory, or jpok.guest.module when another module runs these. */
    static final Path MODULE = Path.of(System.getProperty("jpok.guest.module", "")).toAbsolutePath();
    static final Path SDK = MODULE.resolve("sdk");
    static final Path EXAMPLES = MODULE.resolve("examples");
    static final Path TEST_C = MODULE.resolve("src/test/c");
    static final Path WORK = Path.of("target/guest-tests").toAbsolutePath();
    static final List<String> STRICT = List.of("-Werror");

    private static Optional<String> unusable;
    private static List<Path> nativeSdkObjects;
    private static List<Path> partitionSdkObjects;

    private SdkTestSupport() {
    }

    /** Skips the calling test when gcc cannot build 32-bit code here. */
    static synchronized GuestToolchain toolchain() {
        if (unusable == null) {
            unusable = GuestToolchain.unusableReason(GCC, WORK.resolve("probe"));
        }
        assumeTrue(unusable.isEmpty(), () -> "skipped: " + unusable.get());
        return new GuestToolchain(GCC, SDK);
    }

    /** The SDK compiled once for partitions (all sources, -Werror). */
    static synchronized List<Path> partitionSdkObjects() throws GuestBuildException {
        if (partitionSdkObjects == null) {
            partitionSdkObjects = toolchain().compileSdk(WORK.resolve("sdk-partition"), STRICT);
        }
        return partitionSdkObjects;
    }

    /**
     * The SDK compiled once for native Linux runs: everything but the trap
     * layer (core/syscall.c, core/entry.c), which a shim replaces.
     */
    private static synchronized List<Path> nativeSdkObjects() throws Exception {
        if (nativeSdkObjects == null) {
            List<Path> objects = new ArrayList<>();
            for (Path o : partitionSdkObjects()) {
                String name = o.getFileName().toString();
                if (!name.equals("sdk_core_syscall.o") && !name.equals("sdk_core_entry.o")) {
                    objects.add(o);
                }
            }
            nativeSdkObjects = objects;
        }
        return nativeSdkObjects;
    }

    /** Builds a static i386 Linux program from one C file over the SDK and the Linux shim. */
    static Path buildNative(Path source, String name) throws Exception {
        return buildNative(source, name, "linux_shim");
    }

    /** Same, with another shim from src/test/c (for example "trace_shim"). */
    static Path buildNative(Path source, String name, String shim) throws Exception {
        GuestToolchain tc = toolchain();
        Path dir = WORK.resolve("native");
        Files.createDirectories(dir);
        Path object = dir.resolve(name + ".o");
        // test programs exercise printf corners on purpose (e.g. '0' with a precision)
        tc.compile(source, object, List.of("-Werror", "-Wno-format"));
        Path shimObject = dir.resolve(name + "_" + shim + ".o");
        tc.compile(TEST_C.resolve(shim + ".c"), shimObject, STRICT);
        List<String> cmd = new ArrayList<>(List.of(GCC, "-m32", "-nostdlib", "-static", "-no-pie", "-o",
                dir.resolve(name).toString(), object.toString(), shimObject.toString()));
        nativeSdkObjects().forEach(o -> cmd.add(o.toString()));
        GuestToolchain.Result r = GuestToolchain.run(cmd, dir);
        assertEquals(0, r.exitCode(), () -> "native link of " + name + " failed:\n" + r.output());
        return dir.resolve(name);
    }

    /** Checks the shape of a partition image: static i386 ELF32 linked at 0. */
    static ElfImage assertPartitionImage(Path elf) throws IOException {
        ElfImage image = ElfImage.read(elf);
        assertEquals(1, image.elfClass(), elf + ": not ELF32");
        assertEquals(2, image.type(), elf + ": not ET_EXEC");
        assertEquals(3, image.machine(), elf + ": not EM_386");
        assertEquals(0, image.lowest(), elf + ": not linked at address 0");
        org.junit.jupiter.api.Assertions.assertTrue(image.entry() > 0 && image.entry() < image.end(),
                () -> elf + ": entry 0x" + Long.toHexString(image.entry()) + " outside the image");
        return image;
    }

    /**
     * Builds source with the host's own gcc and glibc (-DHOST_GLIBC, native
     * word size) and returns its output; skips the test if that is impossible.
     */
    static String runHostGlibc(Path source, String name) throws IOException {
        Path host = WORK.resolve("native").resolve(name);
        Files.createDirectories(host.getParent());
        GuestToolchain.Result build = GuestToolchain.run(List.of(GCC, "-O0", "-w", "-DHOST_GLIBC",
                source.toString(), "-o", host.toString()), host.getParent());
        assumeTrue(build.exitCode() == 0, () -> "skipped: no host glibc build: " + build.output());
        return runNative(host);
    }

    /** Compares two program outputs line by line first, so a failure names the first differing line. */
    static void assertSameOutput(String expected, String actual, String what) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            assertEquals(e[i], a[i], what + ", line " + (i + 1));
        }
        assertEquals(expected, actual, what);
    }

    /** Runs a native program and returns its output; it must exit with 0. */
    static String runNative(Path program) throws IOException {
        GuestToolchain.Result r = GuestToolchain.run(List.of(program.toString()), program.getParent());
        assertEquals(0, r.exitCode(), () -> program + " exited with " + r.exitCode() + ":\n" + r.output());
        return r.output();
    }
}
