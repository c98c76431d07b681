package org.jpok.shell;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.felix.service.command.Descriptor;
import org.jpok.api.cpu.RegisterContext;
import org.jpok.api.kernel.KernelDebug;
import org.jpok.api.kernel.KernelInspector;
import org.jpok.api.kernel.PartitionInfo;
import org.jpok.api.machine.Machine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code pok:regs}, {@code pok:mem}, {@code pok:disasm}: the CPU's registers, guest memory as a hex dump or as code. */
@Component(service = CpuCommands.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=regs",
        "osgi.command.function=mem",
        "osgi.command.function=disasm"
})
public class CpuCommands {

    static final int DEFAULT_LENGTH = 128;
    static final int MAX_LENGTH = 64 * 1024;
    private static final String[] GPR = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};
    private static final String[] SEG = {"es", "cs", "ss", "ds", "fs", "gs"};

    private final Machine machine;
    private final KernelInspector inspector;
    /** Optional: breakpoints, whose int3 bytes mem and disasm hide behind the code bytes they replaced. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile KernelDebug debug;

    @Activate
    public CpuCommands(@Reference(name = "machine") Machine machine, @Reference(name = "inspector") KernelInspector inspector) {
        this.machine = machine;
        this.inspector = inspector;
    }

    @Descriptor("show the CPU registers at the current instruction boundary (pause first for a stable view)")
    public String regs() throws Exception {
        return format(registers(machine));
    }

    /** The CPU's registers, copied on the vCPU thread at an instruction boundary. */
    static RegisterContext registers(Machine machine) throws Exception {
        return machine.call(() -> {
            RegisterContext c = new RegisterContext();
            machine.cpu().saveContext(c);
            return c;
        }).get(5, TimeUnit.SECONDS);
    }

    static String format(RegisterContext r) {
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            b.append(String.format("%s=%08x", GPR[i], r.gpr[i])).append(i == 3 || i == 7 ? nl : "  ");
        }
        b.append(String.format("eip=%08x  eflags=%08x  cpl=%d%s", r.eip, r.eflags, r.cpl, r.halted ? "  halted" : ""))
                .append(nl);
        for (int i = 0; i < SEG.length; i++) {
            b.append(String.format("%s=%04x base=%08x limit=%08x", SEG[i], r.selector[i], r.segBase[i], r.segLimit[i]))
                    .append(i % 2 == 1 ? nl : "  ");
        }
        b.append(String.format("cr0=%08x  cr2=%08x  cr3=%08x  cr4=%08x", r.cr0, r.cr2, r.cr3, r.cr4));
        return b.toString();
    }

    @Descriptor("hex-dump 128 bytes of a partition's memory (partition-relative address) or of physical memory")
    public String mem(@Descriptor("partition name or id, or 'phys'") String space,
            @Descriptor("start address (hex 0x.. or decimal)") String address) throws Exception {
        return mem(space, address, Integer.toString(DEFAULT_LENGTH));
    }

    @Descriptor("hex-dump memory of a partition (partition-relative address) or physical memory")
    public String mem(@Descriptor("partition name or id, or 'phys'") String space,
            @Descriptor("start address (hex 0x.. or decimal)") String address,
            @Descriptor("number of bytes, at most 65536") String length) throws Exception {
        long addr = Args.number(address);
        int len = (int) Args.number(length, 1, MAX_LENGTH, "length");
        return hexDump(addr, read(space, address, addr, len, false));
    }

    @Descriptor("disassemble 16 instructions (AT&T syntax as objdump prints it: integer, x87, system and far instructions) of a partition or physical memory")
    public String disasm(@Descriptor("partition name or id, or 'phys'") String space,
            @Descriptor("start address (hex 0x.. or decimal)") String address) throws Exception {
        return disasm(space, address, "16");
    }

    @Descriptor("disassemble n instructions (AT&T syntax as objdump prints it: integer, x87, system and far instructions) of a partition or physical memory")
    public String disasm(@Descriptor("partition name or id, or 'phys'") String space,
            @Descriptor("start address (hex 0x.. or decimal)") String address,
            @Descriptor("number of instructions, at most 1000") String count) throws Exception {
        long addr = Args.number(address);
        int n = (int) Args.number(count, 1, 1000, "instruction count");
        byte[] code = read(space, address, addr, n * 15, true); // 15 bytes: the longest i386 instruction
        StringBuilder b = new StringBuilder();
        int off = 0;
        for (int i = 0; i < n && off < code.length; i++) {
            Disassembler.Instruction in = Disassembler.decode(code, addr, off);
            StringBuilder hex = new StringBuilder();
            for (int k = 0; k < in.length(); k++) {
                hex.append(String.format("%02x ", code[off + k] & 0xFF));
            }
            if (b.length() > 0) {
                b.append(System.lineSeparator());
            }
            b.append(String.format("%08x:  %-21s %s", in.address(), hex, in.text()).stripTrailing());
            off += in.length();
        }
        return b.toString();
    }

    /**
     * Reads {@code len} bytes at {@code addr} of a partition (relative) or of physical memory; {@code clip} cuts a
     * read running past the end instead of refusing it.
     */
    private byte[] read(String space, String address, long addr, int len, boolean clip) throws Exception {
        long base;
        long limit;
        List<PartitionInfo> partitions = inspector.partitions();
        if (space.equals("phys")) {
            base = 0;
            limit = machine.memorySize();
        } else {
            PartitionInfo p = Args.partition(partitions, space);
            base = p.base();
            limit = p.size();
        }
        if (clip && addr >= 0 && addr < limit) {
            len = (int) Math.min(len, limit - addr);
        }
        if (addr < 0 || addr + len > limit) {
            throw new IllegalArgumentException("address '" + address + "' with length " + len + " is outside "
                    + (space.equals("phys") ? "memory" : "partition " + space) + " (size " + Args.hex(limit) + ")");
        }
        byte[] bytes = new byte[len];
        int physical = (int) (base + addr);
        int n = len;
        machine.submit(() -> machine.readMemory(physical, bytes, 0, n)).get(5, TimeUnit.SECONDS);
        KernelDebug d = debug;
        if (d != null) {
            hideBreakpoints(d.breakpoints(), partitions, physical, bytes);
        }
        return bytes;
    }

    /** Puts the code bytes that breakpoints replaced back into {@code bytes}, read at physical {@code start}. */
    static void hideBreakpoints(List<KernelDebug.Breakpoint> breakpoints, List<PartitionInfo> partitions, long start,
            byte[] bytes) {
        for (KernelDebug.Breakpoint b : breakpoints) {
            long at = partitions.get(b.partition()).base() + b.address() - start;
            if (at >= 0 && at < bytes.length) {
                bytes[(int) at] = (byte) b.originalByte();
            }
        }
    }

    /** Sixteen bytes a line: address, hex bytes, printable ASCII. */
    static String hexDump(long start, byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (int off = 0; off < bytes.length; off += 16) {
            if (off > 0) {
                b.append(System.lineSeparator());
            }
            b.append(String.format("%08x ", start + off));
            StringBuilder ascii = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                if (off + i < bytes.length) {
                    int v = bytes[off + i] & 0xFF;
                    b.append(String.format(" %02x", v));
                    ascii.append(v >= 0x20 && v < 0x7F ? (char) v : '.');
                } else {
                    b.append("   ");
                }
            }
            b.append("  |").append(ascii).append('|');
        }
        return b.toString();
    }
}
