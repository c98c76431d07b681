package org.jpok.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar jpok.jar build DIR} on an example project, on broken C, and on a bad configuration. */
class BuildModeTest {

    @TempDir
    Path home;

    @Test
    void buildsEveryPartitionOfAnExampleIntoAnI386Elf() throws Exception {
        Path project = JpokProcess.copyExample("two-partitions", home);
        JpokProcess.Result r = JpokProcess.run(JpokProcess.currentJava(), home, 180, "build", project.toString());
        assertEquals(0, r.exitStatus(), r.out() + r.err());
        for (String partition : new String[] {"p1", "p2"}) {
            Path elf = project.resolve(partition).resolve(partition + ".elf");
            byte[] header = Files.readAllBytes(elf);
            assertEquals(0x7F, header[0]);
            assertEquals('E', header[1]);
            assertEquals(1, header[4], "ELFCLASS32");
            assertEquals(3, header[18], "EM_386");
            assertTrue(r.out().contains("built " + partition + ": " + partition + "/" + partition + ".elf"), r.out());
        }
    }

    @Test
    void compilerErrorsArePrintedAsGccPrintsThemAndFailTheBuild() throws Exception {
        Path project = JpokProcess.copyExample("two-partitions", home);
        Files.writeString(project.resolve("p2/main.c"), "int main(void) { return undefined_thing; }\n");
        JpokProcess.Result r = JpokProcess.run(JpokProcess.currentJava(), home, 180, "build", project.toString());
        assertEquals(1, r.exitStatus());
        assertTrue(r.err().contains("p2/main.c:1:25: error: ‘undefined_thing’ undeclared"), r.err());
        assertTrue(r.err().strip().endsWith("1 of 2 partitions of " + project.resolve("config.yaml") + " failed to build"), r.err());
        assertTrue(Files.exists(project.resolve("p1/p1.elf")), "the healthy partition is still built");
    }

    @Test
    void aBadConfigurationNamesFileAndLineAndBuildsNothing() throws Exception {
        Path project = JpokProcess.copyExample("two-partitions", home);
        Path config = project.resolve("config.yaml");
        Files.writeString(config, Files.readString(config).replace("size: 64K", "size: 100"));
        JpokProcess.Result r = JpokProcess.run(JpokProcess.currentJava(), home, 120, "build", project.toString());
        assertEquals(1, r.exitStatus());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("jpok: " + config + ":"), r.err());
        assertTrue(r.err().contains("multiple of 16"), r.err());
        assertTrue(Files.notExists(project.resolve("p1/p1.elf")));
    }
}
