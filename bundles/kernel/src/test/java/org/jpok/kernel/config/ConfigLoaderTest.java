package org.jpok.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jpok.api.kernel.HmAction;
import org.jpok.kernel.elf.TestElf;
import org.jpok.kernel.port.PortKind;
import org.jpok.kernel.sched.SchedulerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    static final String VALID = String.join("\n",
            "target:",
            "  arch: x86",
            "  bsp: x86-qemu-vmm",
            "partitions:",
            "  - name: pr1",
            "    size: 64k",
            "    objects: [main.o]",
            "    threads:",
            "      count: 3",
            "      features: [sleep]",
            "    features: [console, libc]",
            "    scheduler: STATIC",
            "    semaphores: 1",
            "    mutexes: 2",
            "    hm: restart",
            "    io_ports: {first: 0x3F8, last: 0x3FF}",
            "  - name: pr2",
            "    size: 131072",
            "    scheduler: edf",
            "    events: 1",
            "    image: build/second.elf",
            "kernel:",
            "  features: [debug]",
            "  scheduler:",
            "    major_frame: 1s",
            "    slots:",
            "      - {partition: pr1, duration: 300ms}",
            "      - {partition: pr2, duration: 200000000}",
            "      - {partition: pr1, duration: 0.1s}",
            "ports:",
            "  - kind: sampling",
            "    size: 32",
            "    source: {partition: pr1, port: speed_out}",
            "    destinations:",
            "      - {partition: pr2, port: speed_in}",
            "  - kind: queuing",
            "    size: 1k",
            "    source: {partition: pr2, port: cmd_out}",
            "    destinations: [{partition: pr1, port: cmd_in}]",
            "");

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, text);
        return file;
    }

    private void writeImages() throws IOException {
        Files.createDirectories(dir.resolve("pr1"));
        Files.write(dir.resolve("pr1/pr1.elf"), TestElf.simple());
        Files.createDirectories(dir.resolve("build"));
        Files.write(dir.resolve("build/second.elf"), TestElf.simple());
    }

    /** Parses {@code text} without images and returns the error message. */
    private String error(String text) throws IOException {
        Path file = write(text);
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(false).read(file));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    private String errorReplacing(String from, String to) throws IOException {
        assertTrue(VALID.contains(from), from);
        return error(VALID.replace(from, to));
    }

    @Test
    void readsEverySectionOfAValidFile() throws Exception {
        writeImages();
        SystemConfig c = ConfigLoader.load(write(VALID));
        assertEquals(BspKind.X86_QEMU_VMM, c.target().bsp());
        assertEquals(2, c.partitions().size());
        PartitionConfig p1 = c.partitions().get(0);
        assertEquals("pr1", p1.name());
        assertEquals(0, p1.index());
        assertEquals(65536, p1.size());
        assertEquals(3, p1.threads());
        assertEquals(Set.of("sleep"), p1.threadFeatures());
        assertEquals(Set.of("console", "libc"), p1.features());
        assertEquals(SchedulerKind.STATIC, p1.scheduler());
        assertEquals(3, p1.lockObjects());
        assertEquals(HmAction.RESTART, p1.hm());
        assertEquals(new IoPortRange(0x3F8, 0x3FF), p1.ioPorts());
        assertEquals(dir.resolve("pr1/pr1.elf").toAbsolutePath(), p1.image().toAbsolutePath());
        PartitionConfig p2 = c.partitions().get(1);
        assertEquals(SchedulerKind.EDF, p2.scheduler());
        assertEquals(HmAction.STOP, p2.hm(), "stop is the default");
        assertEquals(IoPortRange.NONE, p2.ioPorts());
        assertFalse(p2.ioPorts().contains(0));
        assertEquals(dir.resolve("build/second.elf").toAbsolutePath(), p2.image());
        assertEquals(Set.of("debug"), c.kernelFeatures());
        assertEquals(1_000_000_000L, c.schedule().majorFrameNs());
        assertEquals(List.of(new Slot(0, 300_000_000L), new Slot(1, 200_000_000L), new Slot(0, 100_000_000L)),
                c.schedule().slots());
        assertEquals(2, c.channels().size());
        ChannelConfig q = c.channels().get(1);
        assertEquals(PortKind.QUEUING, q.kind());
        assertEquals(1024, q.size());
        assertEquals(new PortRef("cmd_out", 1), q.source());
        assertEquals(List.of(new PortRef("cmd_in", 0)), q.destinations());
        assertEquals(c.partitions().get(1), c.partition("pr2"));
    }

    @Test
    void defaultsFollowPok() throws Exception {
        SystemConfig c = new ConfigLoader(false).read(write(String.join("\n",
                "partitions:", "  - name: a", "    size: 64k",
                "kernel:", "  scheduler:", "    slots:", "      - {partition: a, duration: 10ms}", "")));
        assertEquals(BspKind.X86_QEMU, c.target().bsp());
        PartitionConfig a = c.partitions().get(0);
        assertEquals(1, a.threads());
        assertEquals(SchedulerKind.RR, a.scheduler());
        assertEquals(10_000_000L, c.schedule().majorFrameNs(), "major frame defaults to the slot sum");
        assertTrue(c.channels().isEmpty());
        assertEquals(dir.resolve("a").resolve("a.elf"), a.image());
    }

    @Test
    void unknownKeysAreNamedWithTheirLine() throws IOException {
        String m = errorReplacing("    semaphores: 1", "    semaphore: 1");
        assertTrue(m.startsWith(dir.resolve("config.yaml") + ":13: partitions[0].semaphore: unknown key"), m);
        assertTrue(errorReplacing("  arch: x86", "  arch: x86\n  colour: red").contains(":3: target.colour"));
        assertTrue(errorReplacing("kernel:", "extra: 1\nkernel:").contains(":22: extra: unknown key"));
    }

    @Test
    void slotSumOverTheMajorFrameIsRefused() throws IOException {
        String m = errorReplacing("major_frame: 1s", "major_frame: 500ms");
        assertTrue(m.contains(":25: kernel.scheduler.major_frame: the slots add up to 600000000 ns, more than"
                + " the major frame of 500000000 ns"), m);
    }

    @Test
    void unknownPartitionInASlotIsRefused() throws IOException {
        String m = errorReplacing("{partition: pr2, duration: 200000000}", "{partition: pr3, duration: 2ms}");
        assertTrue(m.contains(":28: kernel.scheduler.slots[1].partition: unknown partition 'pr3'"), m);
    }

    @Test
    void sizesMustBeMultiplesOf16() throws IOException {
        String m = errorReplacing("size: 131072", "size: 1000");
        assertTrue(m.contains(":18: partitions[1].size: size 1000 must be a positive multiple of 16"), m);
        assertTrue(errorReplacing("size: 131072", "size: 0").contains("positive multiple of 16"));
        assertTrue(errorReplacing("size: 64k", "size: 64 parsecs").contains("is not a size"));
    }

    @Test
    void badUnitsAreRefused() throws IOException {
        String m = errorReplacing("duration: 300ms", "duration: 300 fortnights");
        assertTrue(m.contains(":27: kernel.scheduler.slots[0].duration: '300 fortnights' is not a time"), m);
        assertTrue(errorReplacing("duration: 300ms", "duration: 0ms").contains("must be positive"));
    }

    @Test
    void duplicatesAreRefused() throws IOException {
        assertTrue(errorReplacing("name: pr2", "name: pr1").contains("duplicate partition name 'pr1'"));
        assertTrue(errorReplacing("port: cmd_in", "port: speed_in").contains("duplicate port name 'speed_in'"));
        assertTrue(errorReplacing("    mutexes: 2", "    mutexes: 2\n    mutexes: 3").contains(":15:"));
    }

    @Test
    void badValuesAreRefused() throws IOException {
        assertTrue(errorReplacing("bsp: x86-qemu-vmm", "bsp: sparc-leon").contains("unknown BSP 'sparc-leon'"));
        assertTrue(errorReplacing("arch: x86", "arch: ppc").contains("only arch x86"));
        assertTrue(errorReplacing("scheduler: edf", "scheduler: lottery").contains("unknown scheduler 'lottery'"));
        assertTrue(errorReplacing("hm: restart", "hm: panic").contains("unknown health-monitor action 'panic'"));
        assertTrue(errorReplacing("[console, libc]", "[console, fax]").contains("unknown feature 'fax'"));
        assertTrue(errorReplacing("[debug]", "[turbo]").contains("kernel.features: unknown feature"));
        assertTrue(errorReplacing("count: 3", "count: 0").contains("out of range"));
        assertTrue(errorReplacing("last: 0x3FF", "last: 0x3F0").contains("below first port"));
        assertTrue(errorReplacing("last: 0x3FF", "last: 0x10000").contains("out of range"));
        assertTrue(errorReplacing("name: pr2", "name: \"p r2\"").contains("C identifier"));
        assertTrue(errorReplacing("kind: sampling", "kind: carrier-pigeon").contains("unknown port kind"));
        assertTrue(errorReplacing("destinations: [{partition: pr1, port: cmd_in}]",
                "destinations: [{partition: pr1, port: a}, {partition: pr2, port: b}]")
                .contains("exactly one destination"));
        assertTrue(errorReplacing("source: {partition: pr1, port: speed_out}",
                "source: {partition: nobody, port: speed_out}").contains("unknown partition 'nobody'"));
        assertTrue(errorReplacing("  bsp: x86-qemu-vmm", "  bsp: x86-qemu\n  nb_processors_number: 2")
                .contains("out of range [1, 1]"));
    }

    @Test
    void missingSectionsAreNamed() throws IOException {
        assertTrue(error("target:\n  arch: x86\n").contains("missing required key 'partitions'"));
        assertTrue(error("partitions:\n  - name: a\n    size: 64k\n").contains("missing required key 'kernel'"));
        assertTrue(error("partitions:\n  - size: 16\nkernel: {}\n").contains(":2: partitions[0]: missing required"
                + " key 'name'"));
        assertTrue(error("partitions: []\nkernel: {}\n").contains("at least one partition"));
        assertTrue(error("").contains(":1: the file is empty"));
    }

    @Test
    void yamlSyntaxErrorsHaveALine() throws IOException {
        String m = error("partitions:\n  - name: a\n   size: [16\nkernel: {}\n");
        assertTrue(m.contains("not valid YAML"), m);
        assertTrue(m.matches(".*config\\.yaml:\\d+: .*"), m);
        assertTrue(error("- just\n- a list\n").contains("expected a mapping"));
    }

    @Test
    void missingAndBrokenImagesAreRefused() throws Exception {
        Path file = write(VALID);
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertTrue(e.getMessage().contains(":5: partitions[0].name: partition 'pr1' image "), e.getMessage());
        assertTrue(e.getMessage().endsWith("is missing"), e.getMessage());

        writeImages();
        Files.write(dir.resolve("build/second.elf"), "#!/bin/sh\n".getBytes());
        e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertTrue(e.getMessage().contains(":21: partitions[1].image: partition 'pr2' image"), e.getMessage());
        assertTrue(e.getMessage().contains("not a loadable i386 ELF: not an ELF file"), e.getMessage());

        Files.write(dir.resolve("build/second.elf"),
                TestElf.builder().load(0, new byte[4], 200_000).build());
        e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertTrue(e.getMessage().contains("does not fit in the partition of 131072 bytes"), e.getMessage());
    }

    @Test
    void partitionsNeedRoomForTheirThreadStacks() throws Exception {
        assertTrue(errorReplacing("size: 131072", "size: 16k").contains(":18: partitions[1].size: a partition of"
                + " 16384 bytes has no room for the user stacks of 1 thread(s): they need 16388 bytes"));
        assertTrue(errorReplacing("count: 3", "count: 8").contains(":9: partitions[0].threads: a partition of"
                + " 65536 bytes has no room"));
        writeImages();
        Files.write(dir.resolve("build/second.elf"), TestElf.builder().load(0, new byte[4], 120_000).build());
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(write(VALID)));
        assertTrue(e.getMessage().contains("ends at 0x1d4c0 but the stacks of 1 thread(s) start at 0x1bffc: make"
                + " the partition at least 136400 bytes"), e.getMessage());
    }

    @Test
    void missingConfigFileIsAOneLineError() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir.resolve("nope.yaml")));
        assertTrue(e.getMessage().endsWith("nope.yaml: no such file"), e.getMessage());
    }
}
