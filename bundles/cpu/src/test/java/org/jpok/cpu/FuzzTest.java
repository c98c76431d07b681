package org.jpok.cpu;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.RegisterContext;
import org.junit.jupiter.api.Test;

/**
 * Random byte streams at CPL 3 in a 256-byte code segment with a 4 KiB data/stack segment. Every
 * run must end in a defined way: a fault or interrupt reaching its ring-0 handler (a host call),
 * or the budget. No Java exception may escape and nothing may hang.
 */
class FuzzTest {
    private static final int RUNS = 100_000;
    private static final int CODE_SEL = 0x33, DATA_SEL = 0x3B;

    @Test
    void randomCodeAlwaysEndsDefined() {
        Guest g = new Guest();
        g.setFlat(6, Guest.CODE, 0xFF, 0xFA, 0x4);  // ring-3 code, 256 bytes, 32-bit
        g.setFlat(7, Guest.DATA, 0xFFF, 0xF2, 0x4); // ring-3 data, 4 KiB
        for (int v = 0x20; v < 256; v++) {
            g.gate(v, Guest.HANDLERS + v * 8, (v & 1) == 0 ? 0xE : 0xF, (v & 2) == 0 ? 3 : 0);
        }
        g.gate(Vectors.BP, Guest.HANDLERS + Vectors.BP * 8, 0xE, 3);
        g.gate(Vectors.OF, Guest.HANDLERS + Vectors.OF * 8, 0xE, 3);
        RegisterContext user = new RegisterContext();
        g.cpu.saveContext(user);
        int[] sels = {DATA_SEL, CODE_SEL, DATA_SEL, DATA_SEL, DATA_SEL, DATA_SEL};
        for (int s = 0; s < 6; s++) {
            user.selector[s] = sels[s];
            user.segBase[s] = s == I386.CS ? Guest.CODE : Guest.DATA;
            user.segLimit[s] = s == I386.CS ? 0xFF : 0xFFF;
            user.segAccess[s] = s == I386.CS ? 0x4FB : 0x4F3;
        }
        user.cpl = 3;
        user.halted = false;

        SplittableRandom rnd = new SplittableRandom(0x1386);
        Map<CpuExit, Integer> exits = new EnumMap<>(CpuExit.class);
        byte[] code = new byte[256];
        int[] edge = {0, 1, -1, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0x7FFFFFFF, 0x80000000, 0x100, 0x800};
        RegisterContext run = new RegisterContext();
        for (int i = 0; i < RUNS; i++) {
            rnd.nextBytes(code);
            System.arraycopy(code, 0, g.bus.ram, Guest.CODE, code.length);
            g.cpu.invalidateCode(Guest.CODE, code.length);
            run.copyFrom(user);
            for (int r = 0; r < 8; r++) {
                run.gpr[r] = rnd.nextInt(3) == 0 ? edge[rnd.nextInt(edge.length)] : rnd.nextInt(0x1000);
            }
            run.gpr[4] = 0x800 + rnd.nextInt(0x700);
            run.eip = rnd.nextInt(4);
            run.eflags = 0x202 | (rnd.nextInt() & 0x8D5) | (rnd.nextBoolean() ? Flags.DF : 0);
            g.cpu.loadContext(run);
            CpuExit e;
            try {
                e = g.cpu.run(300);
            } catch (Throwable t) {
                throw new AssertionError("run " + i + " threw on code " + hex(code, run.eip), t);
            }
            exits.merge(e, 1, Integer::sum);
            if (e == CpuExit.HOST_CALL) {
                int n = g.cpu.hostCallNumber();
                if (n < Guest.HANDLER_CALL_BASE || n > Guest.HANDLER_CALL_BASE + 255) {
                    fail("run " + i + ": host call " + n + " " + hex(code, run.eip));
                }
            } else if (e != CpuExit.BUDGET) {
                fail("run " + i + " ended with " + e + ": " + g.cpu + " code " + hex(code, run.eip));
            }
        }
        assertTrue(exits.getOrDefault(CpuExit.HOST_CALL, 0) > RUNS / 2, exits.toString());
    }

    /**
     * Random streams at CPL 0 may do anything the machine allows (load garbage tables, turn on
     * paging, halt, triple-fault), but no Java exception may escape and every run must return.
     */
    @Test
    void randomRing0CodeNeverCrashesTheCore() {
        SplittableRandom rnd = new SplittableRandom(0x0386);
        byte[] code = new byte[256];
        for (int i = 0; i < 20_000; i++) {
            Guest g = i % 500 == 0 || ring0 == null ? (ring0 = new Guest(1 << 18)) : ring0;
            rnd.nextBytes(code);
            System.arraycopy(code, 0, g.bus.ram, Guest.CODE & 0x3FFFF, code.length);
            g.cpu.invalidateCode(Guest.CODE & 0x3FFFF, code.length);
            g.ring0();
            g.cpu.setEip(Guest.CODE & 0x3FFFF);
            for (int r = 0; r < 8; r++) {
                if (r != 4) {
                    g.cpu.setGpr(r, rnd.nextInt());
                }
            }
            try {
                g.cpu.run(300);
            } catch (Throwable t) {
                throw new AssertionError("ring-0 run " + i + " threw on code " + hex(code, 0), t);
            }
        }
    }

    private Guest ring0;

    private static String hex(byte[] b, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < Math.min(b.length, from + 24); i++) {
            sb.append(String.format("%02x ", b[i] & 0xFF));
        }
        return sb.toString();
    }
}
