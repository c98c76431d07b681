package org.jpok.hypercall.dispatch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HypercallIdPropertyTest {

    @Test
    void readsEveryShapeDsAndThirdPartiesUse() {
        assertArrayEquals(new int[] {10}, HypercallIdProperty.parse(10));
        assertArrayEquals(new int[] {10}, HypercallIdProperty.parse(new Integer[] {10}));
        assertArrayEquals(new int[] {25, 26}, HypercallIdProperty.parse(new int[] {25, 26}));
        assertArrayEquals(new int[] {64, 65}, HypercallIdProperty.parse("64, 65"));
        assertArrayEquals(new int[] {64, 65}, HypercallIdProperty.parse(new String[] {"64", "65 64"}));
        assertArrayEquals(new int[] {1, 2}, HypercallIdProperty.parse(List.of(1L, "2")));
    }

    @Test
    void refusesBadIdsNamingThem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HypercallIdProperty.parse(null))
                .getMessage().contains("missing"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HypercallIdProperty.parse(-1))
                .getMessage().contains("-1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HypercallIdProperty.parse(1024))
                .getMessage().contains("1024"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HypercallIdProperty.parse("ten"))
                .getMessage().contains("ten"));
        assertThrows(IllegalArgumentException.class, () -> HypercallIdProperty.parse(1.5));
        assertThrows(IllegalArgumentException.class, () -> HypercallIdProperty.parse(new int[0]));
        assertThrows(IllegalArgumentException.class, () -> HypercallIdProperty.parse(new Object()));
    }
}
