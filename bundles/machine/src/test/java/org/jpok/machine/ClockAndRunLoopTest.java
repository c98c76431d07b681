package org.jpok.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jpok.api.cpu.CpuBus;
import org.jpok.api.machine.MachineExit;
import org.junit.jupiter.api.Test;

/** The virtual clock against the real PIT and PIC: exact tick times, fast-forward, determinism. */
class ClockAndRunLoopTest {

    static final long TICK_1000_NS = 10_000_150_858L; // ceil(11,932,000 / 1,193,182 s) in ns
    static final long ONE_INSTRUCTION_NS = 10;

    /** Takes IRQ 0 from the PIT in mode 2 at divisor 11932; halts or spins between ticks; exits after {@code ticks}. */
    static final class TickingGuest implements FakeCpu.Guest {
        final boolean halting;
        final int ticks;
        final List<Long> tickTimes = new ArrayList<>();
        Board board;

        TickingGuest(boolean halting, int ticks) {
            this.halting = halting;
            this.ticks = ticks;
        }

        @Override
        public void boot(FakeCpu cpu, CpuBus bus) {
            GuestOps.initPic(bus, 0x01);
            GuestOps.programPit(bus, 2, 11932);
            cpu.interruptsEnabled = true;
            cpu.halted = halting;
        }

        @Override
        public void interrupt(FakeCpu cpu, CpuBus bus, int vector) {
            assertEquals(0x20, vector);
            tickTimes.add(board.clock().nanos());
            GuestOps.eoi(bus);
            if (tickTimes.size() == ticks) {
                bus.out(0xF4, 1, 0);
            }
            cpu.halted = halting;
        }
    }

    private static void assertTicksExact(TickingGuest guest) {
        for (int k = 1; k <= guest.ticks; k++) {
            long exact = (k * 11932L * 1_000_000_000L + 1193182 - 1) / 1193182;
            long got = guest.tickTimes.get(k - 1);
            assertTrue(got >= exact && got - exact <= ONE_INSTRUCTION_NS,
                    "tick " + k + " at " + got + " ns, exact " + exact + " ns");
        }
    }

    @Test
    void pitMode2ThousandthTickIsExactWhileHalting() throws Exception {
        TickingGuest guest = new TickingGuest(true, 1000);
        try (TestBoard t = new TestBoard(guest)) {
            guest.board = t.board;
            MachineExit exit = t.runToExit();
            assertEquals(MachineExit.Reason.GUEST, exit.reason());
            assertEquals(1, exit.status());
            assertTicksExact(guest);
            assertTrue(Math.abs(guest.tickTimes.get(999) - TICK_1000_NS) <= ONE_INSTRUCTION_NS);
        }
    }

    @Test
    void pitMode2ThousandthTickIsExactWhileSpinning() throws Exception {
        TickingGuest guest = new TickingGuest(false, 1000);
        try (TestBoard t = new TestBoard(guest)) {
            guest.board = t.board;
            t.runToExit();
            assertTicksExact(guest);
            assertTrue(t.board.instructionsRetired() > 999_000_000L, "10 s of spinning is 10^9 instructions");
        }
    }

    @Test
    void fastForwardSkipsHaltedTime() throws Exception {
        TickingGuest guest = new TickingGuest(true, 1000); // 10 s of virtual time, almost all halted
        try (TestBoard t = new TestBoard(guest)) {
            guest.board = t.board;
            MachineExit exit = t.runToExit();
            assertTrue(exit.virtualNanos() >= TICK_1000_NS && exit.virtualNanos() <= TICK_1000_NS + 2 * ONE_INSTRUCTION_NS,
                    "virtual time at exit: " + exit.virtualNanos());
            assertTrue(t.board.instructionsRetired() < 3000, "halted time retires nothing: " + t.board.instructionsRetired());
        }
    }

    @Test
    void anEventScheduledInsideASliceCutsIt() throws Exception {
        long[] loadedAt = new long[1];
        long[] firedAt = new long[1];
        Board[] board = new Board[1];
        FakeCpu.Guest oneShot = new FakeCpu.Guest() {
            @Override
            public void boot(FakeCpu cpu, CpuBus bus) {
                GuestOps.initPic(bus, 0x01);
                loadedAt[0] = board[0].deviceClock().nanos();
                GuestOps.programPit(bus, 0, 100); // ~84 us, far inside the first 1 ms slice
                cpu.interruptsEnabled = true;      // and spin
            }

            @Override
            public void interrupt(FakeCpu cpu, CpuBus bus, int vector) {
                firedAt[0] = board[0].deviceClock().nanos();
                bus.out(0xF4, 1, 0);
            }
        };
        try (TestBoard t = new TestBoard(oneShot)) {
            board[0] = t.board;
            t.runToExit();
            long due = loadedAt[0] + (100L * 1_000_000_000L + 1_193_181) / 1_193_182;
            assertTrue(firedAt[0] >= due && firedAt[0] - due <= ONE_INSTRUCTION_NS,
                    "fired at " + firedAt[0] + " ns, due " + due + " ns");
        }
    }

    /** Prints "tick N" on COM1 for each timer tick, spinning a tick-dependent number of instructions in between. */
    static final class PrintingGuest implements FakeCpu.Guest {
        int n;

        @Override
        public void boot(FakeCpu cpu, CpuBus bus) {
            GuestOps.initPic(bus, 0x01);
            GuestOps.programPit(bus, 3, 1193); // ~1 ms, square wave
            bus.out(0x3FB, 1, 0x03);
            cpu.interruptsEnabled = true;
            cpu.halted = true;
        }

        @Override
        public void interrupt(FakeCpu cpu, CpuBus bus, int vector) {
            n++;
            GuestOps.print(bus, "tick " + n + "\n");
            GuestOps.eoi(bus);
            if (n == 50) {
                bus.out(0xF4, 1, 7);
            }
            cpu.halted = n % 3 != 0; // spin through some ticks
        }
    }

    @Test
    void deterministicRunsAreIdentical() throws Exception {
        String[] out = new String[2];
        long[] end = new long[2];
        long[] retired = new long[2];
        for (int run = 0; run < 2; run++) {
            try (TestBoard t = new TestBoard(new PrintingGuest())) {
                MachineExit exit = t.runToExit();
                assertEquals(15, exit.status());
                out[run] = t.output();
                end[run] = exit.virtualNanos();
                retired[run] = t.board.instructionsRetired();
            }
        }
        assertTrue(out[0].startsWith("tick 1\ntick 2\n") && out[0].endsWith("tick 50\n"), out[0]);
        assertEquals(out[0], out[1]);
        assertEquals(end[0], end[1]);
        assertEquals(retired[0], retired[1]);
    }
}
