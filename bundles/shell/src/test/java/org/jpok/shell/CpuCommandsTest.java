package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jpok.api.cpu.RegisterContext;
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
    void sendUnderstandsEscapes() {
        assertEquals("a\tb\nc\r", ConsoleCommands.unescape("a\\tb\\nc\\r"));
    }
}
