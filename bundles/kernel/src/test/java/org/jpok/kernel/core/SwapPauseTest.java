package org.jpok.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jpok.api.kernel.BspControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every hot swap records its pause (request until the guest may run again); the statistics cover them all. */
class SwapPauseTest {

    @TempDir
    Path dir;

    @Test
    void eachSwapRecordsAPositivePauseAndTheStatisticsCountThem() throws Exception {
        Files.write(dir.resolve("a.elf"), new Asm().label("loop").spin(100).jmp("loop").elf(0x800, new byte[0]));
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, String.join("\n", "partitions:", "  - {name: a, size: 64k, image: a.elf}",
                "kernel:", "  scheduler:", "    major_frame: 2ms", "    slots:", "      - {partition: a, duration: 2ms}",
                ""));
        try (KernelWorld w = new KernelWorld()) {
            w.kernel.bindBsp(new BspSwapTest.OtherBsp(), Map.of());
            w.kernel.boot(config, null);
            assertEquals(0, w.kernel.swapPauses().swaps(), "none before the first swap");
            w.kernel.run(1_000_000).get(60, TimeUnit.SECONDS);
            for (int i = 0; i < 5; i++) {
                BspControl.SwapReport r = w.kernel.swapBsp(i % 2 == 0 ? "x86-qemu-b" : "x86-qemu");
                assertTrue(r.pauseNanos() > 0, "pause of swap " + i + ": " + r.pauseNanos());
            }
            w.kernel.swapBsp("x86-qemu-b"); // already active: no swap, no pause
            BspControl.SwapPauses p = w.kernel.swapPauses();
            assertEquals(5, p.swaps());
            assertTrue(0 < p.minNanos() && p.minNanos() <= p.medianNanos() && p.medianNanos() <= p.maxNanos(),
                    p.toString());
            w.kernel.boot(config, null);
            assertEquals(0, w.kernel.swapPauses().swaps(), "a new boot starts a new record");
        }
    }

    @Test
    void theMedianIsTheLowerMiddleOfTheKeptPauses() {
        SwapPauseLog log = new SwapPauseLog();
        for (long n : new long[] {50, 10, 40, 20}) {
            log.record(n);
        }
        assertEquals(new BspControl.SwapPauses(4, 10, 20, 50), log.stats());
        log.record(30);
        assertEquals(new BspControl.SwapPauses(5, 10, 30, 50), log.stats());
    }
}
