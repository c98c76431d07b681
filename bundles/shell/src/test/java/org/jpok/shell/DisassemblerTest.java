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
            "d9 e8                   | fld1",
            "0f 0f                   | .byte 0x0f",
    })
    void decodes(String hex, String expected) {
        byte[] code = bytes(hex);
        Disassembler.Instruction in = Disassembler.decode(code, 0x100, 0);
        assertEquals(expected, in.text().replaceAll("\\s+", " "));
        if (!expected.startsWith(".byte")) {
            assertEquals(code.length, in.length(), "the whole instruction is consumed");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "dc e1                | fsub %st,%st(1)",
            "de e9                | fsubrp %st,%st(1)",
            "dc f9                | fdivr %st,%st(1)",
            "d8 e9                | fsubr %st(1),%st",
            "de c1                | faddp %st,%st(1)",
            "d9 c9                | fxch %st(1)",
            "dd d9                | fstp %st(1)",
            "dd c1                | ffree %st(1)",
            "df e0                | fnstsw %ax",
            "df e8                | fucomip %st(0),%st",
            "db f1                | fcomi %st(1),%st",
            "da c1                | fcmovb %st(1),%st",
            "db d1                | fcmovnbe %st(1),%st",
            "da e9                | fucompp",
            "de d9                | fcompp",
            "d8 d9                | fcomp %st(1)",
            "d9 d0                | fnop",
            "d9 fa                | fsqrt",
            "d9 44 24 04          | flds 0x4(%esp)",
            "dd 5c 24 08          | fstpl 0x8(%esp)",
            "db 2c 24             | fldt (%esp)",
            "df 3c 24             | fistpll (%esp)",
            "df 2c 24             | fildll (%esp)",
            "de 0c 24             | fimuls (%esp)",
            "d9 7c 24 02          | fnstcw 0x2(%esp)",
            "d9 2c 24             | fldcw (%esp)",
            "9b dd 7d fc          | fstsw -0x4(%ebp)",
            "9b d9 7c 24 02       | fstcw 0x2(%esp)",
            "9b db e3             | finit",
            "9b                   | fwait",
    })
    void decodesX87(String hex, String expected) {
        decodes(hex, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0f 01 15 00 10 00 00 | lgdtl 0x1000",
            "0f 01 1d 00 10 00 00 | lidtl 0x1000",
            "66 0f 01 15 00 10 00 00 | lgdtw 0x1000",
            "0f 01 00             | sgdtl (%eax)",
            "0f 01 08             | sidtl (%eax)",
            "0f 20 c0             | mov %cr0,%eax",
            "0f 22 d8             | mov %eax,%cr3",
            "0f 21 c0             | mov %db0,%eax",
            "0f 23 f8             | mov %eax,%db7",
            "0f 00 d8             | ltr %ax",
            "0f 00 c0             | sldt %eax",
            "0f 00 c8             | str %eax",
            "0f 00 00             | sldt (%eax)",
            "0f 01 f0             | lmsw %ax",
            "0f 01 e0             | smsw %eax",
            "0f 01 38             | invlpg (%eax)",
            "0f 02 c1             | lar %ecx,%eax",
            "0f 03 c1             | lsl %ecx,%eax",
            "0f 06                | clts",
            "0f 08                | invd",
            "0f 09                | wbinvd",
            "0f 0b                | ud2",
            "0f 30                | wrmsr",
            "0f 32                | rdmsr",
            "ea 78 56 34 12 08 00 | ljmp $0x8,$0x12345678",
            "9a 78 56 34 12 08 00 | lcall $0x8,$0x12345678",
            "66 ea 34 12 08 00    | ljmpw $0x8,$0x1234",
            "66 9a 34 12 08 00    | lcallw $0x8,$0x1234",
            "ff 2d 00 20 00 00    | ljmp *0x2000",
            "ff 1d 00 20 00 00    | lcall *0x2000",
            "66 ff 1d 00 20 00 00 | lcallw *0x2000",
            "cb                   | lret",
            "ca 04 00             | lret $0x4",
            "0f b2 03             | lss (%ebx),%eax",
            "0f b4 03             | lfs (%ebx),%eax",
            "c5 03                | lds (%ebx),%eax",
            "c4 03                | les (%ebx),%eax",
            "0f a0                | push %fs",
            "0f a9                | pop %gs",
            "1e                   | push %ds",
            "07                   | pop %es",
            "0e                   | push %cs",
            "17                   | pop %ss",
            "c8 08 00 00          | enter $0x8,$0x0",
            "0f c8                | bswap %eax",
            "0f b1 0b             | cmpxchg %ecx,(%ebx)",
            "0f c1 0b             | xadd %ecx,(%ebx)",
            "0f ba e0 03          | bt $0x3,%eax",
            "0f ba 20 03          | btl $0x3,(%eax)",
            "66 0f ba 20 03       | btw $0x3,(%eax)",
            "f3 a6                | repz cmpsb %es:(%edi),%ds:(%esi)",
            "f2 ae                | repnz scas %es:(%edi),%al",
            "a7                   | cmpsl %es:(%edi),%ds:(%esi)",
            "af                   | scas %es:(%edi),%eax",
            "f3 6c                | rep insb (%dx),%es:(%edi)",
            "6f                   | outsl %ds:(%esi),(%dx)",
            "27                   | daa",
            "3f                   | aas",
            "d4 0a                | aam $0xa",
            "9e                   | sahf",
            "ce                   | into",
            "d7                   | xlat %ds:(%ebx)",
    })
    void decodesSystemFarAndOtherInstructions(String hex, String expected) {
        decodes(hex, expected);
    }

    @Test
    void loopsTargetAbsoluteAddresses() {
        assertEquals("loop 0x93", Disassembler.decode(bytes("e2 fe"), 0x93, 0).text().replaceAll("\\s+", " "));
        assertEquals("jecxz 0x95", Disassembler.decode(bytes("e3 fe"), 0x95, 0).text().replaceAll("\\s+", " "));
        assertEquals("loopne 0x5a", Disassembler.decode(bytes("e0 fe"), 0x5a, 0).text().replaceAll("\\s+", " "));
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
