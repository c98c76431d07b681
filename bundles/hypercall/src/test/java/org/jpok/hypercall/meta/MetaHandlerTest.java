package org.jpok.hypercall.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jpok.api.kernel.Errno;
import org.junit.jupiter.api.Test;

class MetaHandlerTest {

    private final boolean[] masked = new boolean[16];
    private final List<String> log = new ArrayList<>();
    private final MetaHandler meta;

    MetaHandlerTest() {
        Arrays.fill(masked, true);
        meta = new MetaHandler(3, new IrqMasks() {
            @Override
            public void unmask(int line) {
                masked[line] = false;
            }

            @Override
            public void mask(int line) {
                masked[line] = true;
            }
        });
    }

    private List<String> raise(int line) {
        List<String> got = new ArrayList<>();
        meta.raise(line, (p, l) -> got.add("p" + p + ":" + l));
        return got;
    }

    @Test
    void registeringUnmasksAndUnregisteringMasksOnceNobodyWantsTheLine() {
        assertEquals(Errno.OK, meta.register(0, 4, 0x100));
        assertFalse(masked[4]);
        assertEquals(Errno.OK, meta.register(2, 4, 0x200));
        assertEquals(Errno.OK, meta.unregister(0, 4));
        assertFalse(masked[4], "partition 2 still wants line 4");
        assertEquals(Errno.OK, meta.unregister(2, 4));
        assertTrue(masked[4]);
        assertEquals(Errno.EINVAL, meta.register(0, 16, 0));
        assertEquals(Errno.EINVAL, meta.unregister(0, -1));
    }

    @Test
    void waitingIsClearedOnDeliveryAndSetAgainByAck() {
        meta.register(1, 3, 0x100);
        assertTrue(meta.waiting(1, 3));
        assertEquals(List.of("p1:3"), raise(3));
        assertFalse(meta.waiting(1, 3));
        assertEquals(List.of(), raise(3), "not acked: not handed over again");
        assertEquals(1, meta.dropped(1, 3));
        assertEquals(Errno.OK, meta.ack(1, 3));
        assertEquals(List.of("p1:3"), raise(3));
        assertEquals(Errno.EINVAL, meta.ack(1, 16));
    }

    @Test
    void eachPartitionHasItsOwnWaitingFlag() {
        meta.register(0, 5, 0x10);
        meta.register(2, 5, 0x20);
        assertEquals(List.of("p0:5", "p2:5"), raise(5));
        meta.ack(2, 5);
        assertEquals(List.of("p2:5"), raise(5));
        assertEquals(0x10, meta.handler(0, 5));
        assertEquals(0x20, meta.handler(2, 5));
        assertFalse(meta.routed(1, 5));
    }

    @Test
    void theKernelHandlerRunsFirstAndKeepsItsLineUnmaskedWhilePartitionsComeAndGo() {
        meta.setKernelHandler(0, line -> log.add("kernel " + line));
        assertFalse(masked[0]);
        meta.register(1, 0, 0x100);
        meta.raise(0, (p, l) -> log.add("p" + p));
        assertEquals(List.of("kernel 0", "p1"), log);
        meta.unregister(1, 0);
        assertFalse(masked[0], "the scheduler tick must keep running");
        log.clear();
        meta.raise(0, (p, l) -> log.add("p" + p));
        assertEquals(List.of("kernel 0"), log);
        meta.setKernelHandler(0, null);
        assertTrue(masked[0]);
    }

    @Test
    void removingTheKernelHandlerLeavesALinePartitionsStillWant() {
        meta.setKernelHandler(1, line -> { });
        meta.register(0, 1, 0);
        meta.setKernelHandler(1, null);
        assertFalse(masked[1]);
    }

    @Test
    void unregisteringALineNeverRegisteredDoesNotTouchItsMask() {
        meta.setKernelHandler(0, line -> { });
        meta.unregister(2, 7);
        assertTrue(masked[7]);
        assertFalse(masked[0]);
    }

    @Test
    void resetDropsEveryRouteOfThePartition() {
        meta.register(1, 2, 0x10);
        meta.register(1, 9, 0x10);
        meta.register(0, 9, 0x10);
        raise(2);
        meta.resetPartition(1);
        assertFalse(meta.routed(1, 2));
        assertFalse(meta.routed(1, 9));
        assertTrue(masked[2]);
        assertFalse(masked[9]);
        assertTrue(meta.waiting(1, 2));
    }

    @Test
    void theBspMustNameARealLine() {
        assertThrows(IllegalArgumentException.class, () -> meta.raise(16, (p, l) -> { }));
        assertThrows(IllegalArgumentException.class, () -> meta.setKernelHandler(-1, l -> { }));
    }
}
