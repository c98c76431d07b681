package org.jpok.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The libpok services put POK's syscall ids and arguments into the 24-byte
 * block: abi_trace.c calls them over trace_shim.c, which prints each block
 * (and the structures it points to) instead of trapping. Named variables
 * print as their names, other addresses as "ptr". Expected lines follow
 * pok-reference.md sections 1.5 to 1.7 (microseconds become nanoseconds in
 * lock-object timeouts; ids written by the kernel are one byte).
 */
class AbiTraceTest {

    private static final List<String> EXPECTED = List.of(
            "sys 50 n=2 &tid &attr 0 0 0 {prio 42 aff 0 period 5000000 deadline 0 capacity 0 stack 4096}",
            "tid 12",
            "sys 52 n=2 1500 0 0 0 0",
            "sys 51 n=2 77 0 0 0 0",
            "sys 56 n=2 0 0 0 0 0",
            "sys 53 n=2 0 0 0 0 0",
            "sys 62 n=2 12 0 0 0 0",
            "sys 57 n=2 0 0 0 0 0",
            "sys 55 n=2 3 0 0 0 0",
            "sys 54 n=2 2 0 0 0 0",
            "sys 65 n=2 12 250 0 0 0",
            "sys 60 n=2 12 99 0 0 0",
            "sys 61 n=2 12 0 0 0 0",
            "sys 59 n=2 12 &attr 0 0 0",
            "sys 58 n=2 &tid 0 0 0 0",
            "sys 20 n=2 &now 0 0 0 0",
            "sys 20 n=2 ptr 0 0 0 0",
            "deadline 5000001000",
            "sys 201 n=2 &sem ptr 0 0 0 {kind 2 policy 0 queueing 1 initial 1 max 5}",
            "sem 7",
            "sys 202 n=2 7 ptr 0 0 0 {op 1 kind 2 lock 2 timeout 5000}",
            "sys 202 n=2 7 ptr 0 0 0 {op 1 kind 2 lock 1 timeout 0}",
            "sys 202 n=2 7 ptr 0 0 0 {op 2 kind 2 lock 1 timeout 0}",
            "sys 201 n=2 &mutex ptr 0 0 0 {kind 1 policy 2 queueing 0 initial 1 max 1}",
            "sys 202 n=2 8 ptr 0 0 0 {op 1 kind 1 lock 1 timeout 0}",
            "sys 202 n=2 8 ptr 0 0 0 {op 1 kind 1 lock 2 timeout 3000}",
            "sys 202 n=2 8 ptr 0 0 0 {op 2 kind 1 lock 1 timeout 0}",
            "sys 201 n=2 ptr ptr 0 0 0 {kind 3 policy 0 queueing 1 initial 0 max 0}",
            "event 9",
            "sys 202 n=2 9 ptr 0 0 0 {op 1 kind 3 lock 1 timeout 0}",
            "sys 202 n=2 9 ptr 0 0 0 {op 3 kind 3 lock 2 timeout 2000}",
            "sys 202 n=2 9 ptr 0 0 0 {op 4 kind 3 lock 1 timeout 0}",
            "sys 202 n=2 9 ptr 0 0 0 {op 5 kind 3 lock 1 timeout 0}",
            "sys 202 n=2 9 ptr 0 0 0 {op 2 kind 3 lock 1 timeout 0}",
            "sys 105 n=5 \"temp\" 4 2 20000000 &port",
            "sys 104 n=3 0 data 4 0 0",
            "sys 102 n=4 0 data &len &valid 0",
            "sys 101 n=2 \"temp\" &port 0 0 0",
            "sys 110 n=5 \"temp\" 64 1 0 &port",
            "sys 111 n=4 0 data 8 1000 0",
            "sys 112 n=5 0 5 8 data &len",
            "sys 113 n=2 \"temp\" &port 0 0 0",
            "sys 404 n=2 3 0 0 0 0",
            "sys 405 n=2 &pid 0 0 0 0",
            "sys 409 n=2 &tid 0 0 0 0",
            "sys 303 n=2 data 7 0 0 0",
            "sys 304 n=2 ptr 0 0 0 0",
            "error kind 12 thread 3 addr 1234 msg 'kernel message' size 14",
            "sys 502 n=2 1016 65 0 0 0",
            "sys 501 n=2 1021 0 0 0 0",
            "sys 11 n=1 ptr 0 0 0 0",
            "sys 707 n=0 0 0 0 0 0");

    @Test
    void servicesEncodePokSyscalls() throws Exception {
        String out = SdkTestSupport.runNative(SdkTestSupport.buildNative(
                SdkTestSupport.TEST_C.resolve("abi_trace.c"), "abi_trace", "trace_shim"));
        List<String> lines = List.of(out.split("\n"));
        for (int i = 0; i < Math.min(lines.size(), EXPECTED.size()); i++) {
            assertEquals(EXPECTED.get(i), lines.get(i), "trace line " + (i + 1));
        }
        assertEquals(EXPECTED, lines);
    }
}
