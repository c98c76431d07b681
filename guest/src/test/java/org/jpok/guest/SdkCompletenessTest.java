package org.jpok.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every function and variable that the SDK headers declare is defined by the
 * SDK's objects (so a partition never fails to link on a declared service),
 * and every header of POK's public include tree that the SDK covers exists.
 */
class SdkCompletenessTest {

    /** Function declarations: name(params); with an optional attribute, not macros or typedefs. */
    private static final Pattern FUNCTION = Pattern.compile(
            "\\b([A-Za-z_]\\w*)\\s*\\([^()]*\\)\\s*(__attribute__\\s*\\(\\([^;]*\\)\\))?\\s*;");
    private static final Pattern VARIABLE = Pattern.compile("\\bextern\\s+[\\w\\s*]+?\\b([A-Za-z_]\\w*)\\s*(\\[[^]]*])?\\s*;");

    static Set<String> declaredNames() throws Exception {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> headers = Files.walk(SdkTestSupport.SDK.resolve("include"))) {
            for (Path h : headers.filter(p -> p.toString().endsWith(".h")).collect(Collectors.toList())) {
                String text = Files.readString(h)
                        .replaceAll("(?s)/\\*.*?\\*/", " ")
                        .replaceAll("(?m)^\\s*#(?:[^\\n]*\\\\\\n)*[^\\n]*", " ");
                for (String statement : text.split(";")) {
                    String s = statement.strip() + ";";
                    if (s.startsWith("typedef") || s.contains("{") && !s.contains("}")) {
                        continue;
                    }
                    String tail = s.substring(s.lastIndexOf('}') + 1);
                    Matcher f = FUNCTION.matcher(tail);
                    if (f.find() && !tail.contains("typedef")) {
                        names.add(f.group(1));
                        continue;
                    }
                    Matcher v = VARIABLE.matcher(tail);
                    if (v.find()) {
                        names.add(v.group(1));
                    }
                }
            }
        }
        return names;
    }

    @Test
    void everyDeclarationIsDefined() throws Exception {
        List<Path> objects = SdkTestSupport.partitionSdkObjects();
        List<String> cmd = new ArrayList<>(List.of("nm", "--defined-only"));
        objects.forEach(o -> cmd.add(o.toString()));
        GuestToolchain.Result r = GuestToolchain.run(cmd, SdkTestSupport.WORK);
        assertEquals(0, r.exitCode(), r.output());
        Set<String> defined = new TreeSet<>();
        for (String line : r.output().split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 3 && "TDBRC".indexOf(Character.toUpperCase(f[1].charAt(0))) >= 0) {
                defined.add(f[2]);
            }
        }
        Set<String> declared = declaredNames();
        assertTrue(declared.size() > 150, "declaration scan found only " + declared);
        assertTrue(declared.contains("errno") && declared.contains("pok_error_reported"), "variables not scanned");
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(defined);
        assertEquals(Set.of(), missing, "declared in the SDK headers but defined nowhere");
    }

    @Test
    void pokPublicIncludeTreeIsCovered() {
        List<String> headers = List.of("arch.h", "arch/x86/ioports.h", "arch/x86/types.h", "arinc653/arincutils.h",
                "arinc653/blackboard.h", "arinc653/buffer.h", "arinc653/error.h", "arinc653/event.h",
                "arinc653/partition.h", "arinc653/process.h", "arinc653/queueing.h", "arinc653/sampling.h",
                "arinc653/semaphore.h", "arinc653/time.h", "arinc653/types.h", "assert.h", "core/allocator.h",
                "core/error.h", "core/event.h", "core/lockobj.h", "core/mutex.h", "core/partition.h",
                "core/semaphore.h", "core/shutdown.h", "core/syscall.h", "core/thread.h", "core/time.h",
                "core/hypercall.h", "errno.h", "libc/stdarg.h", "libc/stdio.h", "libc/stdlib.h", "libc/string.h",
                "libm.h", "middleware/blackboard.h", "middleware/buffer.h", "middleware/port.h",
                "middleware/queue.h", "stdio.h", "stdlib.h", "string.h", "types.h");
        List<String> missing = headers.stream().filter(h -> !Files.isRegularFile(SdkTestSupport.SDK.resolve("include")
                .resolve(h))).collect(Collectors.toList());
        assertEquals(List.of(), missing);
    }
}
