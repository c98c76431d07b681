package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void columnsAreAsWideAsTheirWidestCellAndLinesHaveNoTrailingBlanks() {
        String t = new Table("ID", "NAME", "X").row(1, "a", "").row(12, "longer", "y").toString();
        assertEquals(String.join(System.lineSeparator(),
                "ID  NAME    X",
                "1   a",
                "12  longer  y"), t);
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Table("A", "B").row(1));
    }
}
