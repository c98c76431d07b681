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

    /** Builds one C file with the SDK as a partition image and runs it on the core; it must end by suspending main. */
    private static String runOnCore(Path source, String name, int partitionSize) throws Exception {
        GuestToolchain tc = SdkTestSupport.toolchain();
        Path out = SdkTestSupport.WORK.resolve("cpu").resolve(name);
        Files.createDirectories(out);
        Path object = out.resolve(name + ".o");
        tc.compile(source, object, List.of("-Wno-format"));
        List<Path> objects = new ArrayList<>(List.of(object));
        objects.addAll(SdkTestSupport.partitionSdkObjects());
        Path elf = out.resolve(name + ".elf");
        tc.link(objects, elf);
        CpuPartitionRunner.Outcome o = new CpuPartitionRunner(elf, partitionSize)
                .run((int) ElfImage.read(elf).entry(), 200_000_000);
        assertEquals("main thread suspended", o.end(), () -> "console so far:\n" + o.console());
        return o.console();
    }

    @Test
    void libcTortureOnTheCoreMatchesTheNativeRun() throws Exception {
        // the float cases load their arguments with x87 instructions, which this core leaves to the x87 work
        Path source = SdkTestSupport.WORK.resolve("cpu/libc_torture_no_float.c");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "#define TORTURE_NO_FLOAT 1\n#include \""
                + SdkTestSupport.TEST_C.resolve("libc_torture.c") + "\"\n");
        String core = runOnCore(source, "libc_torture_no_float", 256 * 1024);
        String nativeRun = SdkTestSupport.runNative(SdkTestSupport.buildNative(source, "libc_torture_no_float"));
        SdkTestSupport.assertSameOutput(nativeRun, core, "expected: native run, actual: jpok core");
    }

    @Test
    void randomIntegerAndStringConversionsOnTheCoreMatchTheNativeRun() throws Exception {
        List<RandomPrintfDifferentialTest.Case> cases = RandomPrintfDifferentialTest.cases().stream()
                .filter(c -> !c.value().startsWith("(double)") && !c.value().contains("__builtin")).toList();
        Path source = SdkTestSupport.WORK.resolve("cpu/random_int_printf.c");
        Files.createDirectories(source.getParent());
        Files.writeString(source, RandomPrintfDifferentialTest.program(cases));
        String core = runOnCore(source, "random_int_printf", 512 * 1024);
        String nativeRun = SdkTestSupport.runNative(SdkTestSupport.buildNative(source, "random_int_printf"));
        SdkTestSupport.assertSameOutput(nativeRun, core, "expected: native run, actual: jpok core");
    }
}
