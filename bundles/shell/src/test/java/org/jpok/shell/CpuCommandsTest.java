package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jpok.api.cpu.RegisterContext;
import org.jpok.api.kernel.KernelDebug;
import org.jpok.api.kernel.PartitionInfo;
import org.jpok.api.kernel.PartitionMode;
import org.junit.jupiter.api.Test;

class CpuCommandsTest {

    @Test
    void hexDumpShowsSixteenBytesALineWithTheirText() {
        byte[] bytes = "Hello, world!\n\0\u0001ABC".getBytes(StandardCharsets.ISO_8859_1);
        List<String> lines = CpuCommands.hexDump(0x1000, bytes).lines().toList();
        assertEquals(2, lines.size());
        assertEquals("00001000  48 65 6c 6c 6f 2c 20 77 6f 72 6c 64 21 0a 00 01  |Hello, world!...|", lines.get(0));
        assertEquals("00001010  41 42 43" + " ".repeat(39) + "  |ABC|", lines.get(1));
    }

    @Test
    void registersAreNamedAndInHex() {
        RegisterContext r = new RegisterContext();
        r.gpr[0] = 0xCAFE;
        r.gpr[4] = 0x8000;
        r.eip = 0x1234;
        r.selector[1] = 0x1B;
        r.halted = true;
        String s = CpuCommands.format(r);
        assertTrue(s.startsWith("eax=0000cafe  ecx=00000000  edx=00000000  ebx=00000000"), s);
        assertTrue(s.contains("esp=00008000"), s);
        assertTrue(s.contains("eip=00001234  eflags=00000002  cpl=0  halted"), s);
        assertTrue(s.contains("cs=001b base=00000000"), s);
    }

    @Test
    void breakpointsShowTheCodeBytesTheyReplaced() {
        List<PartitionInfo> partitions = List.of(
                new PartitionInfo(0, "p1", PartitionMode.NORMAL, 0x200000, 0x10000, 2, 0),
                new PartitionInfo(1, "p2", PartitionMode.NORMAL, 0x210000, 0x10000, 2, 0));
        byte[] bytes = {(byte) 0xCC, 0x31, (byte) 0xCC, 0x00};
        // Read at physical 0x2100ff: p2's 0xff and 0x101 are breakpoints; p1's 0x100 lies elsewhere.
        CpuCommands.hideBreakpoints(List.of(new KernelDebug.Breakpoint(1, 0xff, 0x53),
                new KernelDebug.Breakpoint(1, 0x101, 0x89), new KernelDebug.Breakpoint(0, 0x100, 0x90)),
                partitions, 0x2100ff, bytes);
        assertArrayEquals(new byte[] {0x53, 0x31, (byte) 0x89, 0x00}, bytes);
    }

    @Test
    void sendUnderstandsEscapes() {
        assertEquals("a\tb\nc\r", ConsoleCommands.unescape("a\\tb\\nc\\r"));
    }
}
