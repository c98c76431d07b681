package org.jpok.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.jpok.kernel.sched.ThreadAttributes;
import org.jpok.kernel.syscall.GuestStructs;
import org.junit.jupiter.api.Test;

/**
 * Structures built by SDK code (structs_dump.c, native run) decode to the
 * same values with the kernel's own parsers: the two sides share the layout,
 * not just the sizes.
 */
class StructAgreementTest {

    @Test
    void kernelDecodesWhatTheSdkEncodes() throws Exception {
        String out = SdkTestSupport.runNative(
                SdkTestSupport.buildNative(SdkTestSupport.TEST_C.resolve("structs_dump.c"), "structs_dump"));
        Map<String, byte[]> bytes = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] kv = line.split("=");
            bytes.put(kv[0], HexFormat.of().parseHex(kv[1]));
        }
        assertEquals(new ThreadAttributes(200, 0x1234, 0x1111222233334444L, 0x0555666677778888L, 0x0999aaaabbbbccccL),
                GuestStructs.threadAttributes(bytes.get("thread_attr")));
        assertEquals(new GuestStructs.LockAttributes(2, 1, 1, 3, 65535),
                GuestStructs.lockAttributes(bytes.get("lockobj_attr")));
        assertEquals(new GuestStructs.LockRequest(3, 3, 2, 7000L),
                GuestStructs.lockRequest(bytes.get("lockobj_lockattr")));
    }
}
