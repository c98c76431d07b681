package org.jpok.machine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

class ConsoleHistoryTest {

    @Test
    void keepsEverythingWhileUnderCapacity() {
        ConsoleHistory h = new ConsoleHistory(8);
        "abc".chars().forEach(h::record);
        assertArrayEquals("abc".getBytes(), h.snapshot());
    }

    @Test
    void keepsTheNewestBytesOldestFirstOnceFull() {
        ConsoleHistory h = new ConsoleHistory(4);
        "abcdefg".chars().forEach(h::record);
        assertArrayEquals("defg".getBytes(), h.snapshot());
        assertEquals(7, h.written(), "the count goes on past the capacity");
    }

    @Test
    void clearForgetsEverything() {
        ConsoleHistory h = new ConsoleHistory(4);
        "abcdef".chars().forEach(h::record);
        h.clear();
        h.record('z');
        assertArrayEquals("z".getBytes(), h.snapshot());
        assertEquals(1, h.written());
    }

    @Test
    void teeRecordsAndForwardsToTheCurrentTarget() {
        ConsoleHistory h = new ConsoleHistory(16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        h.tee(() -> out::write).write('x');
        assertEquals("x", out.toString());
        assertArrayEquals("x".getBytes(), h.snapshot());
    }

    @Test
    void rejectsANonPositiveCapacity() {
        assertThrows(IllegalArgumentException.class, () -> new ConsoleHistory(0));
    }
}
