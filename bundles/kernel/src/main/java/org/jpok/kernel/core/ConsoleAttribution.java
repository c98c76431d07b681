package org.jpok.kernel.core;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Iterator;

import org.jpok.api.kernel.KernelInspector;
import org.jpok.api.kernel.KernelInspector.ConsoleText;
import org.jpok.api.machine.Machine;

/**
 * Which partition wrote each console byte: the one whose slot held the CPU when it was written (a CONSWRITE syscall
 * or hypercall, or a port write of its own, all happen in its window). The kernel notes the machine's console byte
 * count at each change of partition; the machine keeps the bytes. vCPU thread only.
 */
final class ConsoleAttribution {

    private static final int KERNEL = KernelInspector.CONSOLE_KERNEL;
    /** Changes older than this many bytes before the newest can only describe bytes the machine no longer keeps. */
    private static final long HORIZON = 1 << 20;

    private final Machine machine;
    /** {byte number from which on, partition}, oldest first. */
    private final ArrayDeque<long[]> changes = new ArrayDeque<>();
    private int current = KERNEL;

    ConsoleAttribution(Machine machine) {
        this.machine = machine;
        changes.add(new long[] {0, KERNEL});
    }

    /** Partition {@code partition} (or {@link #KERNEL}) holds the CPU from now on. */
    void onCpu(int partition) {
        int p = partition < 0 ? KERNEL : partition;
        if (p == current) {
            return;
        }
        current = p;
        long at = machine.consoleBytesWritten();
        if (changes.getLast()[0] == at) {
            changes.removeLast(); // nothing was written in the previous window
        }
        if (changes.isEmpty() || changes.getLast()[1] != p) {
            changes.add(new long[] {at, p});
        }
        while (changes.size() > 1 && at - secondOldest() > HORIZON) {
            changes.removeFirst();
        }
    }

    private long secondOldest() {
        Iterator<long[]> i = changes.iterator();
        i.next();
        return i.next()[0];
    }

    /** The kept bytes numbered {@code from} on that {@code partition} wrote (see {@link KernelInspector#console}). */
    ConsoleText text(int partition, long from) {
        byte[] kept = machine.recentConsoleOutput();
        long end = machine.consoleBytesWritten();
        long start = Math.max(from, end - kept.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[][] all = changes.toArray(new long[0][]);
        for (int i = 0; i < all.length; i++) {
            long segFrom = Math.max(all[i][0], start);
            long segTo = i + 1 < all.length ? all[i + 1][0] : end;
            if ((partition == KernelInspector.CONSOLE_ALL || all[i][1] == partition) && segFrom < segTo) {
                int offset = (int) (segFrom - (end - kept.length));
                out.write(kept, offset, (int) (segTo - segFrom));
            }
        }
        return new ConsoleText(out.toByteArray(), end);
    }
}
