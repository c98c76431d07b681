package org.jpok.guest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jpok.api.cpu.Cpu;
import org.jpok.api.cpu.RamOnlyBus;
import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.RegisterContext;
import org.jpok.api.cpu.SegmentRegister;
import org.jpok.cpu.I386Factory;

/**
 * Runs one partition image on jpok's i386 core with the smallest kernel
 * that a single-threaded partition needs: segments based at the load address
 * (as POK's), an IDT gate for vector 42 whose ring-0 stub makes a host call,
 * and CONSWRITE / SHUTDOWN / THREAD_SUSPEND served here. It exists to check
 * SDK code on the real core before the kernel does; it is not the kernel.
 */
final class CpuPartitionRunner {

    static final int RAM = 4 << 20;
    static final int GDT = 0x1000;
    static final int IDT = 0x2000;
    static final int STUB = 0x3000;
    static final int BASE = 0x100000;
    static final int HOST_CALL_SYSCALL = 42;
    static final int HOST_CALL_EXCEPTION = 1000;

    /** How the run ended, and what the partition printed. */
    record Outcome(String console, String end, long instructions) {
    }

    private final byte[] ram = new byte[RAM];
    private final ByteBuffer mem = ByteBuffer.wrap(ram).order(ByteOrder.LITTLE_ENDIAN);
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final Cpu cpu;
    private final int size;

    CpuPartitionRunner(Path elf, int partitionSize) throws IOException {
        this.size = partitionSize;
        cpu = new I386Factory().create(new RamOnlyBus(ram));
        load(elf);
        tables();
    }

    private void load(Path elf) throws IOException {
        byte[] file = Files.readAllBytes(elf);
        for (ElfImage.Segment s : ElfImage.read(elf).loads()) {
            if (s.vaddr() + s.memSize() > size) {
                throw new IOException(elf + ": segment beyond the partition size");
            }
            System.arraycopy(file, (int) s.offset(), ram, BASE + (int) s.vaddr(), (int) s.fileSize());
        }
    }

    private void descriptor(int index, int base, int limit, int access, int flags) {
        int at = GDT + index * 8;
        mem.putShort(at, (short) limit);
        mem.putShort(at + 2, (short) base);
        ram[at + 4] = (byte) (base >>> 16);
        ram[at + 5] = (byte) access;
        ram[at + 6] = (byte) ((flags << 4) | ((limit >>> 16) & 0xF));
        ram[at + 7] = (byte) (base >>> 24);
    }

    private void tables() {
        descriptor(1, 0, 0xFFFFF, 0x9A, 0xC);           // 0x08 kernel code, flat
        descriptor(2, 0, 0xFFFFF, 0x92, 0xC);           // 0x10 kernel data, flat
        descriptor(3, BASE, size - 1, 0x9B, 0x4);       // 0x18 partition code (ring 0 here)
        descriptor(4, BASE, size - 1, 0x93, 0x4);       // 0x20 partition data
        gate(42, HOST_CALL_SYSCALL);                     // the syscall: host call, then iret
        for (int v = 0; v < 32; v++) {
            gate(v, HOST_CALL_EXCEPTION + v);           // exceptions stop the run with a report
        }
    }

    /** Interrupt gate for vector -> 0x08:stub, DPL 3; the stub is "host call n; iret". */
    private void gate(int vector, int hostCall) {
        int stub = STUB + vector * 8;
        int at = IDT + vector * 8;
        mem.putShort(at, (short) stub);
        mem.putShort(at + 2, (short) 0x08);
        ram[at + 4] = 0;
        ram[at + 5] = (byte) 0xEE;
        mem.putShort(at + 6, (short) (stub >>> 16));
        ram[stub] = 0x0F;
        ram[stub + 1] = 0x04;
        mem.putInt(stub + 2, hostCall);
        ram[stub + 6] = (byte) 0xCF;
    }

    Outcome run(int entry, long maxInstructions) {
        RegisterContext c = new RegisterContext();
        cpu.reset();
        cpu.saveContext(c);
        c.gdtBase = GDT;
        c.gdtLimit = 5 * 8 - 1;
        c.idtBase = IDT;
        c.idtLimit = 256 * 8 - 1;
        set(c, SegmentRegister.CS, 0x18, 0x49B);
        for (SegmentRegister s : new SegmentRegister[] {SegmentRegister.DS, SegmentRegister.ES, SegmentRegister.SS}) {
            set(c, s, 0x20, 0x493);
        }
        c.eip = entry;
        c.gpr[4] = size - 4 - 8192;  // ESP of the main thread, as POK
        c.gpr[0] = 0xDEAD;
        c.gpr[3] = 0xBEAF;
        c.eflags = 0x2;
        cpu.loadContext(c);
        cpu.invalidateCode(0, RAM);
        while (cpu.retired() < maxInstructions) {
            CpuExit exit = cpu.run(1_000_000);
            if (exit == CpuExit.BUDGET) {
                continue;
            }
            if (exit == CpuExit.HOST_CALL && cpu.hostCallNumber() >= HOST_CALL_EXCEPTION) {
                int sp = BASE + cpu.gpr(4);
                int vector = cpu.hostCallNumber() - HOST_CALL_EXCEPTION;
                boolean code = vector == 8 || (vector >= 10 && vector <= 14) || vector == 17;
                int eip = mem.getInt(sp + (code ? 4 : 0));
                return outcome("exception " + vector + " at eip 0x" + Integer.toHexString(eip));
            }
            if (exit != CpuExit.HOST_CALL || cpu.hostCallNumber() != HOST_CALL_SYSCALL) {
                cpu.saveContext(c);
                return outcome("stopped: " + exit + " " + c);
            }
            String end = syscall();
            if (end != null) {
                return outcome(end);
            }
        }
        return outcome("instruction limit");
    }

    private void set(RegisterContext c, SegmentRegister s, int selector, int access) {
        c.selector[s.ordinal()] = selector;
        c.segBase[s.ordinal()] = BASE;
        c.segLimit[s.ordinal()] = size - 1;
        c.segAccess[s.ordinal()] = access;
    }

    /** Serves one syscall; returns a reason to stop, or null to go on. */
    private String syscall() {
        int id = cpu.gpr(0);
        int block = BASE + cpu.gpr(3);
        int nargs = mem.getInt(block);
        int a1 = mem.getInt(block + 4);
        int a2 = mem.getInt(block + 8);
        int result = 0;
        switch (id) {
            case 10 -> console.write(ram, BASE + a1, a2);
            case 707 -> {
                return nargs == 0 ? "shutdown" : "shutdown with nargs " + nargs;
            }
            case 53 -> {
                return "main thread suspended";
            }
            default -> result = 1;
        }
        cpu.setGpr(0, result);
        return null;
    }

    private Outcome outcome(String end) {
        return new Outcome(console.toString(java.nio.charset.StandardCharsets.ISO_8859_1), end, cpu.retired());
    }
}
