package org.jpok.machine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.jpok.api.cpu.CpuBus;
import org.jpok.api.cpu.CpuExit;
import org.jpok.api.device.ConsoleSink;
import org.jpok.api.machine.MachineExit;
import org.jpok.api.machine.MachineState;
import org.junit.jupiter.api.Test;

/** The command queue, the life cycle, the port bus and the memory helpers. */
class MachineControlTest {

    /** Spins forever with interrupts off. */
    static final FakeCpu.Guest SPINNER = new FakeCpu.Guest() {
        @Override
        public void boot(FakeCpu cpu, CpuBus bus) {
        }

        @Override
        public void interrupt(FakeCpu cpu, CpuBus bus, int vector) {
        }
    };

    @Test
    void stepRunsExactlyAndPauses() throws Exception {
        try (TestBoard t = new TestBoard(SPINNER)) {
            assertEquals(MachineState.READY, t.board.state());
            assertEquals(12_345L, t.board.step(12_345).get(10, TimeUnit.SECONDS));
            assertEquals(MachineState.PAUSED, t.board.state());
            assertEquals(12_345L, t.board.instructionsRetired());
            assertEquals(123_450L, t.board.virtualNanos());
            assertEquals(5L, t.board.step(5).get(10, TimeUnit.SECONDS));
            assertEquals(12_350L, t.board.call(() -> t.board.deviceClock().retiredSinceReset()).get());
        }
    }

    @Test
    void pauseResumeAndStop() throws Exception {
        try (TestBoard t = new TestBoard(SPINNER)) {
            t.board.start();
            assertThrows(IllegalStateException.class, t.board::start);
            t.board.pause();
            long frozen = t.board.call(() -> t.board.deviceClock().retiredSinceReset()).get(10, TimeUnit.SECONDS);
            assertEquals(MachineState.PAUSED, t.board.state());
            assertEquals(frozen, (long) t.board.call(() -> t.board.deviceClock().retiredSinceReset()).get(10, TimeUnit.SECONDS));
            t.board.resume();
            waitFor(() -> t.board.instructionsRetired() > frozen + 1_000_000);
            t.board.stop();
            MachineExit exit = t.board.exit().get(10, TimeUnit.SECONDS);
            assertEquals(MachineExit.Reason.STOPPED, exit.reason());
            assertEquals(MachineState.EXITED, t.board.state());
        }
    }

    @Test
    void vcpuOnlyMethodsRefuseOtherThreads() throws Exception {
        try (TestBoard t = new TestBoard(SPINNER)) {
            assertThrows(IllegalStateException.class, () -> t.board.readInt(0));
            assertThrows(IllegalStateException.class, () -> t.board.in(0x3F8, 1));
            assertThrows(IllegalStateException.class, t.board::cpu);
            assertThrows(IllegalStateException.class, t.board::clock);
            // on the vCPU thread: the board's CPU, seen through the wrapper that notes outside changes of state
            org.jpok.api.cpu.Cpu seen = t.board.call(t.board::cpu).get();
            assertEquals(t.cpu.retired(), seen.retired());
            assertSame(seen, t.board.call(t.board::cpu).get());
        }
    }

    @Test
    void memoryHelpersWriteGuestMemoryAndDropDecodedCode() throws Exception {
        try (TestBoard t = new TestBoard(SPINNER)) {
            byte[] back = t.board.call(() -> {
                t.board.writeInt(0x100, 0xCAFEBABE);
                t.board.writeMemory(0x200, new byte[] {1, 2, 3}, 0, 3);
                t.board.fillMemory(0x300, 4, (byte) 0x90);
                byte[] b = new byte[3];
                t.board.readMemory(0x200, b, 0, 3);
                return b;
            }).get();
            assertArrayEquals(new byte[] {1, 2, 3}, back);
            assertEquals(0xCAFEBABE, (int) t.board.call(() -> t.board.readInt(0x100)).get());
            assertEquals(0x90909090, (int) t.board.call(() -> t.board.readInt(0x300)).get());
            assertEquals(3, t.cpu.invalidations);
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> t.board.call(() -> t.board.readInt(t.board.memorySize() - 2)).get());
            assertTrue(e.getCause() instanceof IndexOutOfBoundsException);
        }
    }

    @Test
    void unclaimedPortsReadOnesAndAreCounted() throws Exception {
        try (TestBoard t = new TestBoard(SPINNER)) {
            assertEquals(0xFF, (int) t.board.call(() -> t.board.in(0x80, 1)).get());
            assertEquals(0xFFFF, (int) t.board.call(() -> t.board.in(0x1234, 2)).get());
            t.board.submit(() -> t.board.out(0x80, 1, 0x42)).get();
            Map<Integer, Long> counts = t.board.unclaimedPortAccesses();
            assertEquals(Map.of(0x80, 2L, 0x1234, 1L), counts);
            assertEquals(0x60, (int) t.board.call(() -> t.board.in(0x3FD, 1)).get() & 0x60, "the UART answers");
        }
    }

    @Test
    void unplugDetachesPortsAndTimersAndReplugReattaches() throws Exception {
        try (TestBoard t = new TestBoard(SPINNER)) {
            t.board.unplug(t.uart);
            assertEquals(0xFF, (int) t.board.call(() -> t.board.in(0x3FD, 1)).get());
            t.board.plug(t.uart);
            assertEquals(0x60, (int) t.board.call(() -> t.board.in(0x3FD, 1)).get() & 0x60);

            // unplugging the PIT cancels its timer and frees its ports
            t.board.submit(() -> GuestOps.programPit(t.busView(), 2, 100)).get();
            assertTrue(t.board.call(() -> t.board.deviceClock().nextEventTime()).get() < Long.MAX_VALUE);
            t.board.unplug(t.pit);
            assertEquals(Long.MAX_VALUE, (long) t.board.call(() -> t.board.deviceClock().nextEventTime()).get());
            assertEquals(0xFF, (int) t.board.call(() -> t.board.in(0x40, 1)).get());
            t.board.plug(t.pit);
            assertEquals(0x00, (int) t.board.call(() -> t.board.in(0x40, 1)).get(), "fresh PIT: count 65536 reads 0");
            t.board.plug(new Marker(0x300)); // nothing else there: accepted
            assertEquals(0x5A, (int) t.board.call(() -> t.board.in(0x300, 1)).get());
            // a device whose ports overlap another's is refused whole
            t.board.plug(new Marker(0x43, 0x301));
            assertEquals(0xFF, (int) t.board.call(() -> t.board.in(0x301, 1)).get());
            assertEquals(0xFF, (int) t.board.call(() -> t.board.in(0x43, 1)).get(), "0x43 still belongs to the PIT (write-only)");
            assertFalse(t.board.unclaimedPortAccesses().containsKey(0x43));
        }
    }

    /** A device that reads 0x5A on its ports. */
    record Marker(int... at) implements org.jpok.api.device.IoDevice {
        @Override
        public String name() {
            return "marker";
        }

        @Override
        public java.util.List<org.jpok.api.device.PortRange> ports() {
            return java.util.Arrays.stream(at).mapToObj(p -> org.jpok.api.device.PortRange.of(p, 1)).toList();
        }

        @Override
        public void attach(org.jpok.api.device.DeviceContext context) {
        }

        @Override
        public void detach() {
        }

        @Override
        public int in(int port, int size) {
            return 0x5A;
        }

        @Override
        public void out(int port, int size, int value) {
        }
    }

    @Test
    void guestExitThroughIsaDebugExitAndAcpi() throws Exception {
        try (TestBoard t = new TestBoard(new FakeCpu.Guest() {
            @Override
            public void boot(FakeCpu cpu, CpuBus bus) {
                bus.out(0x604, 2, 0x2000);
            }

            @Override
            public void interrupt(FakeCpu cpu, CpuBus bus, int vector) {
            }
        })) {
            t.board.plug(new org.jpok.devices.AcpiPowerOff());
            MachineExit exit = t.runToExit();
            assertEquals(MachineExit.Reason.GUEST, exit.reason());
            assertEquals(0, exit.status());
            assertEquals("ACPI power-off", exit.detail());
        }
    }

    @Test
    void hostCallsGoToTheHandlerAndWithoutOneStopTheMachine() throws Exception {
        FakeCpu.Guest caller = new FakeCpu.Guest() {
            @Override
            public void boot(FakeCpu cpu, CpuBus bus) {
                cpu.hostCallNumber = 7;
                cpu.forcedExit = CpuExit.HOST_CALL;
            }

            @Override
            public void interrupt(FakeCpu cpu, CpuBus bus, int vector) {
            }
        };
        try (TestBoard t = new TestBoard(caller)) {
            int[] seen = new int[1];
            t.board.setHostCallHandler((cpu, n) -> {
                seen[0] = n;
                t.board.out(0xF4, 1, n);
            });
            MachineExit exit = t.runToExit();
            assertEquals(7, seen[0]);
            assertEquals(15, exit.status());
        }
        try (TestBoard t = new TestBoard(caller)) {
            MachineExit exit = t.runToExit();
            assertEquals(MachineExit.Reason.ERROR, exit.reason());
            assertTrue(exit.detail().contains("host call 7"));
        }
    }

    @Test
    void tripleFaultIsAShutdownExit() throws Exception {
        try (TestBoard t = new TestBoard(new FakeCpu.Guest() {
            @Override
            public void boot(FakeCpu cpu, CpuBus bus) {
                cpu.forcedExit = CpuExit.SHUTDOWN;
            }

            @Override
            public void interrupt(FakeCpu cpu, CpuBus bus, int vector) {
            }
        })) {
            assertEquals(MachineExit.Reason.SHUTDOWN, t.runToExit().reason());
        }
    }

    @Test
    void aThrowingDeviceStopsTheMachineNotTheJvm() throws Exception {
        try (TestBoard t = new TestBoard(new FakeCpu.Guest() {
            @Override
            public void boot(FakeCpu cpu, CpuBus bus) {
                bus.out(0x3F8, 1, 'x'); // the sink below throws
            }

            @Override
            public void interrupt(FakeCpu cpu, CpuBus bus, int vector) {
            }
        })) {
            t.board.setConsoleSink(b -> {
                throw new IllegalStateException("sink broke");
            });
            MachineExit exit = t.runToExit();
            assertEquals(MachineExit.Reason.ERROR, exit.reason());
            assertTrue(exit.detail().contains("sink broke"), exit.detail());
            t.board.setConsoleSink(ConsoleSink.DISCARD);
            assertEquals(0, (int) t.board.call(() -> 0).get(), "the vCPU thread still serves commands");
        }
    }

    @Test
    void consoleInputReachesTheUart() throws Exception {
        try (TestBoard t = new TestBoard(SPINNER)) {
            t.board.sendConsoleInput("Q".getBytes());
            assertEquals((int) 'Q', (int) t.board.call(() -> t.board.in(0x3F8, 1)).get());
            assertFalse((t.board.call(() -> t.board.in(0x3FD, 1)).get() & 1) != 0);
        }
    }

    @Test
    void resetReturnsToPowerOn() throws Exception {
        try (TestBoard t = new TestBoard(SPINNER)) {
            t.board.step(1000).get();
            t.board.submit(() -> t.board.writeInt(0x10, 5)).get();
            t.board.reset().get();
            assertEquals(MachineState.READY, t.board.state());
            assertEquals(0, t.board.instructionsRetired());
            assertEquals(0, (int) t.board.call(() -> t.board.readInt(0x10)).get());
            assertFalse(t.board.exit().isDone(), "a fresh exit future");
        }
    }

    @Test
    void everyResetAfterAWriteClearsMemoryEvenWhenTheOneBeforeHadNothingToClear() throws Exception {
        try (TestBoard t = new TestBoard(SPINNER)) {
            t.board.reset().get(); // a fresh board: memory is still zero
            t.board.reset().get();
            t.board.submit(() -> t.board.writeMemory(0x20, new byte[] {1, 2, 3}, 0, 3)).get();
            t.board.reset().get();
            assertEquals(0, (int) t.board.call(() -> t.board.readInt(0x20)).get());
            t.board.submit(() -> t.board.fillMemory(0x40, 8, (byte) 7)).get();
            t.board.reset().get();
            assertEquals(0, (int) t.board.call(() -> t.board.readInt(0x44)).get());
        }
    }

    @Test
    void realTimePacingNeverRunsAheadOfTheWallClock() throws Exception {
        MachineSettings rt = new MachineSettings(1 << 16, 100, Pacing.REALTIME, ConsoleSink.DISCARD, new byte[0]);
        ClockAndRunLoopTest.TickingGuest guest = new ClockAndRunLoopTest.TickingGuest(false, 5); // 50 ms virtual
        try (TestBoard t = new TestBoard(guest, rt)) {
            guest.board = t.board;
            long wall0 = System.nanoTime();
            MachineExit exit = t.runToExit();
            long wall = System.nanoTime() - wall0;
            assertTrue(exit.virtualNanos() >= 50_000_000L);
            assertTrue(wall >= exit.virtualNanos(), "wall " + wall + " ns < virtual " + exit.virtualNanos() + " ns");
        }
    }

    @Test
    void badSettingsAreRejectedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MachineSettings(1 << 16, 0, Pacing.DETERMINISTIC, ConsoleSink.DISCARD, new byte[0]));
        assertTrue(e.getMessage().contains("instructions.per.microsecond"), e.getMessage());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(1);
        }
    }
}
