package org.jpok.hypercall.vmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.hypercall.VirtualCpu;
import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.kernel.Errno;
import org.jpok.hypercall.testing.Guest;
import org.junit.jupiter.api.Test;

/** The upcall rules, with hand-made handlers standing in for the built-in bundles. */
class VmmStateTest {

    static final int ENTRY = 0x400;
    static final int REGISTER = 30;
    static final int IRET = 32;
    static final int CLI = 28;
    static final int STI = 27;
    static final int ROUTE = 25;
    static final int ACK = 29;
    static final int ECHO = 50;

    private final Guest g = new Guest(2, 0x10000)
            .with(ctx -> ctx.vcpu().registerEntry(ctx.arg(1), ctx.arg(2)), REGISTER)
            .with(ctx -> ctx.vcpu().returnFromInterrupt(), IRET)
            .with(ctx -> {
                ctx.vcpu().disableInterrupts();
                return Errno.OK;
            }, CLI)
            .with(ctx -> {
                ctx.vcpu().enableInterrupts();
                return Errno.OK;
            }, STI)
            .with(ctx -> ctx.irqLines().registerHandler(ctx.arg(1), ctx.arg(2)), ROUTE)
            .with(ctx -> ctx.irqLines().ack(ctx.arg(1)), ACK)
            .with(ctx -> Errno.ofCode(ctx.arg(1)), ECHO);

    @Test
    void invokeServesAHypercallWithGivenArgumentsAndRefusesDoIret() {
        assertEquals(Errno.EINVAL, g.vmm.invoke(1, ECHO, Errno.EINVAL.code()));
        assertEquals(Errno.OK, g.vmm.invoke(1, REGISTER, 3, ENTRY));
        assertEquals(Errno.OK, g.vmm.invoke(1, CLI));
        assertEquals(1, g.vmm.vcpu(1).disableDepth(), "the call acted on partition 1's vCPU");
        assertEquals(0, g.vmm.vcpu(0).disableDepth());
        assertThrows(IllegalArgumentException.class, () -> g.vmm.invoke(1, IRET));
        assertThrows(IllegalArgumentException.class, () -> g.vmm.invoke(1, ECHO, 1, 2, 3, 4, 5, 6));
        assertThrows(IllegalArgumentException.class, () -> g.vmm.invoke(2, ECHO));
    }

    @Test
    void aTracerHearsEachCallWithItsArgumentsAndResultUntilItIsRemoved() {
        java.util.List<String> trace = new java.util.ArrayList<>();
        g.registry.setTracer((p, id, args, r, ns) -> trace.add(p + " " + id + " " + java.util.Arrays.toString(args)
                + " " + r + (ns >= 0 ? "" : " negative latency")));
        g.vmm.invoke(1, ECHO, Errno.EINVAL.code());
        assertEquals(Errno.OK.code(), g.eax(0, CLI));
        g.vmm.invoke(0, 999);
        assertEquals(java.util.List.of("1 50 [1] EINVAL", "0 28 [0, 0] OK", "0 999 [] UNAVAILABLE"), trace);
        g.registry.setTracer(null);
        g.vmm.invoke(1, ECHO, 0);
        assertEquals(3, trace.size());
    }

    @Test
    void anIrqForAPartitionThatIsNotRunningWaitsForItsNextRun() {
        assertEquals(Errno.OK.code(), g.eax(1, REGISTER, 0, ENTRY));
        // partition 0 runs while the PIT fires twice
        g.vmm.raise(0);
        g.vmm.raise(0);
        InterruptFrame p0 = Guest.userFrame(0, 0x50, 7);
        assertSame(p0, g.vmm.deliver(0, p0), "partition 0 asked for nothing");
        assertEquals(2, g.vmm.vcpu(1).pending(0));
        // partition 1 is switched in
        InterruptFrame interrupted = Guest.userFrame(1, 0x1234, 0xABCD);
        InterruptFrame up = g.vmm.deliver(1, interrupted);
        assertEquals(ENTRY, up.eip());
        assertEquals(0, up.eax(), "EAX is the IRQ line (POK passed slot - 32)");
        assertEquals(interrupted.esp(), up.esp(), "the handler runs on the interrupted stack");
        assertEquals(1, g.vmm.vcpu(1).savedFrames());
        assertEquals(1, g.vmm.vcpu(1).pending(0));
        assertEquals(1, g.vmm.vcpu(1).disableDepth(), "the handler runs with virtual interrupts disabled");
    }

    @Test
    void aDisabledVcpuKeepsItsIrqPendingUntilStiAndGetsItOnTheWayOut() {
        g.eax(0, REGISTER, 3, ENTRY);
        g.eax(0, CLI);
        g.eax(0, CLI);
        g.vmm.raise(3);
        InterruptFrame f = Guest.userFrame(0, 0x80, 1);
        assertSame(f, g.vmm.deliver(0, f));
        assertEquals(Errno.OK.code(), g.call(0, 0x90, STI).eax());
        assertEquals(1, g.vmm.vcpu(0).pending(3), "still one level disabled");
        InterruptFrame out = g.call(0, 0x94, STI);
        assertEquals(ENTRY, out.eip());
        assertEquals(3, out.eax());
        // the frame saved is the hypercall's, with its result already in EAX
        InterruptFrame back = g.call(0, ENTRY + 8, IRET);
        assertEquals(0x94, back.eip());
        assertEquals(Errno.OK.code(), back.eax());
        assertEquals(0, g.vmm.vcpu(0).savedFrames());
    }

    @Test
    void doIretRestoresTheInterruptedRegistersWithoutOverwritingEax() {
        g.eax(0, REGISTER, 0, ENTRY);
        g.vmm.raise(0);
        InterruptFrame interrupted = Guest.userFrame(0, 0x777, 0xCAFEBABE);
        g.vmm.deliver(0, interrupted);
        InterruptFrame resumed = g.call(0, ENTRY + 0x20, IRET);
        assertEquals(interrupted, resumed, "every register, EAX included, as before the upcall");
    }

    @Test
    void doIretEntersTheNextPendingIrqFirstOnTheSameSavedFrame() {
        g.eax(0, REGISTER, 0, ENTRY);
        g.eax(0, REGISTER, 5, ENTRY);
        g.vmm.raise(5);
        g.vmm.raise(0);
        g.vmm.raise(0);
        InterruptFrame interrupted = Guest.userFrame(0, 0x600, 42);
        InterruptFrame first = g.vmm.deliver(0, interrupted);
        assertEquals(0, first.eax(), "lower lines first, as on the PIC");
        InterruptFrame second = g.call(0, ENTRY + 4, IRET);
        assertEquals(ENTRY, second.eip());
        assertEquals(0, second.eax());
        InterruptFrame third = g.call(0, ENTRY + 4, IRET);
        assertEquals(5, third.eax());
        assertEquals(1, g.vmm.vcpu(0).savedFrames(), "no frame was pushed for the chained IRQs");
        assertEquals(interrupted, g.call(0, ENTRY + 4, IRET));
    }

    @Test
    void doIretWithNothingToReturnFromIsEinvalAndHarmless() {
        g.eax(0, REGISTER, 0, ENTRY);
        g.eax(0, CLI);
        g.vmm.raise(0);
        InterruptFrame out = g.call(0, 0x300, IRET);
        assertEquals(Errno.EINVAL.code(), out.eax());
        assertEquals(0x300, out.eip());
        assertEquals(1, g.vmm.vcpu(0).pending(0));
        assertEquals(1, g.vmm.vcpu(0).disableDepth());
    }

    @Test
    void theHandlerRunsDisabledAndATickMeanwhileWaitsForDoIret() {
        g.eax(0, REGISTER, 0, ENTRY);
        g.vmm.raise(0);
        InterruptFrame interrupted = Guest.userFrame(0, 0x600, 42);
        g.vmm.deliver(0, interrupted);
        assertFalse(g.vmm.vcpu(0).interruptsEnabled(), "like an interrupt gate");
        g.vmm.raise(0);
        InterruptFrame inHandler = Guest.userFrame(0, ENTRY + 2, 5);
        assertSame(inHandler, g.vmm.deliver(0, inHandler), "no nesting while the handler runs");
        assertEquals(Errno.EXISTS.code(), g.call(0, ENTRY + 3, ECHO, Errno.EXISTS.code()).eax());
        assertEquals(1, g.vmm.vcpu(0).savedFrames());
        // an extra cli in the handler does not outlive the iret, as IF does not on x86
        g.eax(0, CLI);
        InterruptFrame chained = g.call(0, ENTRY + 4, IRET);
        assertEquals(ENTRY, chained.eip());
        assertEquals(1, g.vmm.vcpu(0).disableDepth());
        assertEquals(interrupted, g.call(0, ENTRY + 4, IRET));
        assertTrue(g.vmm.vcpu(0).interruptsEnabled());
    }

    @Test
    void aHandlerThatEnablesInterruptsNestsUpToSixteenFramesAndTheOverflowIsReportedNotDropped() {
        g.eax(0, REGISTER, 0, ENTRY);
        for (int i = 0; i < VirtualCpu.MAX_FRAMES; i++) {
            g.vmm.raise(0);
            // each handler (the main program first) does sti; the tick comes in on the way out of it
            InterruptFrame f = g.call(0, 0x1000 + i, STI);
            assertEquals(ENTRY, f.eip());
        }
        assertEquals(16, g.vmm.vcpu(0).savedFrames());
        g.vmm.raise(0);
        InterruptFrame after = g.call(0, 0x2000, STI);
        assertEquals(0x2000, after.eip());
        assertSame(after, g.vmm.deliver(0, after));
        assertEquals(List.of(ErrorKind.STACK_OVERFLOW), g.host.reportedKinds(), "reported once");
        assertEquals(1, g.vmm.vcpu(0).pending(0), "the IRQ is kept");
        // the innermost handler returns: the pending IRQ is entered on the way
        InterruptFrame next = g.call(0, ENTRY + 4, IRET);
        assertEquals(ENTRY, next.eip());
        assertEquals(0, g.vmm.vcpu(0).pending(0));
        assertEquals(16, g.vmm.vcpu(0).savedFrames());
        InterruptFrame back = g.call(0, ENTRY + 4, IRET);
        assertEquals(0x100F, back.eip());
        assertEquals(Errno.OK.code(), back.eax(), "the saved sti call's own result");
        assertEquals(15, g.vmm.vcpu(0).savedFrames());
    }

    @Test
    void onlyUserModeFramesAreRedirected() {
        g.eax(0, REGISTER, 0, ENTRY);
        g.vmm.raise(0);
        InterruptFrame kernel = new InterruptFrame(0, 0, 0, 0, 0, 0, 0, 0, 0x100000, 0x08, 0x2, 0x10, 0x10, 0x10);
        assertSame(kernel, g.vmm.deliver(0, kernel));
        assertEquals(1, g.vmm.vcpu(0).pending(0));
    }

    @Test
    void aMetaRouteEntersItsOwnHandlerAndAckReArmsIt() {
        assertEquals(Errno.OK.code(), g.eax(1, ROUTE, 4, 0x900));
        assertFalse(g.host.masked[4]);
        g.vmm.raise(4);
        g.vmm.raise(4);
        assertEquals(1, g.vmm.vcpu(1).pending(4), "one until acked");
        InterruptFrame up = g.vmm.deliver(1, Guest.userFrame(1, 0x20, 0));
        assertEquals(0x900, up.eip());
        assertEquals(4, up.eax());
        g.eax(1, ACK, 4);
        g.vmm.raise(4);
        assertEquals(1, g.vmm.vcpu(1).pending(4));
    }

    @Test
    void aRouteMustPointIntoThePartition() {
        assertEquals(Errno.EINVAL.code(), g.eax(0, ROUTE, 4, 0x10000));
        assertTrue(g.host.masked[4]);
        assertEquals(Errno.EINVAL.code(), g.eax(0, ROUTE, 16, 0x100));
    }

    @Test
    void theKernelHandlerSeesEveryTickWhilePartitionsGetTheirs() {
        List<Integer> ticks = new ArrayList<>();
        g.vmm.setKernelHandler(0, ticks::add);
        g.eax(0, REGISTER, 0, ENTRY);
        g.eax(1, ROUTE, 0, 0x500);
        g.vmm.raise(0);
        g.vmm.raise(0);
        assertEquals(List.of(0, 0), ticks);
        assertEquals(2, g.vmm.vcpu(0).pending(0));
        assertEquals(1, g.vmm.vcpu(1).pending(0));
        assertFalse(g.host.masked[0]);
    }

    @Test
    void aBadArgumentBlockIsEinvalAndAMemoryViolation() {
        InterruptFrame f = Guest.userFrame(0, 0x40, ECHO);
        f = new InterruptFrame(ECHO, 0, 0, 0xFFF0 + 1, f.esp(), 0, 0, 0, 0x40, f.cs(), f.eflags(), f.ss(), f.ds(),
                f.es());
        InterruptFrame out = g.vmm.hypercall(0, f);
        assertEquals(Errno.EINVAL.code(), out.eax());
        assertEquals(0x40, out.eip());
        assertEquals(List.of(ErrorKind.MEMORY_VIOLATION), g.host.reportedKinds());
    }

    @Test
    void resultsGoToEaxAndEveryOtherRegisterIsKept() {
        InterruptFrame in = g.callFrame(0, 0x40, ECHO, Errno.EXISTS.code());
        InterruptFrame out = g.vmm.hypercall(0, in);
        assertEquals(in.withEax(Errno.EXISTS.code()), out);
    }

    @Test
    void anUnknownHypercallIsUnavailableAndTheGuestGoesOn() {
        assertEquals(Errno.UNAVAILABLE.code(), g.eax(1, 77));
        assertEquals(List.of(ErrorKind.ILLEGAL_REQUEST), g.host.reportedKinds());
        assertEquals(1, g.host.reports.get(0).partition());
        assertEquals(Errno.OK.code(), g.eax(1, ECHO, 0));
    }

    @Test
    void aHandlerThatThrowsAfterDoIretLeavesTheFrameAlone() {
        g.with(ctx -> {
            ctx.vcpu().returnFromInterrupt();
            throw new IllegalStateException("after iret");
        }, 60);
        g.eax(0, REGISTER, 0, ENTRY);
        g.vmm.raise(0);
        g.vmm.deliver(0, Guest.userFrame(0, 0x600, 1));
        InterruptFrame out = g.call(0, ENTRY + 4, 60);
        assertEquals(ENTRY + 4, out.eip());
        assertEquals(Errno.UNAVAILABLE.code(), out.eax());
        assertEquals(0, g.vmm.vcpu(0).savedFrames(), "the pop happened; only the frame change is void");
    }

    @Test
    void doIretOutsideAHypercallIsRefused() {
        assertThrows(IllegalStateException.class, () -> g.vmm.vcpu(0).returnFromInterrupt());
    }

    @Test
    void aHandlerCannotTouchAnotherPartitionsMemory() {
        g.with(ctx -> {
            ctx.memory().writeInt(ctx.arg(1), 0x5A5A5A5A);
            return Errno.OK;
        }, 61);
        // partition 1 aims at partition 0's base from its own base: 0x10000 bytes back, i.e. a huge unsigned offset
        assertEquals(Errno.EINVAL.code(), g.eax(1, 61, -0x10000));
        assertEquals(Errno.EINVAL.code(), g.eax(0, 61, 0x10000));
        for (byte b : g.host.physical) {
            assertFalse(b == 0x5A);
        }
    }

    @Test
    void aRestartForgetsTheVcpuAndTheRoutes() {
        g.eax(1, REGISTER, 0, ENTRY);
        g.eax(1, ROUTE, 6, 0x100);
        g.eax(1, CLI);
        g.vmm.raise(6);
        g.vmm.resetPartition(1);
        assertTrue(g.host.masked[6]);
        assertTrue(g.vmm.vcpu(1).interruptsEnabled());
        assertEquals(0, g.vmm.vcpu(1).pending(6));
        g.vmm.raise(0);
        assertEquals(0, g.vmm.vcpu(1).pending(0));
    }

    @Test
    void partitionsOutsideTheSystemAreTheBspsBug() {
        assertThrows(IllegalArgumentException.class, () -> g.vmm.vcpu(2));
        assertThrows(IllegalArgumentException.class, () -> g.vmm.deliver(-1, Guest.userFrame(0, 0, 0)));
    }
}
