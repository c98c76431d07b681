package org.jpok.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/**
 * Buffers, blackboards and the APEX wrappers, run natively over a one-thread
 * model of the kernel (fake_kernel_shim.c). The expected results
 * (middleware_test.expected) are POK's errno and APEX return codes: FULL 311,
 * EMPTY 308, TIMEOUT 250, SIZE 304, READY 310, NOTFOUND 302; NO_ACTION 1,
 * NOT_AVAILABLE 2, INVALID_PARAM 3, TIMED_OUT 6.
 */
class MiddlewareTest {

    @Test
    void middlewareAndApexBehaveAsDocumented() throws Exception {
        String out = SdkTestSupport.runNative(SdkTestSupport.buildNative(
                SdkTestSupport.TEST_C.resolve("middleware_test.c"), "middleware_test", "fake_kernel_shim"));
        String expected = Files.readString(SdkTestSupport.TEST_C.resolve("middleware_test.expected"));
        String[] a = out.split("\n");
        String[] e = expected.split("\n");
        for (int i = 0; i < Math.min(a.length, e.length); i++) {
            assertEquals(e[i], a[i], "line " + (i + 1));
        }
        assertEquals(expected, out);
    }
}
