package org.jpok.kernel.core;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.jpok.api.kernel.RunOutcome;
import org.jpok.kernel.syscall.SyscallId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partitions that issue random syscalls (POK's ids and others, with pointers inside, across the end of and far
 * outside the partition) never make the kernel, the machine or the JVM fail: every run ends in a shutdown or
 * at its time limit, never in an ERROR, and the neighbour partition's memory is untouched.
 */
class SyscallFuzzTest {

    static final int CALLS = 120, BLOCKS = 0x2000;

    @TempDir
    Path dir;

    @Test
    void randomSyscallsNeverBreakTheKernel() throws Exception {
        long seed = Long.getLong("jpok.syscall.fuzz.seed", 20261127L);
        Random rnd = new Random(seed);
        SyscallId[] ids = SyscallId.values();
        for (int run = 0; run < 15; run++) {
            Asm a = new Asm();
            ByteBuffer data = ByteBuffer.allocate(CALLS * 24).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < CALLS; i++) {
                int id = rnd.nextInt(10) == 0 ? rnd.nextInt(1000) : ids[rnd.nextInt(ids.length)].id();
                if (id == SyscallId.SHUTDOWN.id() && rnd.nextBoolean()) {
                    id = SyscallId.GETTICK.id();
                }
                data.putInt(rnd.nextInt(7));
                for (int k = 0; k < 5; k++) {
                    data.putInt(argument(rnd));
                }
                a.syscall(id, rnd.nextInt(30) == 0 ? argument(rnd) : BLOCKS + i * 24);
            }
            a.syscall(707, BLOCKS + CALLS * 24).hang();
            byte[] tail = new byte[CALLS * 24 + 24];
            System.arraycopy(data.array(), 0, tail, 0, CALLS * 24);
            Files.write(dir.resolve("a.elf"), a.elf(BLOCKS, tail));
            Files.write(dir.resolve("b.elf"), new Asm().hang().elf(0x800, new byte[] {0x5A}));
            Path config = dir.resolve("config.yaml");
            Files.writeString(config, String.join("\n", "partitions:",
                    "  - {name: a, size: 64k, image: a.elf, hm: log, threads: {count: 3}, semaphores: 2, events: 1,",
                    "     io_ports: {first: 0x80, last: 0x80}}",
                    "  - {name: b, size: 64k, image: b.elf}",
                    "kernel:", "  scheduler:", "    major_frame: 2ms", "    slots:",
                    "      - {partition: a, duration: 1ms}", "      - {partition: b, duration: 1ms}", ""));
            try (KernelWorld w = new KernelWorld()) {
                RunOutcome o = w.run(config, 20_000_000);
                assertNotEquals(RunOutcome.Reason.ERROR, o.reason(), "seed " + seed + " run " + run + ": " + o);
                int bBase = KernelArea.PARTITIONS_BASE + 0x10000;
                byte[] b = w.board.call(() -> {
                    byte[] m = new byte[0x10000];
                    w.board.readMemory(bBase, m, 0, m.length);
                    return m;
                }).get();
                assertTrue(b[0x800] == 0x5A, "partition b's image is intact");
            }
        }
    }

    @Test
    void randomCodeOnlyEverHurtsItsOwnPartition() throws Exception {
        Random rnd = new Random(Long.getLong("jpok.code.fuzz.seed", 653L));
        for (int run = 0; run < 8; run++) {
            byte[] code = new byte[0x1000];
            rnd.nextBytes(code);
            for (int i = 0; i < code.length; i += 1 + rnd.nextInt(48)) {
                code[i] = (byte) 0xCD; // plenty of software interrupts: int 42 with random registers among them
                if (i + 1 < code.length && rnd.nextBoolean()) {
                    code[i + 1] = 42;
                }
            }
            Asm a = new Asm();
            a.b(toInts(code));
            Files.write(dir.resolve("a.elf"), a.elf(Asm.ORIGIN + code.length, new byte[4]));
            Files.write(dir.resolve("b.elf"), new Asm().hang().elf(0x800, new byte[] {0x5A}));
            Path config = dir.resolve("config.yaml");
            Files.writeString(config, String.join("\n", "partitions:",
                    "  - {name: a, size: 64k, image: a.elf, hm: restart, threads: {count: 3}, semaphores: 1}",
                    "  - {name: b, size: 64k, image: b.elf}",
                    "kernel:", "  scheduler:", "    major_frame: 2ms", "    slots:",
                    "      - {partition: a, duration: 1ms}", "      - {partition: b, duration: 1ms}", ""));
            try (KernelWorld w = new KernelWorld()) {
                RunOutcome o = w.run(config, 4_000_000);
                assertNotEquals(RunOutcome.Reason.ERROR, o.reason(), "run " + run + ": " + o);
                int bBase = KernelArea.PARTITIONS_BASE + 0x10000;
                byte marker = w.board.call(() -> {
                    byte[] m = new byte[1];
                    w.board.readMemory(bBase + 0x800, m, 0, 1);
                    return m[0];
                }).get();
                assertTrue(marker == 0x5A, "partition b's image is intact");
            }
        }
    }

    private static int[] toInts(byte[] b) {
        int[] r = new int[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[i] & 0xFF;
        }
        return r;
    }

    /** Small numbers, pointers inside the partition, pointers that straddle its end, and wild values. */
    private static int argument(Random rnd) {
        return switch (rnd.nextInt(5)) {
            case 0 -> rnd.nextInt(8);
            case 1 -> rnd.nextInt(0x10000);
            case 2 -> 0x10000 - rnd.nextInt(64);
            case 3 -> 0x10000 + rnd.nextInt(0x10000);
            default -> rnd.nextInt();
        };
    }
}
