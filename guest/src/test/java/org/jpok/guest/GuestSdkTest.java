package org.jpok.guest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packed SDK and examples are complete: INDEX lists every file, and extraction copies them unchanged. */
class GuestSdkTest {

    private static List<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.equals("INDEX") && !n.endsWith(".o") && !n.endsWith(".elf")).sorted().collect(Collectors.toList());
        }
    }

    private static void check(String folder, Path source, Path extracted) throws IOException {
        List<String> files = filesUnder(source);
        assertEquals(files, GuestSdk.index(folder), folder + "/INDEX is stale; regenerate it with: (cd "
                + source.getFileName() + " && find . -type f ! -name INDEX ! -name '*.o' ! -name '*.elf' | sed 's|^./||' | sort > INDEX)");
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(source.resolve(f)), Files.readAllBytes(extracted.resolve(f)), f);
        }
    }

    @Test
    void sdkIndexIsCompleteAndExtracts(@TempDir Path tmp) throws IOException {
        check(GuestSdk.SDK, SdkTestSupport.SDK, GuestSdk.extractSdk(tmp.resolve("sdk")));
    }

    @Test
    void examplesIndexIsCompleteAndExtracts(@TempDir Path tmp) throws IOException {
        check(GuestSdk.EXAMPLES, SdkTestSupport.EXAMPLES, GuestSdk.extractExamples(tmp.resolve("ex")));
    }
}
