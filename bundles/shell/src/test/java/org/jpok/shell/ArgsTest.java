package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.jpok.api.kernel.PartitionInfo;
import org.jpok.api.kernel.PartitionMode;
import org.junit.jupiter.api.Test;

class ArgsTest {

    private static final List<PartitionInfo> PARTS = List.of(
            new PartitionInfo(0, "pr1", PartitionMode.NORMAL, 0x100000, 0x10000, 2, 0),
            new PartitionInfo(1, "7", PartitionMode.NORMAL, 0x110000, 0x10000, 1, 0));

    @Test
    void numbersAreDecimalOrHex() {
        assertEquals(42, Args.number("42"));
        assertEquals(0x1F, Args.number("0x1f"));
        assertEquals(0x1F, Args.number("1Fh"));
        assertEquals(0xFFFFFFFFL, Args.number("0xFFFFFFFF"));
        assertEquals(-3, Args.number("-3"));
    }

    @Test
    void aBadNumberNamesTheArgument() {
        assertEquals("bad number '0xZZ'", assertThrows(IllegalArgumentException.class, () -> Args.number("0xZZ")).getMessage());
        assertEquals("irq '16' is out of range (0..15)",
                assertThrows(IllegalArgumentException.class, () -> Args.number("16", 0, 15, "irq")).getMessage());
    }

    @Test
    void partitionsAreFoundByNameFirstThenById() {
        assertEquals(0, Args.partition(PARTS, "pr1").id());
        assertEquals(0, Args.partition(PARTS, "0").id());
        assertEquals(1, Args.partition(PARTS, "7").id()); // a name that looks like an id wins
        assertEquals(1, Args.partition(PARTS, "1").id());
        assertEquals("unknown partition 'foo'",
                assertThrows(IllegalArgumentException.class, () -> Args.partition(PARTS, "foo")).getMessage());
        assertEquals("unknown partition '9'",
                assertThrows(IllegalArgumentException.class, () -> Args.partition(PARTS, "9")).getMessage());
    }

    @Test
    void timesParseWithUnitsAndPrintInTheLargestWholeUnit() {
        assertEquals(10_000_000, Args.time("10ms"));
        assertEquals("bad time 'soon' (use e.g. 500ms, 2s, 100us)",
                assertThrows(IllegalArgumentException.class, () -> Args.time("soon")).getMessage());
        assertEquals("2s", Args.formatTime(2_000_000_000L));
        assertEquals("20ms", Args.formatTime(20_000_000));
        assertEquals("1500us", Args.formatTime(1_500_000));
        assertEquals("7ns", Args.formatTime(7));
        assertEquals("0ns", Args.formatTime(0));
        assertEquals("-", Args.formatTime(-1));
    }
}
