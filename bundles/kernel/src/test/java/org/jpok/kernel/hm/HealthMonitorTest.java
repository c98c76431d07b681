package org.jpok.kernel.hm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.kernel.HmAction;
import org.jpok.api.kernel.HmEvent;
import org.jpok.api.kernel.HmResponse;
import org.junit.jupiter.api.Test;

class HealthMonitorTest {

    private final HealthMonitor hm = new HealthMonitor(List.of(HmAction.LOG, HmAction.RESTART, HmAction.STOP));

    @Test
    void configuredActionAppliesWithoutAHandler() {
        assertEquals(HmResponse.LOGGED, hm.report(1, 0, 3, 1, 0x10, ErrorKind.ILLEGAL_REQUEST, "", false, false)
                .response());
        assertEquals(HmResponse.RESTARTED, hm.report(2, 1, 5, 1, 0x20, ErrorKind.MEMORY_VIOLATION, "", false,
                false).response());
        assertEquals(HmResponse.STOPPED, hm.report(3, 2, 7, 0, 0x30, ErrorKind.NUMERIC_ERROR, "", false, false)
                .response());
    }

    @Test
    void theErrorHandlerTakesOverUnlessItFailsItself() {
        assertEquals(HmResponse.ERROR_HANDLER,
                hm.report(1, 2, 7, 1, 0, ErrorKind.DEADLINE_MISSED, "", true, false).response());
        assertEquals(HmResponse.STOPPED,
                hm.report(2, 2, 8, 2, 0, ErrorKind.ILLEGAL_REQUEST, "", true, true).response());
    }

    @Test
    void everyEventIsLoggedWithItsFieldsAndSentToListeners() {
        List<HmEvent> seen = new ArrayList<>();
        hm.addListener(seen::add);
        HmEvent e = hm.report(99, 1, 12, 2, 0x1234, ErrorKind.MEMORY_VIOLATION, "#GP at 0x1234", false, false);
        assertEquals(new HmEvent(99, 1, 12, 0x1234, ErrorKind.MEMORY_VIOLATION, HmResponse.RESTARTED,
                "#GP at 0x1234"), e);
        assertEquals(List.of(e), hm.events());
        assertEquals(List.of(e), seen);
        hm.removeListener(seen::add);
    }

    @Test
    void theLogIsBounded() {
        for (int i = 0; i < HealthMonitor.LOG_CAPACITY + 10; i++) {
            hm.report(i, 0, 0, 0, 0, ErrorKind.ILLEGAL_REQUEST, "", false, false);
        }
        assertEquals(HealthMonitor.LOG_CAPACITY, hm.events().size());
        assertEquals(10, hm.droppedEvents());
        assertEquals(10, hm.events().get(0).timeNs());
    }

    @Test
    void errorStatusIsKeptPerPartitionInPoksLayout() {
        assertEquals(ErrorKind.INVALID, hm.lastError(0).kind());
        hm.report(5, 0, 3, 2, 0xCAFE, ErrorKind.APPLICATION_ERROR, "", "boom".getBytes(), false, false);
        ErrorStatus s = hm.lastError(0);
        assertEquals(ErrorKind.APPLICATION_ERROR, s.kind());
        assertEquals(2, s.failedThread());
        byte[] raw = s.toBytes();
        assertEquals(ErrorStatus.STRUCT_SIZE, raw.length);
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(11, raw[0]);
        assertEquals(2, b.getInt(4));
        assertEquals(0xCAFE, b.getInt(8));
        assertArrayEquals("boom".getBytes(), java.util.Arrays.copyOfRange(raw, 12, 16));
        assertEquals(4, b.getInt(264));
        assertEquals(ErrorKind.INVALID, hm.lastError(1).kind());
        hm.clear(0);
        assertEquals(ErrorStatus.NONE, hm.lastError(0));
        assertEquals(ErrorStatus.MAX_MESSAGE, new ErrorStatus(ErrorKind.APPLICATION_ERROR, 0, 0, new byte[999])
                .message().length);
    }

    @Test
    void cpuExceptionsMapToPokErrorKinds() {
        assertEquals(ErrorKind.NUMERIC_ERROR, FaultKinds.ofVector(0));
        assertEquals(ErrorKind.ILLEGAL_REQUEST, FaultKinds.ofVector(6));
        assertEquals(ErrorKind.ILLEGAL_REQUEST, FaultKinds.ofVector(13));
        assertEquals(ErrorKind.MEMORY_VIOLATION, FaultKinds.ofVector(12));
        assertEquals(ErrorKind.MEMORY_VIOLATION, FaultKinds.ofVector(11));
        assertEquals(ErrorKind.MEMORY_VIOLATION, FaultKinds.ofVector(14));
        assertEquals(ErrorKind.HARDWARE_FAULT, FaultKinds.ofVector(16));
        assertEquals(ErrorKind.HARDWARE_FAULT, FaultKinds.ofVector(17));
        assertEquals(ErrorKind.STACK_OVERFLOW, FaultKinds.ofVector(5));
        assertEquals(ErrorKind.PARTITION_HANDLER, FaultKinds.ofVector(8));
        assertNull(FaultKinds.ofVector(32));
        assertNull(FaultKinds.ofVector(42));
    }
}
