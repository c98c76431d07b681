package org.jpok.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * SDK code on jpok's own i386 core: partition images built by the SDK run
 * under {@link CpuPartitionRunner} (syscalls served by the test), and print
 * what POK semantics and glibc say they must.
 */
class CpuSmokeTest {

    @Test
    void helloPrintsItsExpectedOutput() throws Exception {
        GuestToolchain tc = SdkTestSupport.toolchain();
        Path out = SdkTestSupport.WORK.resolve("cpu/hello");
        List<Path> objects = tc.compilePartition(SdkTestSupport.EXAMPLES.resolve("hello/hello"), List.of("main.o"),
                out, SdkTestSupport.STRICT);
        objects.addAll(SdkTestSupport.partitionSdkObjects());
        Path elf = out.resolve("hello.elf");
        tc.link(objects, elf);
        CpuPartitionRunner.Outcome o = new CpuPartitionRunner(elf, 64 * 1024)
                .run((int) ElfImage.read(elf).entry(), 5_000_000);
        assertEquals("shutdown", o.end(), () -> "console so far:\n" + o.console());
        assertEquals(Files.readString(SdkTestSupport.EXAMPLES.resolve("hello/expected-output.txt")), o.console());
    }

    @Test
    void libcTortureOnTheCoreMatchesTheNativeRun() throws Exception {
        GuestToolchain tc = SdkTestSupport.toolchain();
        Path out = SdkTestSupport.WORK.resolve("cpu/torture");
        Files.createDirectories(out);
        Path object = out.resolve("libc_torture.o");
        // the float cases load their arguments with x87 instructions, which this core leaves to the x87 work
        Path source = out.resolve("libc_torture_no_float.c");
        Files.writeString(source, "#define TORTURE_NO_FLOAT 1\n#include \"" + SdkTestSupport.TEST_C.resolve("libc_torture.c")
                + "\"\n");
        tc.compile(source, object, List.of("-Wno-format"));
        List<Path> objects = new ArrayList<>(List.of(object));
        objects.addAll(SdkTestSupport.partitionSdkObjects());
        Path elf = out.resolve("torture.elf");
        tc.link(objects, elf);
        CpuPartitionRunner.Outcome o = new CpuPartitionRunner(elf, 256 * 1024)
                .run((int) ElfImage.read(elf).entry(), 200_000_000);
        String nativeRun = SdkTestSupport.runNative(SdkTestSupport.buildNative(source, "libc_torture_no_float"));
        assertEquals("main thread suspended", o.end(), () -> "console so far:\n" + o.console());
        String[] a = o.console().split("\n", -1);
        String[] b = nativeRun.split("\n", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            assertEquals(b[i], a[i], "line " + (i + 1) + " (expected: native run, actual: jpok core)");
        }
        assertEquals(nativeRun, o.console());
    }

    @Test
    void randomIntegerAndStringConversionsOnTheCoreMatchTheNativeRun() throws Exception {
        GuestToolchain tc = SdkTestSupport.toolchain();
        List<RandomPrintfDifferentialTest.Case> cases = RandomPrintfDifferentialTest.cases().stream()
                .filter(c -> !c.value().startsWith("(double)") && !c.value().contains("__builtin")).toList();
        Path out = SdkTestSupport.WORK.resolve("cpu/random");
        Files.createDirectories(out);
        Path source = out.resolve("random_int_printf.c");
        Files.writeString(source, RandomPrintfDifferentialTest.program(cases));
        Path object = out.resolve("random_int_printf.o");
        tc.compile(source, object, List.of("-Wno-format"));
        List<Path> objects = new ArrayList<>(List.of(object));
        objects.addAll(SdkTestSupport.partitionSdkObjects());
        Path elf = out.resolve("random.elf");
        tc.link(objects, elf);
        CpuPartitionRunner.Outcome o = new CpuPartitionRunner(elf, 512 * 1024)
                .run((int) ElfImage.read(elf).entry(), 200_000_000);
        String nativeRun = SdkTestSupport.runNative(SdkTestSupport.buildNative(source, "random_int_printf"));
        assertEquals("main thread suspended", o.end(), () -> "console so far:\n" + o.console());
        String[] a = o.console().split("\n", -1);
        String[] b = nativeRun.split("\n", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            assertEquals(b[i], a[i], "line " + (i + 1) + " (expected: native run, actual: jpok core)");
        }
        assertEquals(nativeRun, o.console());
    }
}
