package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disassembler against GNU objdump on real guest code: the guest SDK's sources (its libm is x87 code, its x86
 * port code uses in/out) compiled as the guest build compiles them, every instruction objdump prints decoded from its
 * bytes. Skipped where gcc with -m32 or objdump is missing.
 */
class DisassemblerObjdumpTest {

    static final Path SDK = Path.of(System.getProperty("jpok.root", "../..")).resolve("guest/sdk");
    static final List<String> SOURCES = List.of("src/libc/libm.c", "src/libc/format.c", "src/arch/x86.c",
            "src/core/entry.c", "src/libc/string.c", "src/core/thread.c");
    /** {@code addr:<tab>bytes<tab>text}, as {@code objdump -d -w} prints an instruction. */
    static final Pattern LINE = Pattern.compile("^\\s*([0-9a-f]+):\\t((?:[0-9a-f]{2} )+)\\s*\\t(.*)$");

    @TempDir
    Path work;

    static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort(command[0] + " is not installed");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(p.waitFor() == 0, () -> String.join(" ", command) + " failed: " + out);
        return out;
    }

    /** objdump's and our text alike: no symbol names, no 0x, single spaces. */
    static String normal(String text) {
        return text.replaceAll(" *<[^>]*>", "").replace("0x", "").replaceAll("\\s+", " ").strip();
    }

    @Test
    void agreesWithObjdumpOnCompiledGuestCode() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int decoded = 0;
        int x87 = 0;
        for (String source : SOURCES) {
            Path object = work.resolve(Path.of(source).getFileName() + ".o");
            run(work, "gcc", "-m32", "-O2", "-ffreestanding", "-fno-pic", "-fno-stack-protector", "-nostdlib",
                    "-I", SDK.resolve("include").toAbsolutePath().toString(), "-c",
                    SDK.resolve(source).toAbsolutePath().toString(), "-o", object.toString());
            for (String line : run(work, "objdump", "-d", "-w", object.toString()).lines().toList()) {
                Matcher m = LINE.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                long address = Long.parseLong(m.group(1), 16);
                byte[] bytes = DisassemblerTest.bytes(m.group(2));
                Disassembler.Instruction in = Disassembler.decode(bytes, address, 0);
                if (in.text().startsWith(".byte")) {
                    continue; // MMX/SSE and the other encodings the disassembler leaves out
                }
                decoded++;
                x87 += in.text().startsWith("f") ? 1 : 0;
                if (!normal(in.text()).equals(normal(m.group(3))) || in.length() != bytes.length) {
                    mismatches.add(source + " " + m.group(1) + ": " + m.group(2) + " objdump '" + m.group(3)
                            + "', ours '" + in.text() + "' (" + in.length() + " bytes)");
                }
            }
        }
        assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())), mismatches.size() + " differ");
        assertTrue(decoded > 1000, "instructions compared: " + decoded);
        assertTrue(x87 > 50, "x87 instructions compared: " + x87);
    }

    @Test
    void everyObjdumpLineOfASystemBlobDecodesTheSame() throws Exception {
        // Hand-made system and far code that compilers do not emit for partitions: a kernel's entry path.
        byte[] blob = DisassemblerTest.bytes("0f 01 15 00 10 00 00 0f 01 1d 08 10 00 00 0f 20 c0 83 c8 01 0f 22 c0"
                + " ea 00 20 00 00 08 00 66 b8 10 00 8e d8 0f 00 d8 fa f4 0f 09 0f 06 0f 32 0f 30 0f 01 38"
                + " 9a 00 30 00 00 08 00 ff 2d 00 20 00 00 cb ca 04 00 0f b2 03 0f 21 c0 0f 23 f8 9b db e3");
        Path file = work.resolve("blob.bin");
        Files.write(file, blob);
        int compared = 0;
        for (String line : run(work, "objdump", "-D", "-w", "-b", "binary", "-m", "i386", file.toString())
                .lines().toList()) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                int offset = Integer.parseInt(m.group(1), 16);
                Disassembler.Instruction in = Disassembler.decode(blob, 0, offset);
                assertEquals(normal(m.group(3)), normal(in.text()), line);
                assertEquals(m.group(2).trim().split(" ").length, in.length(), line);
                compared++;
            }
        }
        assertEquals(24, compared, "instructions in the blob");
    }
}
