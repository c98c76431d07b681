package org.jpok.bench;

import java.util.concurrent.TimeUnit;

import org.jpok.api.cpu.Cpu;
import org.jpok.api.cpu.RamOnlyBus;
import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.RegisterContext;
import org.jpok.cpu.I386Factory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Guest MIPS of the core: each invocation runs {@value #BUDGET} guest instructions, so JMH's
 * ops/µs is millions of guest instructions per second. The core starts flat at ring 0 (its
 * power-on state), so no descriptor tables are needed.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class CpuBenchmark {
    static final int BUDGET = 1_000_000;
    static final int CODE = 0x1000;

    /**
     * The 8-instruction ALU loop of docs/perf-anchors: add, xor, shl, add, shr, xor, dec, jnz.
     */
    static final int[] INT_LOOP = {
        0x01, 0xD8, // add eax, ebx
        0x31, 0xC1, // xor ecx, eax
        0xD1, 0xE2, // shl edx, 1
        0x01, 0xCA, // add edx, ecx
        0xD1, 0xEB, // shr ebx, 1
        0x31, 0xD3, // xor ebx, edx
        0x4E,       // dec esi
        0x75, 0xF1, // jnz loop
        0xF4,
    };

    /**
     * A mixed loop: loads and stores with SIB addressing, imul, a call and ret, movzx, push/pop,
     * test and a data-dependent branch, then the loop branch.
     */
    static final int[] MIXED = {
        0xB9, 0x00, 0x01, 0x00, 0x00,       // 0: mov ecx, 256
        0x8B, 0x04, 0x8E,                   // 5: mov eax, [esi+ecx*4]
        0x01, 0xD0,                         // add eax, edx
        0x89, 0x04, 0x8F,                   // mov [edi+ecx*4], eax
        0x6B, 0xD0, 0x03,                   // imul edx, eax, 3
        0xE8, 0x14, 0x00, 0x00, 0x00,       // call f
        0x0F, 0xB6, 0xD8,                   // movzx ebx, al
        0x53,                               // push ebx
        0x5B,                               // pop ebx
        0xF7, 0xC3, 0x01, 0x00, 0x00, 0x00, // test ebx, 1
        0x74, 0x02,                         // jz +2
        0xD1, 0xEA,                         // shr edx, 1
        0x49,                               // dec ecx
        0x75, 0xDE,                         // jnz 5
        0xEB, 0xD7,                         // jmp 0
        0x8D, 0x54, 0x5A, 0x01,             // f: lea edx, [edx+ebx*2+1]
        0xC3,                               // ret
    };

    /** Ring-3 loop of the int/iret workload: int 0x2a; jmp loop (3 instructions per round trip with the handler's iret). */
    static final int[] INT_IRET = {
        0xCD, 0x2A, // int 0x2a
        0xEB, 0xFC, // jmp loop
    };
    /** Guest instructions per int/iret round trip: int, iret, jmp. */
    static final int INT_IRET_INSNS = 3;

    /**
     * The ring-0 handler of the syscall workload: the kernel's stub for vector 42 (KernelArea) with its
     * return path after the jmp: push $0; pusha; push %ds; push %es; mov $0x10,%ax; mov %ax,%ds;
     * mov %ax,%es; hostcall 42 (served inside run() by a handler that does nothing, as the board does);
     * jmp ret; ret: pop %es; pop %ds; popa; add $4,%esp; iret.
     */
    static final int[] SYSCALL_STUB = {
        0x6A, 0x00, 0x60, 0x1E, 0x06, 0x66, 0xB8, 0x10, 0x00, 0x8E, 0xD8, 0x8E, 0xC0,
        0x0F, 0x04, 0x2A, 0x00, 0x00, 0x00,
        0xE9, 0x00, 0x00, 0x00, 0x00,
        0x07, 0x1F, 0x61, 0x83, 0xC4, 0x04, 0xCF,
    };

    /** Guest instructions per syscall round trip: int and jmp at ring 3, 14 in the stub. */
    static final int SYSCALL_INSNS = 16;

    private Cpu intLoop;
    private Cpu mixed;
    private Cpu intIret;
    private Cpu syscall;

    private static Cpu core(int[] code) {
        return core(code, new byte[1 << 20]);
    }

    private static Cpu core(int[] code, byte[] ram) {
        for (int i = 0; i < code.length; i++) {
            ram[CODE + i] = (byte) code[i];
        }
        Cpu cpu = new I386Factory().create(new RamOnlyBus(ram));
        cpu.setEip(CODE);
        cpu.setGpr(4, 0x80000);
        return cpu;
    }

    @Setup(Level.Trial)
    public void setUp() {
        intLoop = core(INT_LOOP);
        mixed = core(MIXED);
        mixed.setGpr(6, 0x10000);
        mixed.setGpr(7, 0x20000);
        intIret = protectedRing3(INT_IRET, new int[] {0xCF});
        syscall = protectedRing3(INT_IRET, SYSCALL_STUB);
        syscall.setHostCallHandler(number -> true);
    }

    /**
     * The syscall round trip in miniature: paging on (identity map of the first MiB, user
     * pages), a flat GDT with ring-0/ring-3 code and data and a TSS, and a DPL-3 interrupt gate
     * for vector 0x2a whose ring-0 handler is a single iret. The loop runs at ring 3.
     */
    private static Cpu protectedRing3(int[] loop, int[] handlerCode) {
        final int gdt = 0x500, idt = 0x800, handler = 0x2000, tss = 0x3000, kstack = 0x9000, ustack = 0x30000; // code at CODE (0x1000)
        final int pd = 0x40000, pt = 0x41000;
        byte[] ram = new byte[1 << 20];
        Cpu cpu = core(loop, ram);
        int[][] segs = {{}, {0x9A}, {0x92}, {0xFA}, {0xF2}};
        for (int i = 1; i < segs.length; i++) {
            put32(ram, gdt + i * 8, 0xFFFF);
            put32(ram, gdt + i * 8 + 4, (segs[i][0] << 8) | 0xF0000 | (0xC << 20));
        }
        put32(ram, gdt + 5 * 8, 0x67 | (tss << 16));
        put32(ram, gdt + 5 * 8 + 4, 0x89 << 8);
        put32(ram, tss + 4, kstack);
        put32(ram, tss + 8, 0x10);
        put32(ram, idt + 0x2A * 8, (handler & 0xFFFF) | (0x08 << 16));
        put32(ram, idt + 0x2A * 8 + 4, (handler & 0xFFFF0000) | 0x8000 | (3 << 13) | (0xE << 8));
        for (int i = 0; i < handlerCode.length; i++) {
            ram[handler + i] = (byte) handlerCode[i];
        }
        put32(ram, pd, pt | 7);
        for (int p = 0; p < 256; p++) {
            put32(ram, pt + p * 4, (p << 12) | 7);
        }
        RegisterContext c = new RegisterContext();
        cpu.saveContext(c);
        c.gdtBase = gdt;
        c.gdtLimit = 6 * 8 - 1;
        c.idtBase = idt;
        c.idtLimit = 256 * 8 - 1;
        c.cr3 = pd;
        c.cr0 = 0x80000001;
        for (int s = 0; s < 6; s++) {
            boolean code = s == 1;
            c.selector[s] = code ? 0x1B : 0x23;
            c.segLimit[s] = -1;
            c.segAccess[s] = code ? 0xCFB : 0xCF3;
        }
        c.selector[7] = 0x28; // TR
        c.segBase[7] = tss;
        c.segLimit[7] = 0x67;
        c.segAccess[7] = 0x8B;
        c.cpl = 3;
        c.gpr[4] = ustack;
        c.eip = CODE;
        c.eflags = 0x202;
        cpu.loadContext(c);
        return cpu;
    }

    private static void put32(byte[] ram, int a, int v) {
        for (int i = 0; i < 4; i++) {
            ram[a + i] = (byte) (v >>> (8 * i));
        }
    }

    @Setup(Level.Iteration)
    public void refill() {
        intLoop.setGpr(6, Integer.MAX_VALUE);
    }

    @Benchmark
    @OperationsPerInvocation(BUDGET)
    public CpuExit integerLoop() {
        return check(intLoop.run(BUDGET));
    }

    @Benchmark
    @OperationsPerInvocation(BUDGET)
    public CpuExit mixedLoop() {
        return check(mixed.run(BUDGET));
    }

    /** Ring 3 int 0x2a to a ring-0 iret and back: ops/µs times 1e6/3 is round trips per second. */
    @Benchmark
    @OperationsPerInvocation(BUDGET)
    public CpuExit intIretLoop() {
        return check(intIret.run(BUDGET));
    }

    /** Ring 3 int 0x2a into the kernel's syscall stub and back: {@value #SYSCALL_INSNS} instructions each. */
    @Benchmark
    @OperationsPerInvocation(BUDGET)
    public CpuExit syscallStubLoop() {
        return check(syscall.run(BUDGET));
    }

    private static CpuExit check(CpuExit e) {
        if (e != CpuExit.BUDGET) {
            throw new IllegalStateException("guest loop ended: " + e);
        }
        return e;
    }
}
