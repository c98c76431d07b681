package org.jpok.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.jpok.api.cpu.Cpu;

/**
 * The benchmark workloads timed by this thread's CPU time instead of wall-clock time, so the
 * figure stays meaningful on a machine shared with other builds. Prints MIPS per CPU-second for
 * each workload (the best of several one-second rounds after warm-up).
 *
 * <p>Run: {@code mvn -B -Pjmh -pl bench/jmh -am verify -DskipTests} runs this before JMH;
 * or {@code java -cp <bench classpath> org.jpok.bench.CpuTimeMips}.
 */
public final class CpuTimeMips {
    private CpuTimeMips() {
    }

    public static void main(String[] args) {
        CpuBenchmark b = new CpuBenchmark();
        b.setUp();
        // arguments pick the workloads (integerLoop, mixedLoop); none: both
        java.util.List<String> pick = java.util.List.of(args.length > 0 ? args : new String[] {"integerLoop", "mixedLoop"});
        for (String name : pick) {
            measure(name, b, name.equals("integerLoop"));
        }
    }

    private static void measure(String name, CpuBenchmark b, boolean intLoop) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double best = 0;
        for (int round = 0; round < 8; round++) {
            b.refill();
            long c0 = mx.getCurrentThreadCpuTime();
            long n = 0;
            while (mx.getCurrentThreadCpuTime() - c0 < 1_000_000_000L) {
                if (intLoop) {
                    b.integerLoop();
                } else {
                    b.mixedLoop();
                }
                n += CpuBenchmark.BUDGET;
            }
            double mips = n / ((mx.getCurrentThreadCpuTime() - c0) / 1000.0);
            if (round >= 3) {
                best = Math.max(best, mips);
            }
        }
        System.out.printf("%-12s %6.1f MIPS per CPU-second%n", name, best);
    }
}
