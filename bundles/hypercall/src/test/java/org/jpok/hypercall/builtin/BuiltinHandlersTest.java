package org.jpok.hypercall.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.jpok.api.hypercall.HypercallIds;
import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.kernel.Errno;
import org.jpok.hypercall.console.ConsoleWriteHandler;
import org.jpok.hypercall.irq.IrqAckHandler;
import org.jpok.hypercall.irq.IrqDisableHandler;
import org.jpok.hypercall.irq.IrqEnableHandler;
import org.jpok.hypercall.irq.IrqRegisterHandler;
import org.jpok.hypercall.irq.IrqUnregisterHandler;
import org.jpok.hypercall.testing.Guest;
import org.jpok.hypercall.time.GetTickHandler;
import org.jpok.hypercall.vcpu.DoIretHandler;
import org.jpok.hypercall.vcpu.GetFrameHandler;
import org.jpok.hypercall.vcpu.SetFrameHandler;
import org.jpok.hypercall.vcpu.RegisterVcpuHandler;
import org.jpok.hypercall.vcpu.UnregisterVcpuHandler;
import org.junit.jupiter.api.Test;

/** The built-in handler bundles' classes, with POK's ids, through the real dispatcher and vCPU state. */
class BuiltinHandlersTest {

    private static final int OK = Errno.OK.code();
    private static final int EINVAL = Errno.EINVAL.code();

    private final Guest g = new Guest(2, 0x10000)
            .with(new ConsoleWriteHandler(), HypercallIds.CONSWRITE)
            .with(new GetTickHandler(), HypercallIds.GETTICK)
            .with(new IrqRegisterHandler(), HypercallIds.IRQ_REGISTER_HANDLER)
            .with(new IrqUnregisterHandler(), HypercallIds.IRQ_UNREGISTER_HANDLER)
            .with(new IrqEnableHandler(), HypercallIds.IRQ_PARTITION_ENABLE)
            .with(new IrqDisableHandler(), HypercallIds.IRQ_PARTITION_DISABLE)
            .with(new IrqAckHandler(), HypercallIds.IRQ_PARTITION_ACK)
            .with(new RegisterVcpuHandler(), HypercallIds.IRQ_REGISTER_VCPU)
            .with(new UnregisterVcpuHandler(), HypercallIds.IRQ_UNREGISTER_VCPU)
            .with(new DoIretHandler(), HypercallIds.IRQ_DO_IRET)
            .with(new GetFrameHandler(), HypercallIds.VCPU_GET_FRAME)
            .with(new SetFrameHandler(), HypercallIds.VCPU_SET_FRAME);

    private void text(int p, int at, String s) {
        g.writeBytes(p, at, s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void conswriteWritesTheCallersBufferToItsConsole() {
        text(1, 0x2000, "hello from 1\n");
        assertEquals(OK, g.eax(1, HypercallIds.CONSWRITE, 0x2000, 13));
        assertEquals("hello from 1\n", g.host.console(1));
        assertEquals("", g.host.console(0));
    }

    @Test
    void conswriteOfABufferLeavingThePartitionIsEinvalAndWritesNothing() {
        assertEquals(EINVAL, g.eax(0, HypercallIds.CONSWRITE, 0xFFF0, 0x20));
        assertEquals(EINVAL, g.eax(0, HypercallIds.CONSWRITE, 0x10, -1));
        assertEquals("", g.host.console(0));
        assertEquals(OK, g.eax(0, HypercallIds.CONSWRITE, 0x10, 0));
    }

    @Test
    void conswriteOfMoreThanOneChunkArrivesWhole() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10000; i++) {
            sb.append((char) ('a' + i % 26));
        }
        text(0, 0x3000, sb.toString());
        assertEquals(OK, g.eax(0, HypercallIds.CONSWRITE, 0x3000, 10000));
        assertEquals(sb.toString(), g.host.console(0));
    }

    @Test
    void gettickWritesTheMillisecondCounterAsAu64() {
        g.host.ticks = 0x1_0000_0042L;
        assertEquals(OK, g.eax(0, HypercallIds.GETTICK, 0x2000));
        assertEquals(0x1_0000_0042L, g.readLong(0, 0x2000));
        assertEquals(EINVAL, g.eax(0, HypercallIds.GETTICK, 0xFFFC));
    }

    @Test
    void irqRegisterUnregisterAckAndMasks() {
        assertEquals(OK, g.eax(0, HypercallIds.IRQ_REGISTER_HANDLER, 3, 0x700));
        assertFalse(g.host.masked[3]);
        assertEquals(EINVAL, g.eax(0, HypercallIds.IRQ_REGISTER_HANDLER, 16, 0x700));
        g.vmm.raise(3);
        g.vmm.raise(3);
        assertEquals(1, g.vmm.vcpu(0).pending(3));
        assertEquals(OK, g.eax(1, HypercallIds.IRQ_PARTITION_ACK, 3), "acking a line one is not routed is harmless");
        // the pending IRQ is delivered on the way out of the ack hypercall of partition 0
        InterruptFrame up = g.call(0, 0x50, HypercallIds.IRQ_PARTITION_ACK, 3);
        assertEquals(0x700, up.eip());
        assertEquals(3, up.eax());
        g.vmm.raise(3);
        assertEquals(1, g.vmm.vcpu(0).pending(3), "re-armed by the ack");
        assertEquals(OK, g.call(0, 0x710, HypercallIds.IRQ_PARTITION_DISABLE).eax());
        assertEquals(OK, g.eax(0, HypercallIds.IRQ_UNREGISTER_HANDLER, 3));
        assertTrue(g.host.masked[3]);
        assertEquals(0, g.vmm.vcpu(0).pending(3));
        assertEquals(EINVAL, g.eax(0, HypercallIds.IRQ_PARTITION_ACK, 99));
    }

    @Test
    void cliAndStiNest() {
        g.eax(0, HypercallIds.IRQ_PARTITION_DISABLE);
        g.eax(0, HypercallIds.IRQ_PARTITION_DISABLE);
        assertEquals(2, g.vmm.vcpu(0).disableDepth());
        g.eax(0, HypercallIds.IRQ_PARTITION_ENABLE);
        g.eax(0, HypercallIds.IRQ_PARTITION_ENABLE);
        g.eax(0, HypercallIds.IRQ_PARTITION_ENABLE);
        assertTrue(g.vmm.vcpu(0).interruptsEnabled());
        assertEquals(1, g.vmm.vcpu(1).partition());
        assertTrue(g.vmm.vcpu(1).interruptsEnabled());
    }

    @Test
    void registerVcpuTakesTheLineAndUnregisterTheVectorAsPok() {
        assertEquals(OK, g.eax(0, HypercallIds.IRQ_REGISTER_VCPU, 0, 0x400));
        assertEquals(EINVAL, g.eax(0, HypercallIds.IRQ_REGISTER_VCPU, 16, 0x400));
        assertEquals(EINVAL, g.eax(0, HypercallIds.IRQ_UNREGISTER_VCPU, 0));
        assertEquals(OK, g.eax(0, HypercallIds.IRQ_UNREGISTER_VCPU, 32));
        assertEquals(EINVAL, g.eax(0, HypercallIds.IRQ_UNREGISTER_VCPU, 32));
    }

    /**
     * The paravirt-ticks guest, simulated: partition 1 registers its vCPU for the PIT and prints "Clock gettick: N"
     * from its handler at each virtual tick, then returns with DO_IRET. Partition 0 runs in between; the kernel's
     * own tick handler keeps counting.
     */
    @Test
    void paravirtTicksAcrossPartitionSwitches() {
        final int handler = 0x400;
        final int tickVar = 0x2000;
        final int buf = 0x2100;
        int[] kernelTicks = {0};
        g.vmm.setKernelHandler(0, line -> g.host.ticks = ++kernelTicks[0]);
        assertEquals(OK, g.eax(1, HypercallIds.IRQ_REGISTER_VCPU, 0, handler));

        InterruptFrame main = Guest.userFrame(1, 0x100, 0x11);
        for (int slot = 0; slot < 3; slot++) {
            // partition 0's window: three PIT ticks
            for (int t = 0; t < 3; t++) {
                g.vmm.raise(0);
                InterruptFrame p0 = Guest.userFrame(0, 0x80, 0);
                assertEquals(p0, g.vmm.deliver(0, p0));
            }
            // partition 1's window: the switch returns to its main loop, which is interrupted by each pending tick
            InterruptFrame f = g.vmm.deliver(1, main);
            while (f.eip() == handler) {
                assertEquals(0, f.eax(), "IRQ 0");
                g.eax(1, HypercallIds.GETTICK, tickVar);
                text(1, buf, "Clock gettick: " + g.readLong(1, tickVar) + "\n");
                assertEquals(OK, g.eax(1, HypercallIds.CONSWRITE, buf, 15 + Long.toString(g.readLong(1, tickVar)).length() + 1));
                f = g.call(1, handler + 0x40, HypercallIds.IRQ_DO_IRET);
            }
            assertEquals(main, f, "back in main with every register as it was");
            assertEquals(0, g.vmm.vcpu(1).savedFrames());
        }
        List<String> lines = g.host.console(1).lines().collect(Collectors.toList());
        assertEquals(9, lines.size(), g.host.console(1));
        assertEquals("Clock gettick: 3", lines.get(0));
        assertEquals("Clock gettick: 9", lines.get(8));
        assertEquals(9, kernelTicks[0]);
        assertTrue(g.host.reports.isEmpty(), () -> g.host.reports.toString());
    }

    /**
     * The core of a paravirtualized guest OS: two tasks, switched by the virtual timer. The tick handler saves the
     * interrupted task's frame (33), installs the other task's (34) and returns with DO_IRET into it.
     */
    @Test
    void aGuestOsSwitchesTasksFromItsTimerHandler() {
        final int handler = 0x400;
        final int saveA = 0x3000;
        final int frameB = 0x3100;
        assertEquals(OK, g.eax(0, HypercallIds.IRQ_REGISTER_VCPU, 0, handler));
        // task B has never run: its first frame is built by the guest (POK layout, selectors left 0)
        InterruptFrame taskB = new InterruptFrame(0xB0, 0xB1, 0xB2, 0xB3, 0x6000, 0xB5, 0xB6, 0xB7, 0x900, 0, 0x8D5,
                0, 0, 0);
        int[] words = {0, 0, taskB.edi(), taskB.esi(), taskB.ebp(), 0, taskB.ebx(), taskB.edx(), taskB.ecx(),
            taskB.eax(), 0, taskB.eip(), 0, taskB.eflags(), taskB.esp(), 0};
        for (int i = 0; i < words.length; i++) {
            g.writeInt(0, frameB + 4 * i, words[i]);
        }
        InterruptFrame taskA = Guest.userFrame(0, 0x500, 0xA0);
        g.vmm.raise(0);
        InterruptFrame in = g.vmm.deliver(0, taskA);
        assertEquals(handler, in.eip());
        assertEquals(OK, g.eax(0, HypercallIds.VCPU_GET_FRAME, saveA));
        assertEquals(0xA0, g.readLong(0, saveA + 36) & 0xFFFFFFFFL, "task A's EAX, as interrupted");
        assertEquals(0x500, g.readLong(0, saveA + 44) & 0xFFFFFFFFL, "task A's EIP");
        assertEquals(OK, g.eax(0, HypercallIds.VCPU_SET_FRAME, frameB));
        InterruptFrame resumed = g.call(0, handler + 0x30, HypercallIds.IRQ_DO_IRET);
        assertEquals(new InterruptFrame(0xB0, 0xB1, 0xB2, 0xB3, 0x6000, 0xB5, 0xB6, 0xB7, 0x900, taskA.cs(),
                0x202 | 0x8D5, taskA.ss(), taskA.ds(), taskA.es()), resumed, "task B, in partition 0's segments");
        assertTrue(g.vmm.vcpu(0).interruptsEnabled());
        // next tick: back to task A from the saved copy
        g.vmm.raise(0);
        g.vmm.deliver(0, resumed);
        assertEquals(OK, g.eax(0, HypercallIds.VCPU_SET_FRAME, saveA));
        assertEquals(taskA, g.call(0, handler + 0x30, HypercallIds.IRQ_DO_IRET));
        assertEquals(EINVAL, g.eax(0, HypercallIds.VCPU_GET_FRAME, saveA), "no frame saved outside a handler");
    }

    @Test
    void theGuestOfANativeBspFaultsWhereTheVmmOneWorks() {
        // ids the vmm branch never had are unknown: UNAVAILABLE and a health-monitor event
        assertEquals(Errno.UNAVAILABLE.code(), g.eax(0, 11));
        assertEquals(List.of(ErrorKind.ILLEGAL_REQUEST), g.host.reportedKinds());
    }
}
