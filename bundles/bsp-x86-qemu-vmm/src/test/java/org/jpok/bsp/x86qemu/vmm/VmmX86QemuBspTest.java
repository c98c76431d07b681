package org.jpok.bsp.x86qemu.vmm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jpok.api.bsp.BspLayout;
import org.jpok.api.cpu.Cpu;
import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.hypercall.VirtualCpu;
import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.machine.HostCallHandler;
import org.jpok.api.machine.Machine;
import org.jpok.api.vmm.VcpuSnapshot;
import org.jpok.api.vmm.Vmm;
import org.jpok.api.vmm.VmmHost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The vmm BSP's ring-0 stubs, its IDT and its host-call routing, on a memory-only fake machine. */
class VmmX86QemuBspTest {

    static final int GDT = 0x1000, IDT = 0x2000, TSS = 0x2800, KERNEL_STUBS = 0x3000, FRAME = 0x9000;

    final ByteBuffer memory = ByteBuffer.allocate(3 << 20).order(ByteOrder.LITTLE_ENDIAN);
    final List<Integer> kernelCalls = new ArrayList<>();
    final AtomicReference<VmmHost> host = new AtomicReference<>();
    /** What the fake Vmm's hypercall does: returns the frame to resume. */
    java.util.function.BiFunction<Integer, InterruptFrame, InterruptFrame> onHypercall = (p, f) -> f;
    final List<String> vmmCalls = new ArrayList<>();
    VmmX86QemuBsp bsp;
    Machine machine;

    final List<String> vcpuCalls = new ArrayList<>();
    boolean virtualIf = true;

    static VmmBspConfig config(boolean trapEmulate) {
        return new VmmBspConfig() {
            @Override
            public boolean vmm_trapEmulate() {
                return trapEmulate;
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return VmmBspConfig.class;
            }
        };
    }

    @BeforeEach
    void attach() {
        attach(false);
    }

    void attach(boolean trapEmulate) {
        vmmCalls.clear();
        machine = (Machine) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Machine.class},
                (proxy, m, a) -> switch (m.getName()) {
                    case "writeInt" -> { memory.putInt((Integer) a[0], (Integer) a[1]); yield null; }
                    case "readInt" -> memory.getInt((Integer) a[0]);
                    case "fillMemory" -> {
                        for (int i = 0; i < (Integer) a[1]; i++) {
                            memory.put((Integer) a[0] + i, (Byte) a[2]);
                        }
                        yield null;
                    }
                    case "writeMemory" -> { memory.put((Integer) a[0], (byte[]) a[1], (Integer) a[2], (Integer) a[3]); yield null; }
                    case "readMemory" -> { memory.get((Integer) a[0], (byte[]) a[1], (Integer) a[2], (Integer) a[3]); yield null; }
                    case "memorySize" -> memory.capacity();
                    case "in" -> 0;
                    case "cpu" -> cpu(0);
                    default -> null;
                });
        Vmm vmm = (Vmm) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Vmm.class},
                (proxy, m, a) -> {
                    vmmCalls.add(m.getName() + (a == null ? "" : " " + a[0]));
                    return switch (m.getName()) {
                        case "hypercall" -> onHypercall.apply((Integer) a[0], (InterruptFrame) a[1]);
                        case "deliver" -> a[1];
                        case "vcpu" -> vcpu();
                        case "invoke" -> {
                            host.get().report((Integer) a[0], ErrorKind.ILLEGAL_REQUEST, "test fault");
                            yield org.jpok.api.kernel.Errno.EPERM;
                        }
                        default -> null;
                    };
                });
        bsp = new VmmX86QemuBsp(config(trapEmulate), h -> {
            host.set(h);
            return vmm;
        });
        bsp.attach(machine, new BspLayout(GDT, IDT, TSS, 0x8000,
                List.of(new BspLayout.Region(0x200000, 0x10000), new BspLayout.Region(0x210000, 0x10000)), 1_000_000));
        for (int v = 0; v < 48; v++) {
            bsp.registerEvent(v, KERNEL_STUBS + 32 * v, v == 42);
        }
    }

    VirtualCpu vcpu() {
        return (VirtualCpu) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {VirtualCpu.class},
                (proxy, m, a) -> switch (m.getName()) {
                    case "interruptsEnabled" -> virtualIf;
                    case "disableInterrupts" -> { vcpuCalls.add("cli"); virtualIf = false; yield null; }
                    case "enableInterrupts" -> { vcpuCalls.add("sti"); virtualIf = true; yield null; }
                    case "partition" -> 1;
                    case "disableDepth" -> virtualIf ? 0 : 2;
                    case "pending" -> (Integer) a[0] == 3 ? 5 : 0;
                    case "savedFrames" -> 0;
                    case "slotRegistered" -> (Integer) a[0] == 3;
                    case "hasEntry" -> true;
                    case "entry" -> 0x40;
                    case "registerEntry" -> {
                        vcpuCalls.add("register " + a[0] + " " + a[1]);
                        yield org.jpok.api.kernel.Errno.OK;
                    }
                    default -> null;
                });
    }

    /** A CPU whose ESP points at {@code esp}; every other call is ignored. */
    static Cpu cpu(int esp) {
        return (Cpu) Proxy.newProxyInstance(VmmX86QemuBspTest.class.getClassLoader(), new Class<?>[] {Cpu.class},
                (proxy, m, a) -> switch (m.getName()) {
                    case "gpr" -> (Integer) a[0] == 4 ? esp : 0;
                    case "hostCallNumber", "eip", "eflags" -> 0;
                    case "retired" -> 0L;
                    default -> null;
                });
    }

    int gateOffset(int vector) {
        return (memory.getInt(IDT + vector * 8) & 0xFFFF) | (memory.getInt(IDT + vector * 8 + 4) & 0xFFFF0000);
    }

    int gateDpl(int vector) {
        return (memory.getInt(IDT + vector * 8 + 4) >>> 13) & 3;
    }

    int gateType(int vector) {
        return (memory.getInt(IDT + vector * 8 + 4) >>> 8) & 0xF;
    }

    @Test
    void everyStubPushesItsVectorSavesTheFrameAndCallsTheHostWithItsTag() {
        byte[] code = PrologueStubs.code();
        for (int v = 32; v < 48; v++) {
            ByteBuffer s = ByteBuffer.wrap(code, (v - 32) * PrologueStubs.STUB_SIZE, PrologueStubs.STUB_SIZE)
                    .slice().order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(0x68, s.get(0) & 0xFF, "push imm32 in stub " + v);
            assertEquals(v == 45 ? 0 : v, s.getInt(1), "the pushed error slot of stub " + v);
            assertEquals(0x60, s.get(5) & 0xFF, "pusha");
            assertEquals(0x0F, s.get(PrologueStubs.HOSTCALL_OFFSET) & 0xFF);
            assertEquals(0x04, s.get(PrologueStubs.HOSTCALL_OFFSET + 1) & 0xFF);
            assertEquals(PrologueStubs.TAG | v, s.getInt(PrologueStubs.HOSTCALL_OFFSET + 2));
            byte[] tail = new byte[7];
            s.get(PrologueStubs.HOSTCALL_OFFSET + 6, tail);
            assertArrayEquals(new byte[] {0x07, 0x1F, 0x61, (byte) 0x83, (byte) 0xC4, 0x04, (byte) 0xCF}, tail,
                    "pop es; pop ds; popa; add $4,%esp; iret");
        }
    }

    @Test
    void irqVectorsGoToTheProloguesAndVector45IsAUserGate() {
        int base = bsp.stubBase();
        assertTrue(base >= TSS + 104 && base + PrologueStubs.SIZE <= KERNEL_STUBS, "stubs between the TSS and the kernel");
        assertEquals(0x68, memory.get(base) & 0xFF, "the stubs were written");
        for (int v = 32; v < 48; v++) {
            if (v == 42) {
                continue;
            }
            assertEquals(PrologueStubs.stub(base, v), gateOffset(v), "vector " + v);
            assertEquals(0xE, gateType(v), "interrupt gate for " + v);
            assertEquals(v == 45 ? 3 : 0, gateDpl(v), "DPL of " + v);
        }
        assertEquals(KERNEL_STUBS + 32 * 42, gateOffset(42), "the syscall gate is the kernel's");
        assertEquals(3, gateDpl(42));
        assertEquals(KERNEL_STUBS + 32 * 13, gateOffset(13), "exceptions are the kernel's");
        assertEquals(0, gateDpl(13));
    }

    void writeFrame(int cs, int eax, int ebx) {
        int[] w = new InterruptFrame(eax, 0, 0, ebx, 0x1000, 0, 0, 0, 0x123, cs, 0x202, cs + 8, cs + 8, cs + 8)
                .toPokWords();
        for (int i = 0; i < w.length; i++) {
            memory.putInt(FRAME + 4 * i, w[i]);
        }
    }

    @Test
    void aHypercallReachesTheVmmWithItsPartitionAndTheResultLandsInEax() {
        HostCallHandler kernel = (c, n) -> kernelCalls.add(n);
        HostCallHandler h = bsp.hostCalls(kernel);
        writeFrame(0x33, 20, 0x400); // partition 1's code selector
        List<Integer> seen = new ArrayList<>();
        onHypercall = (p, f) -> {
            seen.add(p);
            seen.add(f.eax());
            seen.add(f.ebx());
            return f.withEax(-7);
        };
        h.hostCall(cpu(FRAME), PrologueStubs.TAG | 45);
        assertEquals(List.of(1, 20, 0x400), seen);
        assertEquals(-7, memory.getInt(FRAME + 36), "EAX slot");
        assertEquals(List.of(), kernelCalls, "nothing for the kernel");
        // Vmm.hypercall delivers a due upcall on its way out: the BSP does not ask again
        assertFalse(vmmCalls.contains("deliver 1"), vmmCalls.toString());
    }

    @Test
    void anIrqIsTheKernelsFirstThenTheMetaHandlers() {
        HostCallHandler h = bsp.hostCalls((c, n) -> kernelCalls.add(n));
        writeFrame(0x23, 0, 0);
        h.hostCall(cpu(FRAME), PrologueStubs.TAG | 32);
        assertEquals(List.of(32), kernelCalls, "EOI and the scheduler tick");
        assertTrue(vmmCalls.contains("raise 0"), vmmCalls.toString());
        h.hostCall(cpu(FRAME), 42);
        assertEquals(List.of(32, 42), kernelCalls, "the kernel's own host calls pass through");
    }

    @Test
    void aReportedFaultReachesTheKernelAsTheMatchingException() {
        HostCallHandler h = bsp.hostCalls((c, n) -> kernelCalls.add(n));
        writeFrame(0x23, 32, 0);
        onHypercall = (p, f) -> {
            host.get().report(p, ErrorKind.STACK_OVERFLOW, "16 frames");
            return f;
        };
        h.hostCall(cpu(FRAME), PrologueStubs.TAG | 45);
        assertEquals(List.of(VmmX86QemuBsp.OF), kernelCalls, "#OF is the kernel's STACK_OVERFLOW");
        assertTrue(vmmCalls.contains("resetPartition 0"), vmmCalls.toString());
        assertEquals(VmmX86QemuBsp.GP, VmmX86QemuBsp.vectorOf(ErrorKind.ILLEGAL_REQUEST));
        assertEquals(VmmX86QemuBsp.PF, VmmX86QemuBsp.vectorOf(ErrorKind.MEMORY_VIOLATION));
    }

    @Test
    void partitionsAreKnownByTheirCodeSelectors() {
        assertEquals(0, bsp.partitionOf(0x23));
        assertEquals(1, bsp.partitionOf(0x33));
        assertEquals(-1, bsp.partitionOf(0x43), "only two partitions");
        assertEquals(-1, bsp.partitionOf(0x08), "the kernel");
        assertEquals(-1, bsp.partitionOf(0x2B), "a data selector");
        bsp.detach();
        assertNull(bsp.vmm());
    }

    @Test
    void theInspectorSnapshotsTheVcpuWhileAttachedOnly() {
        virtualIf = false;
        VcpuSnapshot s = bsp.vcpu(1).orElseThrow();
        assertEquals(1, s.partition());
        assertEquals(2, s.disableDepth());
        assertEquals(5, s.pending()[3]);
        assertEquals(0, s.pending()[4]);
        assertEquals(0, s.savedFrames());
        assertNull(s.innermostFrame());
        assertEquals(org.jpok.api.kernel.Errno.EPERM, bsp.invoke(1, 99, 7).orElseThrow());
        assertTrue(vmmCalls.contains("invoke 1"), vmmCalls.toString());
        HostCallHandler h = bsp.hostCalls((c, n) -> kernelCalls.add(n));
        writeFrame(0x33, 0, 0);
        h.hostCall(cpu(FRAME), PrologueStubs.TAG | 45);
        assertEquals(List.of(), kernelCalls, "the invoked call's fault never reaches the health monitor");
        bsp.detach();
        assertTrue(bsp.vcpu(1).isEmpty(), "no vCPUs once detached");
        assertTrue(bsp.invoke(1, 99).isEmpty(), "no hypercalls once detached");
    }

    @Test
    void aSwapHandsTheRegistrationsOnAndNamesThePendingInterruptsItDrops() {
        List<org.jpok.api.bsp.VcpuRegistration> held = bsp.vcpuRegistrations();
        assertEquals(List.of(new org.jpok.api.bsp.VcpuRegistration(0, 3, 0x40),
                new org.jpok.api.bsp.VcpuRegistration(1, 3, 0x40)), held);
        assertEquals(List.of("partition 0: 5 pending vCPU interrupt(s) of IRQ 3",
                "partition 1: 5 pending vCPU interrupt(s) of IRQ 3"), bsp.detachForSwap());
        assertEquals(List.of(), bsp.vcpuRegistrations(), "nothing held once detached");

        attach();
        org.jpok.api.bsp.VcpuRegistration elsewhere = new org.jpok.api.bsp.VcpuRegistration(5, 0, 0x40);
        List<org.jpok.api.bsp.VcpuRegistration> offered = new ArrayList<>(held);
        offered.add(elsewhere);
        assertEquals(List.of(elsewhere), bsp.adoptVcpuRegistrations(offered), "no partition 5 in this layout");
        assertEquals(List.of("register 3 64", "register 3 64"), vcpuCalls);
    }

    /** Puts {@code code} at partition 0's offset 0x100 and a #GP frame there with ESP 0x1000. */
    void trapAt(byte... code) {
        memory.put(0x200100, code);
        int[] w = new InterruptFrame(0x12345678, 0, 0, 0, 0x1000, 0, 0, 0, 0x100, 0x23, 0x202, 0x2B, 0x2B, 0x2B)
                .toPokWords();
        for (int i = 0; i < w.length; i++) {
            memory.putInt(FRAME + 4 * i, w[i]);
        }
    }

    @Test
    void withTrapEmulateCliStiInAndOutActOnTheVcpu() {
        attach(true);
        HostCallHandler h = bsp.hostCalls((c, n) -> kernelCalls.add(n));
        trapAt((byte) 0xFA);
        h.hostCall(cpu(FRAME), 13);
        assertEquals(List.of("cli"), vcpuCalls);
        assertEquals(0x101, memory.getInt(FRAME + 44), "EIP past cli");
        trapAt((byte) 0xFB);
        h.hostCall(cpu(FRAME), 13);
        assertEquals(List.of("cli", "sti"), vcpuCalls);
        trapAt((byte) 0xEC);
        h.hostCall(cpu(FRAME), 13);
        assertEquals(0x123456FF, memory.getInt(FRAME + 36), "in al,dx reads all ones");
        trapAt((byte) 0xE6, (byte) 0x80);
        h.hostCall(cpu(FRAME), 13);
        assertEquals(0x102, memory.getInt(FRAME + 44), "out imm8,al is two bytes");
        assertEquals(List.of(), kernelCalls, "nothing reached the health monitor");
        trapAt((byte) 0xF4); // hlt is not emulated
        h.hostCall(cpu(FRAME), 13);
        assertEquals(List.of(13), kernelCalls);
    }

    @Test
    void withoutTrapEmulateCliIsAFaultForTheKernel() {
        HostCallHandler h = bsp.hostCalls((c, n) -> kernelCalls.add(n));
        trapAt((byte) 0xFA);
        h.hostCall(cpu(FRAME), 13);
        assertEquals(List.of(13), kernelCalls);
        assertEquals(List.of(), vcpuCalls);
        assertEquals(0x100, memory.getInt(FRAME + 44));
    }
}
