package org.jpok.hypercall.virt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.hypercall.VirtualCpu;
import org.jpok.api.kernel.Errno;
import org.junit.jupiter.api.Test;

class VcpuStateTest {

    private boolean routed;
    private final VcpuHost host = new VcpuHost() {
        @Override
        public boolean routed(int partition, int line) {
            return routed;
        }

        @Override
        public Errno returnFromInterrupt(int partition) {
            return Errno.TIMEOUT;
        }
    };
    private final VcpuState v = new VcpuState(2, 0x10000, host);

    @Test
    void theVirtualInterruptFlagNests() {
        assertTrue(v.interruptsEnabled());
        v.disableInterrupts();
        v.disableInterrupts();
        assertEquals(2, v.disableDepth());
        v.enableInterrupts();
        assertFalse(v.interruptsEnabled());
        v.enableInterrupts();
        assertTrue(v.interruptsEnabled());
        // sti at depth 0 is harmless and does not go negative
        v.enableInterrupts();
        assertEquals(0, v.disableDepth());
        v.disableInterrupts();
        assertFalse(v.interruptsEnabled());
    }

    @Test
    void registeringTakesALineAndAnEntryInsideThePartition() {
        assertEquals(Errno.EINVAL, v.registerEntry(16, 0x100));
        assertEquals(Errno.EINVAL, v.registerEntry(-1, 0x100));
        assertEquals(Errno.EINVAL, v.registerEntry(0, 0x10000));
        assertEquals(Errno.EINVAL, v.registerEntry(0, -4));
        assertFalse(v.hasEntry());
        assertEquals(Errno.OK, v.registerEntry(0, 0x0));
        assertTrue(v.hasEntry());
        assertEquals(0, v.entry());
        // one common entry point: the last registration sets it for every line
        assertEquals(Errno.OK, v.registerEntry(4, 0x200));
        assertEquals(0x200, v.entry());
        assertTrue(v.slotRegistered(0) && v.slotRegistered(4));
    }

    @Test
    void unregisteringTakesTheVectorAsPokAndDropsPendingAndFinallyTheEntry() {
        v.registerEntry(0, 0x100);
        v.registerEntry(3, 0x100);
        v.post(3);
        assertEquals(Errno.EINVAL, v.unregisterEntry(3));
        assertEquals(Errno.EINVAL, v.unregisterEntry(32 + 5));
        assertEquals(Errno.OK, v.unregisterEntry(32 + 3));
        assertEquals(0, v.pending(3));
        assertTrue(v.hasEntry());
        assertEquals(Errno.OK, v.unregisterEntry(32));
        assertFalse(v.hasEntry());
        assertEquals(Errno.EINVAL, v.unregisterEntry(32));
    }

    @Test
    void pendingOfALineStillRoutedThroughTheMetaHandlerSurvivesUnregistering() {
        v.registerEntry(1, 0x100);
        v.post(1);
        routed = true;
        v.unregisterEntry(33);
        assertEquals(1, v.pending(1));
    }

    @Test
    void pendingCountersSaturateInsteadOfWrapping() {
        for (int i = 0; i < 300; i++) {
            v.post(7);
        }
        assertEquals(VcpuState.MAX_PENDING, v.pending(7));
        assertEquals(300 - VcpuState.MAX_PENDING, v.saturated());
        v.consume(7);
        assertEquals(VcpuState.MAX_PENDING - 1, v.pending(7));
        assertEquals(0, v.pending(99));
    }

    @Test
    void theFrameStackHoldsSixteenAndSaysSo() {
        FrameStack s = new FrameStack();
        for (int i = 0; i < VirtualCpu.MAX_FRAMES; i++) {
            s.push(frame(i));
        }
        assertTrue(s.isFull());
        assertThrows(IllegalStateException.class, () -> s.push(frame(99)));
        assertEquals(15, s.peek().eip());
        assertEquals(15, s.pop().eip());
        assertEquals(14, s.pop().eip());
        assertEquals(14, s.depth());
        s.clear();
        assertNull(s.peek());
        assertThrows(IllegalStateException.class, s::pop);
    }

    @Test
    void anOverflowIsNotedOncePerEpisode() {
        for (int i = 0; i < VirtualCpu.MAX_FRAMES; i++) {
            v.pushFrame(frame(i));
        }
        assertTrue(v.noteOverflow());
        assertFalse(v.noteOverflow());
        v.popFrame();
        v.pushFrame(frame(20));
        assertTrue(v.noteOverflow());
    }

    @Test
    void aGuestMayRewriteItsSavedUserStateButNotItsPrivilege() {
        assertNull(v.savedFrame());
        assertEquals(Errno.EINVAL, v.replaceSavedFrame(frame(1)));
        v.pushFrame(frame(0x100));
        InterruptFrame evil = new InterruptFrame(1, 2, 3, 4, 0x7000, 6, 7, 8, 0x900, 0x08, 0x3000 | 0x0CD5, 0x10,
                0x10, 0x10);
        assertEquals(Errno.OK, v.replaceSavedFrame(evil));
        InterruptFrame got = v.savedFrame();
        assertEquals(new InterruptFrame(1, 2, 3, 4, 0x7000, 6, 7, 8, 0x900, 0x23, 0x202 | 0x0CD5, 0x2B, 0x2B, 0x2B),
                got, "registers, EIP, ESP and arithmetic flags taken; selectors, IF and IOPL kept");
        assertEquals(1, v.savedFrames());
    }

    @Test
    void doIretIsTheHostsBusinessAndResetForgetsEverything() {
        assertSame(Errno.TIMEOUT, v.returnFromInterrupt());
        v.disableInterrupts();
        v.registerEntry(2, 0x40);
        v.post(2);
        v.pushFrame(frame(1));
        v.reset();
        assertTrue(v.interruptsEnabled());
        assertFalse(v.hasEntry());
        assertFalse(v.slotRegistered(2));
        assertEquals(0, v.pending(2));
        assertEquals(0, v.savedFrames());
        assertEquals(2, v.partition());
    }

    private static InterruptFrame frame(int eip) {
        return new InterruptFrame(0, 0, 0, 0, 0, 0, 0, 0, eip, 0x23, 0x202, 0x2B, 0x2B, 0x2B);
    }
}
