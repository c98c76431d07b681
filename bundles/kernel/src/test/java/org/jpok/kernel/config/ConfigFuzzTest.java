package org.jpok.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Mutated config files either parse or fail with a one-line {@link ConfigException} that names the file;
 * never with another exception.
 */
class ConfigFuzzTest {

    private static final int MUTATIONS = 2_500;
    private static final String[] TOKENS = {"", " ", ":", "- ", "[", "]", "{", "}", "\n", "  ", "#", "&a", "*a",
        "!!str", "0x", "-1", "99999999999999999999", "1e9", "9223372036854775807", "ms", "k", "G", "null", "~",
        "'", "\"", "partition", "size", "pr1", "slots", "destinations", "µs", "\t", ",", "?", "|", ">", "%"};

    @Test
    void mutatedConfigsParseOrFailCleanly() {
        SplittableRandom random = new SplittableRandom(42);
        ConfigLoader loader = new ConfigLoader(false);
        Path file = Path.of("/nonexistent/fuzz/config.yaml");
        int parsed = 0;
        int refused = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            String text = mutate(ConfigLoaderTest.VALID, random);
            try {
                loader.parse(text, file);
                parsed++;
            } catch (ConfigException e) {
                assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("mutation " + i + " threw " + e + " for:\n" + text, e);
            }
        }
        assertEquals(MUTATIONS, parsed + refused);
        assertTrue(parsed > 25, "some mutants still parse: " + parsed);
        assertTrue(refused > 500, "many are refused: " + refused);
    }

    private static String mutate(String seed, SplittableRandom r) {
        StringBuilder s = new StringBuilder(seed);
        int rounds = 1 + r.nextInt(3);
        for (int k = 0; k < rounds && s.length() > 0; k++) {
            int at = r.nextInt(s.length());
            switch (r.nextInt(4)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, TOKENS[r.nextInt(TOKENS.length)]);
                case 2 -> s.setCharAt(at, (char) (32 + r.nextInt(95)));
                default -> {
                    int end = Math.min(s.length(), at + r.nextInt(40));
                    s.delete(at, end);
                }
            }
        }
        return s.toString();
    }
}
