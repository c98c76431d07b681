package org.jpok.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The SDK's libc against the host's glibc: one printf and string torture
 * program, built for jpok (a partition image), natively over the SDK with a
 * Linux shim, and natively against glibc. Both native runs must agree byte
 * for byte.
 */
class LibcDifferentialTest {

    private static final Path TORTURE = SdkTestSupport.TEST_C.resolve("libc_torture.c");

    @Test
    void tortureLinksAsPartitionImage() throws Exception {
        GuestToolchain tc = SdkTestSupport.toolchain();
        Path dir = SdkTestSupport.WORK.resolve("torture-partition");
        Files.createDirectories(dir);
        Path object = dir.resolve("libc_torture.o");
        tc.compile(TORTURE, object, List.of());
        List<Path> objects = new ArrayList<>(List.of(object));
        objects.addAll(SdkTestSupport.partitionSdkObjects());
        Path elf = dir.resolve("torture.elf");
        tc.link(objects, elf);
        ElfImage image = SdkTestSupport.assertPartitionImage(elf);
        assertEquals(1, image.loads().size(), "one loadable segment expected");
    }

    @Test
    void sdkPrintfMatchesGlibcByteForByte() throws Exception {
        String sdk = SdkTestSupport.runNative(SdkTestSupport.buildNative(TORTURE, "libc_torture"));
        assertTrue(sdk.endsWith("done\n"), "torture run did not finish:\n" + sdk);

        Path host = SdkTestSupport.WORK.resolve("native/libc_torture_glibc");
        GuestToolchain.Result build = GuestToolchain.run(List.of(SdkTestSupport.GCC, "-O0", "-w", "-DHOST_GLIBC",
                TORTURE.toString(), "-o", host.toString()), host.getParent());
        assumeTrue(build.exitCode() == 0, () -> "skipped: no host glibc build: " + build.output());
        String glibc = SdkTestSupport.runNative(host);

        String[] a = sdk.split("\n", -1);
        String[] b = glibc.split("\n", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            assertEquals(b[i], a[i], "line " + (i + 1) + " differs (expected glibc, actual SDK)");
        }
        assertEquals(glibc, sdk);
    }
}
