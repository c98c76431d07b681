package org.jpok.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The header layout probe: a C program, generated from POK's ABI table
 * (org/jpok/guest/pok-abi.properties), prints sizeof/offsetof/value of every
 * entry as compiled from the SDK headers with gcc -m32; the printed table must
 * equal POK's.
 */
class AbiLayoutTest {

    static Map<String, String> expectedTable() throws Exception {
        Properties p = new Properties();
        try (InputStream in = AbiLayoutTest.class.getResourceAsStream("pok-abi.properties")) {
            p.load(in);
        }
        Map<String, String> table = new TreeMap<>();
        p.forEach((k, v) -> table.put(k.toString(), v.toString().strip()));
        return table;
    }

    /** One printf per table key; a missing name or field fails compilation. */
    static String probeSource(Map<String, String> table) {
        StringBuilder c = new StringBuilder();
        for (String h : List.of("types.h", "errno.h", "core/syscall.h", "core/hypercall.h", "core/thread.h",
                "core/lockobj.h", "core/partition.h", "core/error.h", "middleware/port.h", "libc/stdlib.h",
                "libc/stdio.h", "arinc653/types.h", "arinc653/process.h", "arinc653/partition.h")) {
            c.append("#include <").append(h).append(">\n");
        }
        c.append("int main(void) {\n");
        for (String key : table.keySet()) {
            String[] part = key.split("\\.");
            String expr = switch (part[0]) {
                case "size" -> "(long long)sizeof(" + part[1] + ")";
                case "offset" -> "(long long)__builtin_offsetof(" + part[1] + ", " + part[2] + ")";
                case "const" -> "(long long)(" + part[1] + ")";
                default -> throw new IllegalArgumentException("bad ABI table key " + key);
            };
            c.append("  printf(\"").append(key).append("=%lld\\n\", ").append(expr).append(");\n");
        }
        c.append("  return 0;\n}\n");
        return c.toString();
    }

    @Test
    void headersMatchPokAbiTable() throws Exception {
        SdkTestSupport.toolchain();
        Map<String, String> expected = expectedTable();
        assertTrue(expected.size() > 200, "ABI table looks truncated: " + expected.size());
        Path source = SdkTestSupport.WORK.resolve("native/abi_probe.c");
        Files.createDirectories(source.getParent());
        Files.writeString(source, probeSource(expected));
        String out = SdkTestSupport.runNative(SdkTestSupport.buildNative(source, "abi_probe"));

        Map<String, String> actual = new TreeMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                actual.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        List<String> wrong = new ArrayList<>();
        expected.forEach((k, v) -> {
            if (!v.equals(actual.get(k))) {
                wrong.add(k + ": POK " + v + ", SDK " + actual.get(k));
            }
        });
        assertEquals(List.of(), wrong, "SDK headers differ from POK's ABI");
        assertEquals(expected.size(), actual.size(), "probe printed extra or missing lines:\n" + out);
    }
}
