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
        // arguments pick the workloads (integerLoop, mixedLoop, intIretLoop, syscallStubLoop); none: the first two
        java.util.List<String> pick = java.util.List.of(args.length > 0 ? args : new String[] {"integerLoop", "mixedLoop"});
        for (String name : pick) {
            measure(name, b);
        }
    }

    private static void measure(String name, CpuBenchmark b) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double best = 0;
        for (int round = 0; round < 8; round++) {
            b.refill();
            long c0 = mx.getCurrentThreadCpuTime();
            long n = 0;
            while (mx.getCurrentThreadCpuTime() - c0 < 1_000_000_000L) {
                switch (name) {
                    case "integerLoop": b.integerLoop(); break;
                    case "intIretLoop": b.intIretLoop(); break;
                    case "syscallStubLoop": b.syscallStubLoop(); break;
                    default: b.mixedLoop(); break;
                }
                n += CpuBenchmark.BUDGET;
            }
            double mips = n / ((mx.getCurrentThreadCpuTime() - c0) / 1000.0);
            if (round >= 3) {
                best = Math.max(best, mips);
            }
        }
        if (name.equals("intIretLoop")) {
            System.out.printf("%-12s %6.1f MIPS per CPU-second = %.2f M int/iret round trips per CPU-second (%.0f ns each)%n",
                    name, best, best / CpuBenchmark.INT_IRET_INSNS, 1000 * CpuBenchmark.INT_IRET_INSNS / best);
        } else if (name.equals("syscallStubLoop")) {
            System.out.printf("%-12s %6.1f MIPS per CPU-second = %.2f M syscall round trips per CPU-second (%.0f ns each)%n",
                    name, best, best / CpuBenchmark.SYSCALL_INSNS, 1000 * CpuBenchmark.SYSCALL_INSNS / best);
        } else {
            System.out.printf("%-12s %6.1f MIPS per CPU-second%n", name, best);
        }
    }
}
