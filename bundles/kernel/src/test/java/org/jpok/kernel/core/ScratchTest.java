package org.jpok.kernel.core;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jpok.api.kernel.RunOutcome;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void run() throws Exception {
        String cfg = System.getProperty("scratch.config");
        if (cfg == null) return;
        try (KernelWorld w = new KernelWorld()) {
            RunOutcome o = w.run(Path.of(cfg), 100_000_000L);
            System.out.println("OUTCOME " + o);
            System.out.println("CONSOLE<<" + w.console + ">>");
            System.out.println("HM " + w.kernel.healthEvents());
        }
    }
}
