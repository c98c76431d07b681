package org.jpok.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.RegisterContext;
import org.junit.jupiter.api.Test;

/**
 * Segment loads reuse what they derived from a descriptor (base, limit, access, the checks for each CPL and
 * RPL) while its 8 bytes are unchanged: every change of the descriptor, however it is made, must be honoured
 * by the next load, and the checks must still fault.
 */
class SegmentLoadCacheTest {
    private final Guest g = new Guest();

    /** The fault a ring-3 mov ds, ax raises: #UD from the host-call opcode after it when the load succeeds. */
    private int loadDsAtRing3(int selector) {
        g.put(Guest.CODE, 0x8E, 0xD8, 0x0F, 0x04, 0, 0, 0, 0);
        g.ring3(Guest.CODE);
        g.cpu.setGpr(0, selector);
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(10));
        return g.cpu.hostCallNumber() - Guest.HANDLER_CALL_BASE;
    }

    private RegisterContext context() {
        RegisterContext c = new RegisterContext();
        g.cpu.saveContext(c);
        return c;
    }

    @Test
    void aReloadAfterTheDescriptorChangedSeesTheNewBaseAndLimit() {
        for (int round = 0; round < 3; round++) { // warm: the same descriptor loaded again and again
            assertEquals(Vectors.UD, loadDsAtRing3(Guest.UDATA_SEL));
            assertEquals(0, context().segBase[I386.DS]);
        }
        g.setFlat(4, 0x12345000, 0x00FFF, 0xF3, 0x4); // byte granular, 4 KiB: written behind the core's back
        assertEquals(Vectors.UD, loadDsAtRing3(Guest.UDATA_SEL));
        RegisterContext c = context();
        assertEquals(0x12345000, c.segBase[I386.DS]);
        assertEquals(0xFFF, c.segLimit[I386.DS]);
        assertEquals(0x4F3, c.segAccess[I386.DS]);
        // and the fast-path limit follows: a read at 4 KiB now faults
        g.put(Guest.CODE, 0x8E, 0xD8, 0x8B, 0x1D, 0x00, 0x10, 0x00, 0x00); // mov ds, ax; mov ebx, [0x1000]
        g.ring3(Guest.CODE);
        g.cpu.setGpr(0, Guest.UDATA_SEL);
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(10));
        assertEquals(Guest.HANDLER_CALL_BASE + Vectors.GP, g.cpu.hostCallNumber());
        assertEquals(Guest.CODE + 2, g.r32(g.cpu.gpr(4) + 4), "faulting EIP: the mov ebx");
    }

    @Test
    void aDescriptorMadeMorePrivilegedOrNotPresentFaultsOnTheNextLoad() {
        assertEquals(Vectors.UD, loadDsAtRing3(Guest.UDATA_SEL));
        assertEquals(Vectors.UD, loadDsAtRing3(Guest.UDATA_SEL));
        g.setFlat(4, 0, 0xFFFFF, 0x93, 0xC); // DPL 0
        assertEquals(Vectors.GP, loadDsAtRing3(Guest.UDATA_SEL));
        assertEquals(Guest.UDATA_SEL & 0xFFFC, g.r32(g.cpu.gpr(4)), "#GP(selector): the error code on the handler stack");
        g.setFlat(4, 0, 0xFFFFF, 0x73, 0xC); // DPL 3, not present
        assertEquals(Vectors.NP, loadDsAtRing3(Guest.UDATA_SEL));
        g.setFlat(4, 0, 0xFFFFF, 0xF3, 0xC);
        assertEquals(Vectors.UD, loadDsAtRing3(Guest.UDATA_SEL));
    }

    @Test
    void theRplStillCountsForACachedDescriptor() {
        // ring 0 loads the DPL-0 data selector with RPL 0 (fine), then with RPL 3 (#GP), then RPL 0 again
        g.put(Guest.CODE, 0x8E, 0xD8, 0x8E, 0xC3, 0x8E, 0xD8, 0xF4); // mov ds,ax; mov es,bx; mov ds,ax; hlt
        g.cpu.setEip(Guest.CODE);
        g.cpu.setGpr(0, Guest.KDATA_SEL);
        g.cpu.setGpr(3, Guest.KDATA_SEL | 3);
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(10));
        assertEquals(Guest.HANDLER_CALL_BASE + Vectors.GP, g.cpu.hostCallNumber());
        assertEquals(Guest.CODE + 2, g.r32(g.cpu.gpr(4) + 4), "faulting EIP: the mov es");
    }

    @Test
    void theAccessedBitIsSetInMemoryByTheFirstLoadOnly() {
        g.setFlat(4, 0, 0xFFFFF, 0xF2, 0xC); // accessed bit clear
        assertEquals(Vectors.UD, loadDsAtRing3(Guest.UDATA_SEL));
        assertEquals(0xF3, g.bus.ram[Guest.GDT + 4 * 8 + 5] & 0xFF);
        assertEquals(0xCF3, context().segAccess[I386.DS]);
        g.bus.ram[Guest.GDT + 4 * 8 + 5] = (byte) 0xF2; // cleared again behind the core's back
        assertEquals(Vectors.UD, loadDsAtRing3(Guest.UDATA_SEL));
        assertEquals(0xF3, g.bus.ram[Guest.GDT + 4 * 8 + 5] & 0xFF, "set again: the changed bytes were seen");
    }

    @Test
    void aGdtMovedByLgdtIsReadAtItsNewPlace() {
        int newGdt = 0x6000;
        System.arraycopy(g.bus.ram, Guest.GDT, g.bus.ram, newGdt, 8 * 8);
        // the copy's ring-3 data descriptor gets base 0x40000
        int lo = 0xFFFF;
        int hi = 0x04 | (0xF3 << 8) | 0xF0000 | (0xC << 20);
        g.w32(newGdt + 4 * 8, lo);
        g.w32(newGdt + 4 * 8 + 4, hi);
        assertEquals(Vectors.UD, loadDsAtRing3(Guest.UDATA_SEL));
        assertEquals(0, context().segBase[I386.DS]);
        // ring 0: lgdt [pointer]; hlt
        g.w16(0x7000, 8 * 8 - 1);
        g.w32(0x7002, newGdt);
        g.put(Guest.CODE + 0x100, 0x0F, 0x01, 0x15, 0x00, 0x70, 0x00, 0x00, 0xF4);
        g.ring0();
        g.cpu.setEip(Guest.CODE + 0x100);
        assertEquals(CpuExit.HALT, g.cpu.run(10));
        assertEquals(Vectors.UD, loadDsAtRing3(Guest.UDATA_SEL));
        assertEquals(0x40000, context().segBase[I386.DS]);
    }

    @Test
    void aGuestStoreIntoTheGdtIsHonoured() {
        assertEquals(Vectors.UD, loadDsAtRing3(Guest.UDATA_SEL));
        // ring 0: mov byte [GDT + 4*8 + 4], 0x05 (base bits 16-23); mov ds, ax; hlt
        g.put(Guest.CODE + 0x100, 0xC6, 0x05, Guest.GDT + 4 * 8 + 4, (Guest.GDT + 4 * 8 + 4) >>> 8, 0, 0, 0x05,
                0x8E, 0xD8, 0xF4);
        g.ring0();
        g.cpu.setEip(Guest.CODE + 0x100);
        g.cpu.setGpr(0, Guest.UDATA_SEL | 0); // RPL 3 selector of a DPL-3 segment from CPL 0: fine
        assertEquals(CpuExit.HALT, g.cpu.run(10));
        assertEquals(0x50000, context().segBase[I386.DS]);
    }
}
