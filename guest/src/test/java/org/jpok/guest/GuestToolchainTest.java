package org.jpok.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gcc driver: a whole partition build, and the messages users see when something is wrong. */
class GuestToolchainTest {

    @Test
    void buildsHelloThroughTheFullPath(@TempDir Path tmp) throws Exception {
        GuestToolchain tc = SdkTestSupport.toolchain();
        Path elf = tmp.resolve("hello.elf");
        tc.buildPartition(SdkTestSupport.EXAMPLES.resolve("hello/hello"), List.of("main.o"), tmp.resolve("obj"), elf,
                List.of());
        SdkTestSupport.assertPartitionImage(elf);
        assertTrue(Files.isRegularFile(tmp.resolve("obj/main.o")), "partition object goes to objDir");
        assertTrue(Files.isRegularFile(tmp.resolve("obj/sdk/sdk_core_entry.o")), "SDK objects go to objDir/sdk");
    }

    @Test
    void compilerErrorsComeBackAsGccPrintsThem(@TempDir Path tmp) throws Exception {
        GuestToolchain tc = SdkTestSupport.toolchain();
        Files.writeString(tmp.resolve("main.c"), "int main(void) {\n  return undefined_name;\n}\n");
        GuestBuildException e = assertThrows(GuestBuildException.class,
                () -> tc.compilePartition(tmp, List.of("main.o"), tmp.resolve("obj"), List.of()));
        assertTrue(e.getMessage().contains("main.c:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("undefined_name"), e.getMessage());
    }

    @Test
    void missingSourceAndBadObjectNamesAreNamed(@TempDir Path tmp) throws Exception {
        GuestToolchain tc = SdkTestSupport.toolchain();
        GuestBuildException missing = assertThrows(GuestBuildException.class,
                () -> tc.compilePartition(tmp, List.of("absent.o"), tmp.resolve("obj"), List.of()));
        assertTrue(missing.getMessage().contains("'absent.o' has no source absent.c"), missing.getMessage());
        GuestBuildException bad = assertThrows(GuestBuildException.class,
                () -> tc.compilePartition(tmp, List.of("../escape.o"), tmp.resolve("obj"), List.of()));
        assertTrue(bad.getMessage().contains("'../escape.o'"), bad.getMessage());
    }

    @Test
    void linkErrorsNameTheSymbol(@TempDir Path tmp) throws Exception {
        GuestToolchain tc = SdkTestSupport.toolchain();
        Files.writeString(tmp.resolve("main.c"), "void nowhere(void);\nint main(void) { nowhere(); return 0; }\n");
        List<Path> objects = tc.compilePartition(tmp, List.of("main.o"), tmp.resolve("obj"), List.of());
        objects.addAll(SdkTestSupport.partitionSdkObjects());
        GuestBuildException e = assertThrows(GuestBuildException.class, () -> tc.link(objects, tmp.resolve("p.elf")));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    @Test
    void missingGccIsReportedInOneLine(@TempDir Path tmp) {
        String reason = GuestToolchain.unusableReason("jpok-no-such-gcc", tmp).orElseThrow();
        assertTrue(reason.startsWith("jpok-no-such-gcc is not available"), reason);
        assertEquals(1, reason.lines().count(), reason);
    }

    @Test
    void trapsUseVectors42And45() throws Exception {
        SdkTestSupport.partitionSdkObjects();
        Path dir = SdkTestSupport.WORK.resolve("sdk-partition");
        String syscall = GuestToolchain.run(List.of("objdump", "-d", "sdk_core_syscall.o"), dir).output();
        String hypercall = GuestToolchain.run(List.of("objdump", "-d", "sdk_core_hypercall.o"), dir).output();
        assertTrue(syscall.contains("int    $0x2a"), syscall);
        assertTrue(hypercall.contains("int    $0x2d"), hypercall);
    }
}
