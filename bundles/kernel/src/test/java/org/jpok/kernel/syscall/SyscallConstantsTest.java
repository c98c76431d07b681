package org.jpok.kernel.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.jpok.api.kernel.Errno;
import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.ThreadState;
import org.junit.jupiter.api.Test;

class SyscallConstantsTest {

    @Test
    void syscallIdsMatchPok() {
        Map<Integer, String> expected = new TreeMap<>();
        String[] table = {"10 CONSWRITE", "11 GETCHAR", "20 GETTICK", "50 THREAD_CREATE", "51 THREAD_SLEEP_UNTIL",
            "52 THREAD_SLEEP", "53 THREAD_SUSPEND", "54 THREAD_RESTART", "55 THREAD_STOP", "56 THREAD_PERIOD",
            "57 THREAD_STOPSELF", "58 THREAD_ID", "59 THREAD_STATUS", "60 THREAD_SET_PRIORITY", "61 THREAD_RESUME",
            "62 THREAD_SUSPEND_TARGET", "63 THREAD_DEADLINE", "64 THREAD_STATE", "65 THREAD_DELAYED_START",
            "101 MIDDLEWARE_SAMPLING_ID", "102 MIDDLEWARE_SAMPLING_READ", "103 MIDDLEWARE_SAMPLING_STATUS",
            "104 MIDDLEWARE_SAMPLING_WRITE", "105 MIDDLEWARE_SAMPLING_CREATE", "110 MIDDLEWARE_QUEUEING_CREATE",
            "111 MIDDLEWARE_QUEUEING_SEND", "112 MIDDLEWARE_QUEUEING_RECEIVE", "113 MIDDLEWARE_QUEUEING_ID",
            "114 MIDDLEWARE_QUEUEING_STATUS", "120 MIDDLEWARE_NODE_MAC_ADDR", "150 MIDDLEWARE_VIRTUAL_CREATE",
            "151 MIDDLEWARE_VIRTUAL_NB_DESTINATIONS", "152 MIDDLEWARE_VIRTUAL_DESTINATION",
            "153 MIDDLEWARE_VIRTUAL_GET_GLOBAL", "154 MIDDLEWARE_VIRTUAL_NODE", "201 LOCKOBJ_CREATE",
            "202 LOCKOBJ_OPERATION", "301 ERROR_HANDLER_CREATE", "303 ERROR_RAISE_APPLICATION_ERROR",
            "304 ERROR_GET", "404 PARTITION_SET_MODE", "405 PARTITION_GET_ID", "406 PARTITION_GET_PERIOD",
            "407 PARTITION_GET_DURATION", "408 PARTITION_GET_LOCK_LEVEL", "409 PARTITION_GET_OPERATING_MODE",
            "410 PARTITION_GET_START_CONDITION", "501 INB", "502 OUTB", "601 PCI_REGISTER", "701 RTL8029_READ",
            "702 RTL8029_POLL_AND_READ", "703 RTL8029_WRITE", "704 RTL8029_POLL", "705 RTL8029_CLEAR",
            "706 RTL8029_INIT", "707 SHUTDOWN"};
        for (String row : table) {
            String[] f = row.split(" ");
            expected.put(Integer.parseInt(f[0]), f[1]);
        }
        assertEquals(expected.size(), SyscallId.values().length);
        for (Map.Entry<Integer, String> e : expected.entrySet()) {
            SyscallId id = SyscallId.of(e.getKey());
            assertEquals(e.getValue(), id.name());
            assertEquals((int) e.getKey(), id.id());
        }
        assertNull(SyscallId.of(42), "42 is the vector, not a call");
        assertNull(SyscallId.of(302));
        assertNull(SyscallId.of(-1));
        assertNull(SyscallId.of(100_000));
        assertEquals(42, SyscallId.VECTOR);
    }

    @Test
    void errnoValuesMatchPok() {
        String expected = "OK=0 EINVAL=1 UNAVAILABLE=2 PARAM=3 TOOMANY=5 EPERM=6 EXISTS=7 ERANGE=8 EDOM=9"
                + " HUGE_VAL=10 EFAULT=11 THREAD=49 THREADATTR=50 TIME=100 PARTITION_ATTR=200 TIMEOUT=250 MODE=251"
                + " PORT=301 NOTFOUND=302 DIRECTION=303 SIZE=304 DISCIPLINE=305 PORTPART=307 EMPTY=308 KIND=309"
                + " READY=310 FULL=311 PARTITION=401 LOCKOBJ_UNAVAILABLE=500 LOCKOBJ_NOTREADY=501 LOCKOBJ_KIND=502"
                + " LOCKOBJ_POLICY=503 PARTITION_MODE=601";
        StringBuilder actual = new StringBuilder();
        for (Errno e : Errno.values()) {
            actual.append(actual.length() == 0 ? "" : " ").append(e.name()).append('=').append(e.code());
            assertEquals(e, Errno.ofCode(e.code()));
        }
        assertEquals(expected, actual.toString());
        assertNull(Errno.ofCode(4));
    }

    @Test
    void statesModesAndErrorKindsMatchPok() {
        assertEquals("0 1 2 3 4 5", Arrays.stream(ThreadState.values()).map(s -> "" + s.code())
                .reduce((a, b) -> a + " " + b).get());
        assertEquals("waiting next activation", ThreadState.WAIT_NEXT_ACTIVATION.traceName());
        assertEquals(3, PartitionMode.NORMAL.code());
        assertEquals(PartitionMode.STOPPED, PartitionMode.ofCode(6));
        assertNull(PartitionMode.ofCode(0));
        assertTrue(PartitionMode.INIT_COLD.isInit());
        assertFalse(PartitionMode.NORMAL.isInit());
        assertEquals(13, ErrorKind.ILLEGAL_REQUEST.code());
        assertEquals(ErrorKind.KERNEL_CONFIG, ErrorKind.ofCode(52));
        assertNull(ErrorKind.ofCode(18));
    }

    @Test
    void argCheckIsOverflowSafe() {
        assertTrue(ArgCheck.fits(0, 24, 24));
        assertTrue(ArgCheck.fits(1000, 24, 1024));
        assertFalse(ArgCheck.fits(1001, 24, 1024));
        assertTrue(ArgCheck.fits(1024, 0, 1024), "an empty range at the end");
        assertFalse(ArgCheck.fits(1025, 0, 1024));
        assertFalse(ArgCheck.fits(0xFFFFFFF0, 0x20, 1024), "ptr + len wraps in 32 bits");
        assertFalse(ArgCheck.fits(16, 0xFFFFFFF8, 1024), "a negative int length is huge");
        assertTrue(ArgCheck.fits(-1, 1, 0x1_0000_0000L), "the last byte of a 4 GiB space");
        assertFalse(ArgCheck.fits(-1, 1, 0xFFFF_FFFFL));
        assertTrue(ArgCheck.fits(-2, 1, 0x1_0000_0000L));
        assertFalse(ArgCheck.fits(0, 2000L, 1024));
        assertFalse(ArgCheck.fits(0, -1L, 1024));
        assertFalse(ArgCheck.fits(0, 0, -1));
    }
}
