package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected texts are GNU objdump's (AT&T) for the same bytes, spacing aside. */
class DisassemblerTest {

    static byte[] bytes(String hex) {
        String[] parts = hex.trim().split("\\s+");
        byte[] b = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            b[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return b;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "55                      | push %ebp",
            "89 e5                   | mov %esp,%ebp",
            "83 ec 10                | sub $0x10,%esp",
            "8b 45 08                | mov 0x8(%ebp),%eax",
            "8b 45 f8                | mov -0x8(%ebp),%eax",
            "8b 04 24                | mov (%esp),%eax",
            "c7 44 24 04 01 00 00 00 | movl $0x1,0x4(%esp)",
            "8d 04 8d 00 10 00 00    | lea 0x1000(,%ecx,4),%eax",
            "ff 24 85 00 20 00 00    | jmp *0x2000(,%eax,4)",
            "0f b6 c0                | movzbl %al,%eax",
            "0f bf 4b 02             | movswl 0x2(%ebx),%ecx",
            "f3 ab                   | rep stos %eax,%es:(%edi)",
            "cd 30                   | int $0x30",
            "66 89 c8                | mov %cx,%ax",
            "c1 e0 04                | shl $0x4,%eax",
            "f7 f1                   | div %ecx",
            "85 c0                   | test %eax,%eax",
            "0f 94 c0                | sete %al",
            "a1 00 30 00 00          | mov 0x3000,%eax",
            "64 8b 03                | mov %fs:(%ebx),%eax",
            "c9                      | leave",
            "c3                      | ret",
            "fa                      | cli",
            "0f bd c7                | bsr %edi,%eax",
            "0f a3 c2                | bt %eax,%edx",
            "0f a5 f7                | shld %cl,%esi,%edi",
            "0f ac fe 01             | shrd $0x1,%edi,%esi",
            "8d 76 00                | lea 0x0(%esi),%esi",
            "66 90                   | xchg %ax,%ax",
            "d9 e8                   | .byte 0xd9",
    })
    void decodes(String hex, String expected) {
        byte[] code = bytes(hex);
        Disassembler.Instruction in = Disassembler.decode(code, 0x100, 0);
        assertEquals(expected, in.text().replaceAll("\\s+", " "));
        if (!expected.startsWith(".byte")) {
            assertEquals(code.length, in.length(), "the whole instruction is consumed");
        }
    }

    @Test
    void relativeTargetsAreAbsoluteAddresses() {
        assertEquals("call 0x100", Disassembler.decode(bytes("e8 fb ff ff ff"), 0x100, 0).text().replaceAll("\\s+", " "));
        assertEquals("je 0x100", Disassembler.decode(bytes("74 fe"), 0x100, 0).text().replaceAll("\\s+", " "));
        assertEquals("jne 0x207", Disassembler.decode(bytes("90 0f 85 00 01 00 00"), 0x100, 1).text().replaceAll("\\s+", " "));
    }

    @Test
    void aTruncatedInstructionIsOneByte() {
        Disassembler.Instruction in = Disassembler.decode(bytes("b8 01 02"), 0, 0);
        assertEquals(".byte 0xb8", in.text());
        assertEquals(1, in.length());
    }
}
