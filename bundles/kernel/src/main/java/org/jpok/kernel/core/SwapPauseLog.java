package org.jpok.kernel.core;

import java.util.Arrays;

import org.jpok.api.kernel.BspControl.SwapPauses;

/**
 * The wall-clock pause of every BSP swap since boot (request until the guest can run again), for
 * {@code BspControl.swapPauses()}. Keeps the last {@link #CAPACITY} pauses; any thread.
 */
final class SwapPauseLog {

    static final int CAPACITY = 100_000;

    private long[] pauses = new long[64];
    private int count;
    private int swaps;

    synchronized void clear() {
        count = 0;
        swaps = 0;
    }

    synchronized void record(long nanos) {
        swaps++;
        if (count == CAPACITY) {
            System.arraycopy(pauses, 1, pauses, 0, count - 1); // rare: drop the oldest
            count--;
        }
        if (count == pauses.length) {
            pauses = Arrays.copyOf(pauses, Math.min(CAPACITY, pauses.length * 2));
        }
        pauses[count++] = nanos;
    }

    /** Minimum, median (the lower middle for an even count) and maximum of the kept pauses. */
    synchronized SwapPauses stats() {
        if (count == 0) {
            return new SwapPauses(0, 0, 0, 0);
        }
        long[] sorted = Arrays.copyOf(pauses, count);
        Arrays.sort(sorted);
        return new SwapPauses(swaps, sorted[0], sorted[(count - 1) / 2], sorted[count - 1]);
    }
}
