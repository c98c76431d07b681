package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.kernel.Kernel;
import org.jpok.api.kernel.KernelStatus;
import org.jpok.api.machine.Machine;
import org.jpok.api.vmm.VcpuSnapshot;
import org.junit.jupiter.api.Test;

class VcpuCommandsTest {

    /** A machine whose command queue runs each task at once. */
    static final Machine MACHINE = (Machine) Proxy.newProxyInstance(Machine.class.getClassLoader(),
            new Class<?>[] {Machine.class}, (proxy, method, args) -> {
                if (method.getName().equals("call")) {
                    try {
                        return CompletableFuture.completedFuture(((Callable<?>) args[0]).call());
                    } catch (Exception e) {
                        return CompletableFuture.failedFuture(e);
                    }
                }
                throw new UnsupportedOperationException(method.getName());
            });

    static Kernel kernelOn(String bsp) {
        return (Kernel) Proxy.newProxyInstance(Kernel.class.getClassLoader(), new Class<?>[] {Kernel.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("status")) {
                        return new KernelStatus("demo.yaml", bsp, "PAUSED", 0, List.of(), 0);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private final VcpuCommands commands = new VcpuCommands(kernelOn("x86-qemu"), PartitionCommandsTest.FAKE, MACHINE);

    @Test
    void withoutAnAttachedVmmItNamesTheActiveBsp() {
        commands.addVmm(p -> Optional.empty());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> commands.vcpu("alpha"));
        assertEquals("no vCPU: the active BSP is x86-qemu", e.getMessage());
    }

    @Test
    void showsNestingPendingLinesAndTheInnermostFrame() throws Exception {
        int[] pending = new int[16];
        pending[0] = 2;
        pending[5] = 1;
        InterruptFrame frame = new InterruptFrame(7, 0, 0, 0, 0x1000, 0, 0, 0, 0x1234, 0x1B, 0x202, 0x23, 0x23, 0x23);
        commands.addVmm(p -> Optional.of(new VcpuSnapshot(p, p == 1 ? 2 : 0, pending, 1, frame)));
        assertEquals("vCPU of beta: virtual IF disabled (nesting 2), 1 saved frame(s)\n"
                + "pending: IRQ 0 x2, IRQ 5 x1\n"
                + "innermost saved frame: eip=0x00001234 esp=0x00001000 eflags=0x00000202 eax=0x00000007",
                commands.vcpu("beta"));
        assertEquals("vCPU of alpha: virtual IF enabled, 1 saved frame(s)", commands.vcpu("0").lines().findFirst().orElseThrow());
    }

    @Test
    void anUnknownPartitionIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> commands.vcpu("gamma"));
        assertEquals("unknown partition 'gamma'", e.getMessage());
    }
}
