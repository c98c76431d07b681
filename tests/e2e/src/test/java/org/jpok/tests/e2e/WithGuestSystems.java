package org.jpok.tests.e2e;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * For test classes that boot SDK examples: a working directory of the class's own with the SDK extracted and
 * compiled. The class is skipped where gcc cannot build 32-bit code.
 */
abstract class WithGuestSystems {

    @TempDir
    static Path work;
    static GuestSystems systems;

    @BeforeAll
    static void buildSdk() throws Exception {
        Optional<String> why = GuestSystems.unusable(work);
        Assumptions.assumeTrue(why.isEmpty(), () -> "cannot build guests: " + why.orElse(""));
        systems = GuestSystems.create(work);
    }
}
