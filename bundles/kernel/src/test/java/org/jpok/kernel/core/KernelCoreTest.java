package org.jpok.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.kernel.Errno;
import org.jpok.api.kernel.HmEvent;
import org.jpok.api.kernel.HmResponse;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.RunOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel core on the real core and board, with hand-assembled ring-3 partitions: syscalls and their argument
 * checks, faults and the health monitor's actions, context switches and slot timing.
 */
class KernelCoreTest {

    static final int SIZE = 0x10000;
    static final int PRINT = 0x800, SHUTDOWN = 0x820, BAD_PTR = 0x840, EMPTY = 0x860, TICK = 0x880;
    static final int TEXT = 0x900, RESULTS = 0xA00;
    static final int CONSWRITE = 10, GETTICK = 20, OFF = 707;

    @TempDir
    Path dir;

    /** The data every test partition carries at 0x800: argument blocks and the text {@code text}. */
    static byte[] data(String text) {
        byte[] d = new byte[0x300];
        put(d, PRINT, Asm.words(2, TEXT, text.length(), 0, 0, 0));
        put(d, SHUTDOWN, Asm.words(0, 0, 0, 0, 0, 0));
        put(d, BAD_PTR, Asm.words(2, SIZE - 2, 5, 0, 0, 0));
        put(d, EMPTY, Asm.words(0, 0, 0, 0, 0, 0));
        put(d, TICK, Asm.words(1, RESULTS + 0x40, 0, 0, 0, 0));
        put(d, TEXT, text.getBytes(StandardCharsets.US_ASCII));
        return d;
    }

    private static void put(byte[] d, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, d, at - 0x800, bytes.length);
    }

    /** Writes a two-partition system: a and b with their code, slots of 2 ms each, and the given hm actions. */
    Path system(byte[] a, String hmA, byte[] b) throws Exception {
        Files.write(dir.resolve("a.elf"), a);
        Files.write(dir.resolve("b.elf"), b);
        String yaml = String.join("\n",
                "partitions:",
                "  - name: a",
                "    size: 64k",
                "    image: a.elf",
                "    threads: {count: 2}",
                "    hm: " + hmA,
                "  - name: b",
                "    size: 64k",
                "    image: b.elf",
                "kernel:",
                "  scheduler:",
                "    major_frame: 4ms",
                "    slots:",
                "      - {partition: a, duration: 2ms}",
                "      - {partition: b, duration: 2ms}",
                "");
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, yaml);
        return config;
    }

    static byte[] hanging() {
        return new Asm().hang().elf(0x800, data("-"));
    }

    static int partitionWord(KernelWorld w, int partition, int offset) throws Exception {
        int base = KernelArea.PARTITIONS_BASE + partition * SIZE;
        return w.board.call(() -> w.board.readInt(base + offset)).get();
    }

    @Test
    void consoleWriteAndShutdown() throws Exception {
        Asm a = new Asm().syscall(CONSWRITE, PRINT).syscall(OFF, SHUTDOWN).hang();
        try (KernelWorld w = new KernelWorld()) {
            RunOutcome o = w.run(system(a.elf(0x800, data("hello\n")), "stop", hanging()), 100_000_000);
            assertEquals(RunOutcome.Reason.SHUTDOWN, o.reason());
            assertEquals(0, o.status());
            assertEquals("POK kernel initialized\nhello\n", w.console.toString());
        }
    }

    @Test
    void syscallsChangeOnlyEaxAndRefusePointersOutsideThePartition() throws Exception {
        Asm a = new Asm();
        int[] magic = {0, 0x11111111, 0x22222222, 0, 0, 0x55555555, 0x66666666, 0x77777777};
        for (int r : new int[] {Asm.ECX, Asm.EDX, Asm.EBP, Asm.ESI, Asm.EDI}) {
            a.movImm(r, magic[r]);
        }
        a.syscall(CONSWRITE, PRINT);
        for (int r = 0; r < 8; r++) {
            a.store(r, RESULTS + 4 * r);
        }
        a.syscall(CONSWRITE, BAD_PTR).storeEax(RESULTS + 0x20);
        a.syscall(CONSWRITE, 0xFFFFFFF0).storeEax(RESULTS + 0x24);
        a.syscall(CONSWRITE, SIZE - 8).storeEax(RESULTS + 0x28); // the block itself crosses the end
        a.syscall(OFF, SHUTDOWN).hang();
        try (KernelWorld w = new KernelWorld()) {
            RunOutcome o = w.run(system(a.elf(0x800, data("x\n")), "stop", hanging()), 100_000_000);
            assertEquals(RunOutcome.Reason.SHUTDOWN, o.reason());
            assertEquals(0, partitionWord(w, 0, RESULTS), "EAX = OK");
            for (int r : new int[] {Asm.ECX, Asm.EDX, Asm.EBP, Asm.ESI, Asm.EDI}) {
                assertEquals(magic[r], partitionWord(w, 0, RESULTS + 4 * r), "register " + r);
            }
            assertEquals(PRINT, partitionWord(w, 0, RESULTS + 4 * Asm.EBX), "EBX unchanged");
            assertEquals(Errno.EINVAL.code(), partitionWord(w, 0, RESULTS + 0x20));
            assertEquals(Errno.EINVAL.code(), partitionWord(w, 0, RESULTS + 0x24));
            assertEquals(Errno.EINVAL.code(), partitionWord(w, 0, RESULTS + 0x28));
            assertEquals("POK kernel initialized\nx\n", w.console.toString(), "refused writes print nothing");
            assertTrue(w.kernel.healthEvents().isEmpty());
        }
    }

    @Test
    void unknownSyscallIsEinvalAndAnIllegalRequest() throws Exception {
        Asm a = new Asm().syscall(9999, EMPTY).storeEax(RESULTS).syscall(OFF, SHUTDOWN).hang();
        try (KernelWorld w = new KernelWorld()) {
            RunOutcome o = w.run(system(a.elf(0x800, data("-")), "log", hanging()), 100_000_000);
            assertEquals(RunOutcome.Reason.SHUTDOWN, o.reason(), "hm: log lets the partition go on");
            assertEquals(Errno.EINVAL.code(), partitionWord(w, 0, RESULTS));
            HmEvent e = single(w.kernel.healthEvents());
            assertEquals(ErrorKind.ILLEGAL_REQUEST, e.kind());
            assertEquals(HmResponse.LOGGED, e.response());
            assertEquals(0, e.partition());
        }
    }

    @Test
    void cliStopsThePartitionWhileTheOtherKeepsItsWindows() throws Exception {
        Asm a = new Asm().syscall(CONSWRITE, PRINT).b(0xFA).syscall(CONSWRITE, PRINT).hang();
        Asm b = new Asm().syscall(CONSWRITE, PRINT).spin(400_000).syscall(CONSWRITE, PRINT).syscall(OFF, SHUTDOWN)
                .hang();
        try (KernelWorld w = new KernelWorld()) {
            RunOutcome o = w.run(system(a.elf(0x800, data("a\n")), "stop", b.elf(0x800, data("b\n"))), 100_000_000);
            assertEquals(RunOutcome.Reason.SHUTDOWN, o.reason());
            assertEquals("POK kernel initialized\na\nb\nb\n", w.console.toString());
            HmEvent e = single(w.kernel.healthEvents());
            assertEquals(ErrorKind.ILLEGAL_REQUEST, e.kind());
            assertEquals(HmResponse.STOPPED, e.response());
            assertEquals(PartitionMode.STOPPED, w.kernel.status().partitions().get(0).mode());
            assertTrue(e.eip() > Asm.ORIGIN && e.eip() < 0x800, "the faulting EIP is partition-relative");
            assertEquals(List.of(String.format("health monitor: partition a thread 0 eip 0x%08x ILLEGAL_REQUEST"
                    + " (exception 13, error code 0x0) -> STOPPED", e.eip())), w.log);
        }
    }

    @Test
    void int45IsAGeneralProtectionFaultUnderX86Qemu() throws Exception {
        Asm a = new Asm().b(0xCD, 45).hang();
        try (KernelWorld w = new KernelWorld()) {
            RunOutcome o = w.run(system(a.elf(0x800, data("-")), "stop", hanging()), 5_000_000);
            assertEquals(RunOutcome.Reason.TIME_LIMIT, o.reason());
            HmEvent e = single(w.kernel.healthEvents());
            assertEquals(ErrorKind.ILLEGAL_REQUEST, e.kind());
            assertTrue(e.detail().contains("exception 13"), e.detail());
        }
    }

    @Test
    void restartReloadsTheImage() throws Exception {
        // a: counter at RESULTS must be 1 after incrementing (fresh image), else print "stale"; then divide by zero.
        Asm a = new Asm().b(0xFF, 0x05).d(RESULTS).b(0x83, 0x3D).d(RESULTS).b(0x01).jne("stale")
                .syscall(CONSWRITE, PRINT).b(0x31, 0xC9, 0xF7, 0xF1).hang()
                .label("stale").syscall(OFF, SHUTDOWN).hang(); // a stale image would end the run early
        try (KernelWorld w = new KernelWorld()) {
            RunOutcome o = w.run(system(a.elf(0x800, data("a\n")), "restart", hanging()), 9_000_000);
            assertEquals(RunOutcome.Reason.TIME_LIMIT, o.reason(), "no restart saw a stale counter");
            List<HmEvent> events = w.kernel.healthEvents();
            assertTrue(events.size() >= 3, "one restart per fault: " + events);
            for (HmEvent e : events) {
                assertEquals(ErrorKind.NUMERIC_ERROR, e.kind());
                assertEquals(HmResponse.RESTARTED, e.response());
            }
            String expected = "POK kernel initialized\n" + "a\n".repeat(events.size());
            assertTrue(w.console.toString().startsWith(expected), w.console.toString());
        }
    }

    @Test
    void contextSwitchesKeepRegistersAndFpuState() throws Exception {
        Asm a = new Asm().movImm(Asm.EBX, 0x1234).movImm(Asm.ESI, 0x5678).movImm(Asm.EDI, 0x9ABC)
                .movImm(Asm.EBP, 0xDEF0).b(0xD9, 0xE8) // fld1
                .spin(600_000) // 12 ms: several slot switches to b
                .cmpImm(Asm.EBX, 0x1234).jne("bad").cmpImm(Asm.ESI, 0x5678).jne("bad")
                .cmpImm(Asm.EDI, 0x9ABC).jne("bad").cmpImm(Asm.EBP, 0xDEF0).jne("bad")
                .b(0xD9, 0x1D).d(RESULTS) // fstp dword [RESULTS]
                .syscall(CONSWRITE, PRINT).syscall(OFF, SHUTDOWN).hang()
                .label("bad").hang();
        Asm b = new Asm().movImm(Asm.EBX, 1).movImm(Asm.ESI, 2).movImm(Asm.EDI, 3).movImm(Asm.EBP, 4);
        for (int i = 0; i < 7; i++) {
            b.b(0xD9, 0xEB); // fldpi
        }
        b.hang();
        try (KernelWorld w = new KernelWorld()) {
            RunOutcome o = w.run(system(a.elf(0x800, data("ok\n")), "stop", b.elf(0x800, data("-"))), 100_000_000);
            assertEquals(RunOutcome.Reason.SHUTDOWN, o.reason(), w.console.toString());
            assertEquals("POK kernel initialized\nok\n", w.console.toString());
            assertEquals(Float.floatToIntBits(1.0f), partitionWord(w, 0, RESULTS), "st0 survived b's fldpi");
            assertTrue(o.virtualNanos() > 10_000_000, "a spun across b's windows");
        }
    }

    @Test
    void theSecondSlotStartsAtItsExactTime() throws Exception {
        Asm b = new Asm().syscall(GETTICK, TICK).syscall(OFF, SHUTDOWN).hang();
        try (KernelWorld w = new KernelWorld()) {
            RunOutcome o = w.run(system(hanging(), "stop", b.elf(0x800, data("-"))), 100_000_000);
            assertEquals(RunOutcome.Reason.SHUTDOWN, o.reason());
            long t = (partitionWord(w, 1, RESULTS + 0x40) & 0xFFFFFFFFL)
                    | ((long) partitionWord(w, 1, RESULTS + 0x44) << 32);
            assertTrue(t >= 2_000_000 && t < 2_001_000, "b's first instructions run just after 2 ms: " + t);
        }
    }

    @Test
    void badImagesAndConfigsStartNothing() throws Exception {
        try (KernelWorld w = new KernelWorld()) {
            byte[] notElf = "not an elf".getBytes(StandardCharsets.US_ASCII);
            String error = w.bootError(system(notElf, "stop", hanging()));
            assertNotNull(error);
            assertTrue(error.contains("a.elf") && !error.contains("\n"), error);
            Path missing = dir.resolve("missing.yaml");
            assertTrue(w.bootError(missing).contains("missing.yaml"));
            assertEquals("READY", w.kernel.status().machine());
            assertEquals(0, w.board.instructionsRetired());
        }
    }

    @Test
    void aLateThreadIsADeadlineMissForTheHealthMonitor() throws Exception {
        int attr = 0xB00, create = 0xB40, normal = 0xB60;
        Asm a = new Asm().jmp("main");
        int worker = a.here();
        a.hang().label("main").syscall(50, create).storeEax(RESULTS).syscall(404, normal).hang();
        byte[] d = data("-");
        byte[] full = new byte[0x400];
        System.arraycopy(d, 0, full, 0, d.length);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(full).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put(attr - 0x800, (byte) 10).putInt(attr - 0x800 + 4, worker).putLong(attr - 0x800 + 8, 4_000_000L)
                .putLong(attr - 0x800 + 16, 1_000_000L);
        b.putInt(create - 0x800, 2).putInt(create - 0x800 + 4, RESULTS + 4).putInt(create - 0x800 + 8, attr);
        b.putInt(normal - 0x800, 1).putInt(normal - 0x800 + 4, PartitionMode.NORMAL.code());
        try (KernelWorld w = new KernelWorld()) {
            RunOutcome o = w.run(system(a.elf(0x800, full), "log", hanging()), 3_000_000);
            assertEquals(RunOutcome.Reason.TIME_LIMIT, o.reason());
            assertEquals(0, partitionWord(w, 0, RESULTS), "THREAD_CREATE is OK");
            HmEvent e = single(w.kernel.healthEvents());
            assertEquals(ErrorKind.DEADLINE_MISSED, e.kind());
            assertEquals(HmResponse.LOGGED, e.response());
            assertEquals(partitionWord(w, 0, RESULTS + 4), e.thread(), "the worker's gid");
            assertTrue(e.timeNs() >= 1_000_000 && e.timeNs() <= 2_000_000, "found at the first tick past 1 ms");
        }
    }

    @Test
    void theTimeLimitStopsGuestCodeAtThatInstant() throws Exception {
        Asm a = new Asm().label("loop").syscall(CONSWRITE, PRINT).spin(1000).jmp("loop");
        try (KernelWorld w = new KernelWorld()) {
            RunOutcome o = w.run(system(a.elf(0x800, data("a")), "stop", hanging()), 1_500_000);
            assertEquals(RunOutcome.Reason.TIME_LIMIT, o.reason());
            assertTrue(o.virtualNanos() >= 1_500_000 && o.virtualNanos() < 1_500_100, "at " + o.virtualNanos());
            int printed = w.console.length() - "POK kernel initialized\n".length();
            // each round is about 2,000 instructions (20 us) plus the syscall: no round may start after 1.5 ms
            assertTrue(printed > 50 && printed <= 75, printed + " rounds");
            long retired = w.board.instructionsRetired();
            assertTrue(retired <= 150_010, "no guest instruction ran after the limit: " + retired);
        }
    }

    @Test
    void misalignedAccessWithEflagsAcIsAnAlignmentFault() throws Exception {
        Asm a = new Asm().b(0x9C).b(0x81, 0x0C, 0x24).d(0x40000).b(0x9D) // pushfd; or [esp], AC; popfd
                .b(0xA1).d(0x801).hang(); // mov eax, [0x801]
        try (KernelWorld w = new KernelWorld()) {
            w.run(system(a.elf(0x800, data("-")), "stop", hanging()), 2_000_000);
            HmEvent e = single(w.kernel.healthEvents());
            assertEquals(ErrorKind.HARDWARE_FAULT, e.kind());
            assertTrue(e.detail().contains("exception 17"), e.detail());
        }
    }

    @Test
    void anUnmaskedX87ErrorIsAFloatingPointFault() throws Exception {
        Asm a = new Asm().b(0xDB, 0xE3).b(0xD9, 0x2D).d(0xB00) // fninit; fldcw [0xB00]
                .b(0xD9, 0xE8, 0xD9, 0xEE, 0xDE, 0xF9).b(0x9B).hang(); // fld1; fldz; fdivp; fwait
        byte[] d = data("-");
        byte[] full = new byte[0x400];
        System.arraycopy(d, 0, full, 0, d.length);
        full[0xB00 - 0x800] = 0x7B; // control word 0x037B: zero-divide unmasked
        full[0xB01 - 0x800] = 0x03;
        try (KernelWorld w = new KernelWorld()) {
            w.run(system(a.elf(0x800, full), "stop", hanging()), 2_000_000);
            HmEvent e = single(w.kernel.healthEvents());
            assertEquals(ErrorKind.HARDWARE_FAULT, e.kind());
            assertTrue(e.detail().contains("exception 16"), e.detail());
        }
    }

    @Test
    void aRunStoppedAtItsTimeLimitContinuesWithTheNextRun() throws Exception {
        Asm a = new Asm();
        for (int i = 0; i < 6; i++) {
            a.syscall(CONSWRITE, PRINT).spin(50_000); // 1 ms per round
        }
        a.syscall(OFF, SHUTDOWN).hang();
        Path config = system(a.elf(0x800, data("a")), "stop", hanging());
        try (KernelWorld w = new KernelWorld()) {
            w.kernel.boot(config, null);
            RunOutcome first = w.kernel.run(2_500_000).get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(RunOutcome.Reason.TIME_LIMIT, first.reason());
            assertEquals(2_500_000, first.virtualNanos(), 10);
            String part = w.console.toString();
            assertEquals("POK kernel initialized\naa", part, "two rounds in a's first 2 ms window");
            RunOutcome rest = w.kernel.run(0).get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(RunOutcome.Reason.SHUTDOWN, rest.reason());
            assertEquals("POK kernel initialized\naaaaaa", w.console.toString());
        }
    }

    @Test
    void aDeactivatedKernelStopsItsSystem() throws Exception {
        try (KernelWorld w = new KernelWorld()) {
            w.kernel.boot(system(hanging(), "stop", hanging()), null);
            java.util.concurrent.CompletableFuture<RunOutcome> run = w.kernel.run(0);
            w.kernel.deactivate();
            RunOutcome o = run.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(RunOutcome.Reason.STOPPED, o.reason());
            assertEquals("EXITED", w.board.state().name());
            assertTrue(w.kernel.status().partitions().isEmpty(), "no system is booted any more");
        }
    }

    @Test
    void errorGetWithoutAnErrorIsUnavailable() throws Exception {
        int block = 0xB00;
        Asm a = new Asm().syscall(304, block).storeEax(RESULTS).syscall(OFF, SHUTDOWN).hang();
        byte[] d = data("-");
        byte[] full = new byte[0x400];
        System.arraycopy(d, 0, full, 0, d.length);
        System.arraycopy(Asm.words(2, 0xC00, 0, 0, 0, 0), 0, full, block - 0x800, 24);
        try (KernelWorld w = new KernelWorld()) {
            RunOutcome o = w.run(system(a.elf(0x800, full), "stop", hanging()), 100_000_000);
            assertEquals(RunOutcome.Reason.SHUTDOWN, o.reason());
            assertEquals(Errno.UNAVAILABLE.code(), partitionWord(w, 0, RESULTS));
        }
    }

    private static HmEvent single(List<HmEvent> events) {
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }
}
