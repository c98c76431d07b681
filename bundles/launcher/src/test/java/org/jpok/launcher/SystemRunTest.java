package org.jpok.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.jpok.api.kernel.RunOutcome;
import org.junit.jupiter.api.Test;

/** How the end of a run becomes jpok's exit status. */
class SystemRunTest {

    private static int status(RunOutcome.Reason reason, int guestStatus, StringBuilder err) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int s = SystemRun.status(new RunOutcome(reason, guestStatus, "detail", 42), new PrintStream(bytes, true));
        err.append(bytes);
        return s;
    }

    @Test
    void shutdownIsZeroExitPortIsTheGuestsStatusTimeLimitIsThree() {
        StringBuilder err = new StringBuilder();
        assertEquals(0, status(RunOutcome.Reason.SHUTDOWN, 0, err));
        assertEquals(7, status(RunOutcome.Reason.GUEST_EXIT, 7, err));
        assertEquals("", err.toString());
        assertEquals(3, status(RunOutcome.Reason.TIME_LIMIT, 3, err));
        assertTrue(err.toString().contains("--max-time reached at 42 ns"), err.toString());
        StringBuilder err2 = new StringBuilder();
        assertEquals(1, status(RunOutcome.Reason.ERROR, 1, err2));
        assertEquals("jpok: detail", err2.toString().strip());
    }
}
