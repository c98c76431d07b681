package org.jpok.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.RegisterContext;
import org.junit.jupiter.api.Test;

/** System behaviour from the SDM: gates, privilege transitions, the TSS stack switch, faults. */
class ProtectionTest {
    private final Guest g = new Guest();

    private int top(int i) {
        return g.r32(g.cpu.gpr(4) + 4 * i);
    }

    private void expectHandler(int vector) {
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(10_000), g.cpu.toString());
        assertEquals(Guest.HANDLER_CALL_BASE + vector, g.cpu.hostCallNumber(), g.cpu.toString());
    }

    @Test
    void intFromRing3SwitchesToTssStack() {
        g.gate(0x30, Guest.HANDLERS + 0x30 * 8, 0xE, 3);
        g.put(Guest.CODE, 0xCD, 0x30);
        g.ring3(Guest.CODE);
        g.cpu.setGpr(4, Guest.USTACK - 16);
        expectHandler(0x30);
        RegisterContext c = new RegisterContext();
        g.cpu.saveContext(c);
        assertEquals(0, c.cpl);
        assertEquals(Guest.KDATA_SEL, c.selector[I386.SS]);
        assertEquals(Guest.KCODE_SEL, c.selector[I386.CS]);
        assertEquals(Guest.KSTACK - 20, c.gpr[4]);
        assertEquals(Guest.CODE + 2, top(0));
        assertEquals(Guest.UCODE_SEL, top(1));
        assertEquals(0x202, top(2) & 0x3FFF);
        assertEquals(Guest.USTACK - 16, top(3));
        assertEquals(Guest.UDATA_SEL, top(4));
        assertEquals(0, c.eflags & Flags.IF, "interrupt gate clears IF");
    }

    @Test
    void iretReturnsToRing3() {
        g.gate(42, Guest.HANDLERS + 42 * 8, 0xF, 3);
        // ring 3: int 42; mov eax, 7; then 0F 04 at CPL 3 -> #UD
        g.put(Guest.CODE, 0xCD, 42, 0xB8, 7, 0, 0, 0, 0x0F, 0x04, 0, 0, 0, 0);
        g.ring3(Guest.CODE);
        expectHandler(42);
        assertEquals(0x202, g.cpu.eflags() & 0x202, "trap gate keeps IF");
        // continue in a ring-0 stub that irets
        g.put(0x4000, 0xCF);
        g.cpu.setEip(0x4000);
        expectHandler(Vectors.UD);
        assertEquals(7, g.cpu.gpr(0));
        assertEquals(Guest.CODE + 7, top(0), "#UD frame points at the host-call opcode");
        assertEquals(Guest.UCODE_SEL, top(1));
    }

    @Test
    void int42ThroughDpl3GateWorksAndInt45ThroughDpl0GateFaults() {
        g.gate(42, Guest.HANDLERS + 42 * 8, 0xE, 3);
        g.put(Guest.CODE, 0xCD, 42);
        g.ring3(Guest.CODE);
        expectHandler(42);

        g.put(Guest.CODE, 0xCD, 45);
        g.ring3(Guest.CODE);
        expectHandler(Vectors.GP);
        assertEquals(45 * 8 + 2, top(0), "error code names the IDT entry");
        assertEquals(Guest.CODE, top(1), "fault EIP is the int instruction");
    }

    @Test
    void cliAtCpl3RaisesGpAndPopfKeepsIf() {
        g.put(Guest.CODE, 0xFA);
        g.ring3(Guest.CODE);
        expectHandler(Vectors.GP);
        assertEquals(0, top(0));
        assertEquals(Guest.CODE, top(1));

        // push 0; popf; cli would fault, so check IF directly after popf with a host call #UD
        g.put(Guest.CODE, 0x6A, 0x00, 0x9D, 0x0F, 0x0B);
        g.ring3(Guest.CODE);
        expectHandler(Vectors.UD);
        assertEquals(Flags.IF, top(2) & Flags.IF, "popf at CPL 3 with IOPL 0 leaves IF set");
    }

    @Test
    void limitViolationRaisesGp() {
        g.setFlat(6, Guest.DATA, 0xFF, 0xF2, 0x4); // ring-3 data, byte granular, limit 0xFF
        // mov ax, 0x33; mov es, ax; mov eax, es:[0xFC] (ok); mov eax, es:[0xFD] (#GP)
        g.put(Guest.CODE, 0x66, 0xB8, 0x33, 0x00, 0x8E, 0xC0,
                0x26, 0xA1, 0xFC, 0, 0, 0,
                0x26, 0xA1, 0xFD, 0, 0, 0);
        g.w32(Guest.DATA + 0xFC, 0xCAFEBABE);
        g.ring3(Guest.CODE);
        expectHandler(Vectors.GP);
        assertEquals(0, top(0));
        assertEquals(Guest.CODE + 12, top(1));
        assertEquals(0xCAFEBABE, g.cpu.gpr(0));
    }

    @Test
    void loadingKernelDataSegmentAtCpl3Faults() {
        g.put(Guest.CODE, 0x66, 0xB8, 0x10, 0x00, 0x8E, 0xD8); // mov ds, 0x10
        g.ring3(Guest.CODE);
        expectHandler(Vectors.GP);
        assertEquals(0x10, top(0));
    }

    @Test
    void tripleFaultShutsDown() {
        RegisterContext c = new RegisterContext();
        g.cpu.saveContext(c);
        c.idtLimit = 0;
        g.cpu.loadContext(c);
        g.put(Guest.CODE, 0x0F, 0x0B);
        g.cpu.setEip(Guest.CODE);
        assertEquals(CpuExit.SHUTDOWN, g.cpu.run(100));
    }

    @Test
    void doubleFaultWhenGpHandlerIsMissing() {
        g.w32(Guest.IDT + 13 * 8 + 4, 0); // #GP gate not present -> #NP while delivering #GP -> #DF
        g.put(Guest.CODE, 0xFA);
        g.ring3(Guest.CODE);
        expectHandler(Vectors.DF);
        assertEquals(0, top(0));
    }

    @Test
    void intrIsTakenAfterTheStiShadow() {
        // cli; sti; inc eax; inc eax; hlt
        g.put(Guest.CODE, 0xFA, 0xFB, 0x40, 0x40, 0xF4);
        g.cpu.setEip(Guest.CODE);
        g.cpu.setGpr(0, 0);
        g.bus.pendingVector = 0x40;
        g.cpu.setEflags(0x2);
        expectHandler(0x40);
        assertEquals(1, g.cpu.gpr(0), "one instruction runs in the shadow");
        assertEquals(Guest.CODE + 3, top(0));
    }

    @Test
    void trapFlagSingleStepsAfterPopf() {
        // pushf; or dword [esp], TF; popf; nop; nop -> #DB after the first nop
        g.put(Guest.CODE, 0x9C, 0x81, 0x0C, 0x24, 0x00, 0x01, 0x00, 0x00, 0x9D, 0x90, 0x90, 0xF4);
        g.cpu.setEip(Guest.CODE);
        expectHandler(Vectors.DB);
        assertEquals(Guest.CODE + 10, top(0));
        assertEquals(0, g.cpu.eflags() & Flags.TF, "the gate clears TF");
    }

    @Test
    void intrIsTakenRightAfterPopfSetsIf() {
        // push 0x202; popf; inc eax; hlt
        g.put(Guest.CODE, 0x68, 0x02, 0x02, 0x00, 0x00, 0x9D, 0x40, 0xF4);
        g.cpu.setEip(Guest.CODE);
        g.cpu.setGpr(0, 0);
        g.cpu.setEflags(0x2);
        g.bus.pendingVector = 0x41;
        expectHandler(0x41);
        assertEquals(0, g.cpu.gpr(0));
        assertEquals(Guest.CODE + 6, top(0));
    }

    @Test
    void farCallAndReturnAtRing0() {
        // call far 0x08:CODE+0x20; hlt ... CODE+0x20: mov eax, 5; retf
        g.put(Guest.CODE, 0x9A, 0x20, 0x00, 0x01, 0x00, 0x08, 0x00, 0xF4);
        g.put(Guest.CODE + 0x20, 0xB8, 5, 0, 0, 0, 0xCB);
        g.cpu.setEip(Guest.CODE);
        assertEquals(CpuExit.HALT, g.cpu.run(100));
        assertEquals(5, g.cpu.gpr(0));
        assertEquals(Guest.KSTACK, g.cpu.gpr(4));
        assertEquals(Guest.CODE + 8, g.cpu.eip());
    }

    @Test
    void farJmpToRing3CodeFromRing0Faults() {
        g.put(Guest.CODE, 0xEA, 0x00, 0x00, 0x01, 0x00, 0x1B, 0x00);
        g.cpu.setEip(Guest.CODE);
        expectHandler(Vectors.GP);
        assertEquals(0x18, top(0));
    }

    @Test
    void userReadOfSupervisorPageFaults() {
        for (int i = 0; i < 1024; i++) {
            g.w32(0x41000 + i * 4, (i << 12) | 7);
        }
        g.w32(0x41000 + 0x20 * 4, 0x20000 | 3); // supervisor, writable
        g.w32(0x40000, 0x41000 | 7);
        RegisterContext c = new RegisterContext();
        g.cpu.saveContext(c);
        c.cr3 = 0x40000;
        c.cr0 |= 0x80000000;
        g.cpu.loadContext(c);
        g.put(Guest.CODE, 0xA1, 0x08, 0x00, 0x02, 0x00); // mov eax, [0x20008]
        g.ring3(Guest.CODE);
        expectHandler(Vectors.PF);
        g.cpu.saveContext(c);
        assertEquals(0x20008, c.cr2);
        assertEquals(5, top(0), "present, read, user");
    }

    @Test
    void faultLoopEndsAtBudget() {
        // the #GP handler itself faults (#GP: cli is fine at ring 0, so use a bad segment load)
        g.put(Guest.HANDLERS + Vectors.GP * 8, 0x66, 0xB8, 0x33, 0x00, 0x8E, 0xD8); // mov ax,0x33; mov ds,ax
        g.put(Guest.CODE, 0xFA);
        g.ring3(Guest.CODE);
        CpuExit e = g.cpu.run(5_000);
        assertTrue(e == CpuExit.BUDGET || e == CpuExit.SHUTDOWN, e.toString());
    }

    @Test
    void hltWakesOnInterrupt() {
        g.put(Guest.CODE, 0xFB, 0xF4, 0x90);
        g.cpu.setEip(Guest.CODE);
        assertEquals(CpuExit.HALT, g.cpu.run(100));
        assertEquals(CpuExit.HALT, g.cpu.run(100));
        g.bus.pendingVector = 0x21;
        expectHandler(0x21);
        assertEquals(Guest.CODE + 2, top(0));
    }

    @Test
    void ioAtCpl3WithoutPermissionFaults() {
        g.put(Guest.CODE, 0xE6, 0x80); // out 0x80, al
        g.ring3(Guest.CODE);
        expectHandler(Vectors.GP);
        assertTrue(g.bus.outs.isEmpty());
    }

    @Test
    void pageFaultSetsCr2AndErrorCode() {
        // page directory at 0x40000, one table at 0x41000 identity-mapping the first 4 MiB,
        // page 0x20000 not present, page 0x21000 read-only for ring 3
        for (int i = 0; i < 1024; i++) {
            g.w32(0x41000 + i * 4, (i << 12) | 7);
        }
        g.w32(0x41000 + 0x20 * 4, 0);
        g.w32(0x41000 + 0x21 * 4, 0x21000 | 5);
        g.w32(0x40000, 0x41000 | 7);
        // mov eax, 0x40000; mov cr3, eax; mov eax, cr0; or eax, 0x80000000; mov cr0, eax;
        // mov ebx, [0x21000]; mov [0x21000], ebx (ring 0 ignores R/W without CR0.WP); mov ecx, [0x20004]
        g.put(Guest.CODE, 0xB8, 0, 0, 4, 0, 0x0F, 0x22, 0xD8, 0x0F, 0x20, 0xC0, 0x0D, 0, 0, 0, 0x80,
                0x0F, 0x22, 0xC0, 0x8B, 0x1D, 0, 0x10, 2, 0, 0x89, 0x1D, 0, 0x10, 2, 0,
                0x8B, 0x0D, 4, 0, 2, 0);
        g.cpu.setEip(Guest.CODE);
        expectHandler(Vectors.PF);
        RegisterContext c = new RegisterContext();
        g.cpu.saveContext(c);
        assertEquals(0x20004, c.cr2);
        assertEquals(0, top(0), "not present, read, supervisor");
        assertEquals(Guest.CODE + 31, top(1));
    }

    @Test
    void selfModifyingCodeIsSeen() {
        // mov byte [CODE+8], 0x42 ... then code at CODE+7 is 0x40 (inc eax) patched to 0x42 (inc edx)
        g.put(Guest.CODE, 0xC6, 0x05, 0x08, 0x00, 0x01, 0x00, 0x42, 0x90, 0x40, 0xF4);
        g.cpu.setEip(Guest.CODE);
        g.cpu.setGpr(0, 0);
        g.cpu.setGpr(2, 0);
        assertEquals(CpuExit.HALT, g.cpu.run(100));
        assertEquals(0, g.cpu.gpr(0));
        assertEquals(1, g.cpu.gpr(2));
        // run again from the cache: still the patched code
        g.cpu.setEip(Guest.CODE + 7);
        assertEquals(CpuExit.HALT, g.cpu.run(100));
        assertEquals(2, g.cpu.gpr(2));
    }
}
