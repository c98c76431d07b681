package org.jpok.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void timesConvertLikePokWithTruncation() {
        assertEquals(5, Units.timeNs("5ns"));
        assertEquals(1_500, Units.timeNs("1.5us"));
        assertEquals(2_000, Units.timeNs("2µs"));
        assertEquals(10_000_000, Units.timeNs("10ms"));
        assertEquals(10_000_000, Units.timeNs("10 ms"));
        assertEquals(1_000_000_000, Units.timeNs("1s"));
        assertEquals(250_000_000, Units.timeNs("0.25s"));
        assertEquals(60_000_000_000L, Units.timeNs("1m"));
        assertEquals(3_600_000_000_000L, Units.timeNs("1h"));
        assertEquals(1, Units.timeNs("1.9ns"), "int(float * mult) truncates");
    }

    @Test
    void badTimesAreRefused() {
        for (String bad : new String[] {"10", "ms", "10 sec", "-5ms", "1e3ms", "10msx", "", "1.2.3s"}) {
            assertThrows(IllegalArgumentException.class, () -> Units.timeNs(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Units.timeNs("99999999999999h"));
    }

    @Test
    void sizesArePowersOf1024() {
        assertEquals(100, Units.sizeBytes("100"));
        assertEquals(100, Units.sizeBytes("100B"));
        assertEquals(64 * 1024, Units.sizeBytes("64k"));
        assertEquals(64 * 1024, Units.sizeBytes("64KB"));
        assertEquals(3L << 20, Units.sizeBytes("3M"));
        assertEquals(1L << 30, Units.sizeBytes("1GB"));
    }

    @Test
    void badSizesAreRefused() {
        for (String bad : new String[] {"1.5M", "12T", "k", "-4k", "4 kilobytes", "9999999999999"}) {
            assertThrows(IllegalArgumentException.class, () -> Units.sizeBytes(bad), bad);
        }
    }
}
