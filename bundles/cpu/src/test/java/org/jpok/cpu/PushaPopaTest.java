package org.jpok.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.RegisterContext;
import org.junit.jupiter.api.Test;

/**
 * pusha and popa move eight dwords with one translation when the 32 bytes lie in one page and pass the
 * segment limit; the results, faults and fault addresses must be those of eight single moves.
 */
class PushaPopaTest {
    private final Guest g = new Guest();

    private int top(int i) {
        return g.r32(g.cpu.gpr(4) + 4 * i);
    }

    private void expectHandler(int vector) {
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(10_000), g.cpu.toString());
        assertEquals(Guest.HANDLER_CALL_BASE + vector, g.cpu.hostCallNumber(), g.cpu.toString());
    }

    /** Identity paging of the first 4 MiB, user pages; {@code page} is made not present. */
    private void pagingWithout(int page) {
        for (int i = 0; i < 1024; i++) {
            g.w32(0x41000 + i * 4, (i << 12) | 7);
        }
        g.w32(0x41000 + (page >>> 12) * 4, 0);
        g.w32(0x40000, 0x41000 | 7);
        RegisterContext c = new RegisterContext();
        g.cpu.saveContext(c);
        c.cr3 = 0x40000;
        c.cr0 |= 0x80000000;
        g.cpu.loadContext(c);
    }

    /** Ring 3 with ESP = {@code esp}: pusha; popa; ud2 (the #UD handler ends the run). */
    private void pushaPopaAt(int esp) {
        g.put(Guest.CODE, 0x60, 0x61, 0x0F, 0x0B);
        g.ring3(Guest.CODE);
        for (int i = 0; i < 8; i++) {
            if (i != 4) {
                g.cpu.setGpr(i, 0x1111 * (i + 1));
            }
        }
        g.cpu.setGpr(4, esp);
    }

    @Test
    void theFrameAndTheRestoredRegistersAreExactWithinAPageAndAcrossOne() {
        for (int esp : new int[] {Guest.USTACK, Guest.USTACK - 0x1000 + 16}) {
            pagingWithout(0x3F0000); // paging on, nothing missing near the stack
            pushaPopaAt(esp);
            assertEquals(CpuExit.BUDGET, g.cpu.run(1));
            for (int i = 0; i < 8; i++) {
                int expected = i == 4 ? esp : 0x1111 * (i + 1);
                assertEquals(expected, g.r32(esp - 4 * (i + 1)), "slot of register " + i + " at ESP " + esp);
            }
            assertEquals(esp - 32, g.cpu.gpr(4));
            g.w32(esp - 4, 0xAAAA); // the saved EAX, changed
            g.w32(esp - 20, 0xBBBB); // the saved ESP slot: read, not loaded
            for (int i = 0; i < 8; i++) {
                if (i != 4) {
                    g.cpu.setGpr(i, 0);
                }
            }
            expectHandler(Vectors.UD);
            RegisterContext c = new RegisterContext();
            g.cpu.saveContext(c);
            assertEquals(0xAAAA, c.gpr[0]);
            for (int i = 1; i < 8; i++) {
                assertEquals(i == 4 ? esp : 0x1111 * (i + 1), i == 4 ? g.r32(g.cpu.gpr(4) + 12) : c.gpr[i],
                        "register " + i + " at ESP " + esp);
            }
        }
    }

    @Test
    void aPushaIntoAMissingPageFaultsAtTheFirstSlotAndChangesNothing() {
        pagingWithout(0x2F000); // the page below the user stack top 0x30000
        pushaPopaAt(Guest.USTACK);
        expectHandler(Vectors.PF);
        RegisterContext c = new RegisterContext();
        g.cpu.saveContext(c);
        assertEquals(Guest.USTACK - 4, c.cr2, "the EAX slot is written first");
        assertEquals(6, top(0), "not present, write, user");
        assertEquals(Guest.CODE, top(1), "pusha restarts");
        assertEquals(Guest.USTACK, top(4), "user ESP untouched");
    }

    @Test
    void aPopaFromAMissingPageFaultsAtEdi() {
        pagingWithout(0x30000);
        g.put(Guest.CODE, 0x61);
        g.ring3(Guest.CODE);
        g.cpu.setGpr(4, Guest.USTACK);
        g.cpu.setGpr(0, 0x5A5A);
        expectHandler(Vectors.PF);
        RegisterContext c = new RegisterContext();
        g.cpu.saveContext(c);
        assertEquals(Guest.USTACK, c.cr2);
        assertEquals(4, top(0), "not present, read, user");
        assertEquals(Guest.CODE, top(1));
    }

    @Test
    void aPushaPastTheStackLimitRaisesSsAndWritesNothing() {
        g.setFlat(6, Guest.DATA, 0xFFF, 0xF2, 0x4); // ring-3 stack segment, 4 KiB
        g.put(Guest.CODE, 0x60);
        g.ring3(Guest.CODE);
        RegisterContext c = new RegisterContext();
        g.cpu.saveContext(c);
        c.selector[I386.SS] = 0x33;
        c.segBase[I386.SS] = Guest.DATA;
        c.segLimit[I386.SS] = 0xFFF;
        c.segAccess[I386.SS] = 0x4F3;
        c.gpr[4] = 0x1004; // the EAX slot is at 0x1000: past the limit
        c.gpr[0] = 0x7777;
        g.cpu.loadContext(c);
        expectHandler(Vectors.SS);
        assertEquals(0, g.r32(Guest.DATA + 0xFFC), "no slot written (ECX's lies within the limit)");
        assertEquals(0, g.r32(Guest.DATA + 0xFE4), "no slot written (EDI's)");
        assertEquals(Guest.CODE, top(1));
    }
}
