package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jpok.api.hypercall.HypercallStat;
import org.junit.jupiter.api.Test;

class HypercallCommandsTest {

    @Test
    void listsHandlersAndUnboundIdsWithTheirCounters() {
        HypercallCommands c = new HypercallCommands();
        c.statistics = () -> List.of(
                new HypercallStat(10, "console.write", "org.jpok.hypercall.console", 42, 0, true, 7, 1, 0, 2_500),
                new HypercallStat(10, "console.old", "org.example", 43, -5, false, 0, 0, 0, 0),
                new HypercallStat(99, "", "", -1, 0, false, 3, 3, 0, 0));
        List<String> lines = c.hypercalls().lines().toList();
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).matches("ID\\s+NAME\\s+BUNDLE\\s+RANKING\\s+ACTIVE\\s+CALLS\\s+ERRORS\\s+MEAN"), lines.get(0));
        assertTrue(lines.get(1).matches("10\\s+console.write\\s+org.jpok.hypercall.console\\s+0\\s+\\*\\s+7\\s+1\\s+2500ns"), lines.get(1));
        assertTrue(lines.get(2).matches("10\\s+console.old\\s+org.example\\s+-5\\s+0\\s+0\\s+-"), lines.get(2));
        assertTrue(lines.get(3).matches("99\\s+\\(no handler\\)\\s+-\\s+-\\s+3\\s+3\\s+-"), lines.get(3));
    }

    @Test
    void withoutADispatcherItSaysSo() {
        assertTrue(assertThrows(IllegalStateException.class, () -> new HypercallCommands().hypercalls())
                .getMessage().startsWith("no hypercall dispatcher"));
        assertEquals("12us", HypercallCommands.formatLatency(12_345));
        assertEquals("15ms", HypercallCommands.formatLatency(15_000_000));
    }
}
