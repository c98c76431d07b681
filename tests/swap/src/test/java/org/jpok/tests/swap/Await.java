package org.jpok.tests.swap;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition of a running system until it holds, or fails the test naming what it waited for. */
final class Await {

    private Await() {
    }

    static void until(BooleanSupplier condition, int seconds, Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + seconds + " s: " + what.get());
            }
            Thread.sleep(5);
        }
    }
}
