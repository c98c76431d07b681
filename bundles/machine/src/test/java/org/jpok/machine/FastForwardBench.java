package org.jpok.machine;

import java.util.Arrays;

/**
 * Wall time of a bare guest on the real core that halts through 10 s of virtual time (1000 PIT
 * ticks at 11932/1,193,182 s, then isa-debug-exit). Not a test: timing belongs here, the tests
 * assert only virtual time. Run with {@code mvn -B -q -pl bundles/machine -am -Pbench verify}.
 */
public final class FastForwardBench {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        BareMetal guest = BareGuestTest.tickingGuest(1000, false);
        for (int i = 0; i < 5; i++) {
            guest.run(); // warm-up: JIT, class loading
        }
        long[] wall = new long[runs];
        BareMetal.Result last = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = guest.run();
            wall[i] = System.nanoTime() - t0;
        }
        Arrays.sort(wall);
        System.out.printf("fast-forward: %.3f s virtual, %d instructions, exit %s%n",
                last.exit().virtualNanos() / 1e9, last.retired(), last.exit().status());
        System.out.printf("wall per run over %d runs: median %.1f ms, min %.1f ms, max %.1f ms%n",
                runs, wall[runs / 2] / 1e6, wall[0] / 1e6, wall[runs - 1] / 1e6);
    }
}
