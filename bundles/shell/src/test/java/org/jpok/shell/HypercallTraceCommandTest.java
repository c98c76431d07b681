package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jpok.api.hypercall.HypercallTracer;
import org.jpok.api.kernel.Errno;
import org.junit.jupiter.api.Test;

class HypercallTraceCommandTest {

    private HypercallTracer installed;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final HypercallTraceCommand command = new HypercallTraceCommand(t -> installed = t,
            PartitionCommandsTest.FAKE, new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void onInstallsATracerThatLogsOneLinePerCallAndOffRemovesIt() {
        assertEquals("hypercall trace on (to stderr)", command.execute(null, List.of("ON")));
        assertNotNull(installed);
        installed.traced(1, 10, new int[] {0x1000, 5}, Errno.OK, 2_500);
        installed.traced(7, 99, new int[0], Errno.UNAVAILABLE, 20_000);
        assertEquals("hypercall: beta id 10 (0x00001000, 0x00000005) -> OK in 2500ns\n"
                + "hypercall: partition 7 id 99 () -> UNAVAILABLE in 20us\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("hypercall trace off", command.execute(null, List.of("off")));
        assertNull(installed);
    }

    @Test
    void badArgumentsGetTheUsage() {
        assertEquals("bad argument 'maybe': " + HypercallTraceCommand.USAGE,
                assertThrows(IllegalArgumentException.class, () -> command.execute(null, List.of("maybe"))).getMessage());
        assertEquals(HypercallTraceCommand.USAGE,
                assertThrows(IllegalArgumentException.class, () -> command.execute(null, List.of())).getMessage());
    }
}
