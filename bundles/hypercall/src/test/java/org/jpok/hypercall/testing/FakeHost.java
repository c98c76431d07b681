package org.jpok.hypercall.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.vmm.VmmHost;

/** A VmmHost over a byte array: partitions of {@code size} bytes back to back from {@code firstBase}. */
public final class FakeHost implements VmmHost {

    /** One health-monitor report. */
    public record Report(int partition, ErrorKind kind, String detail) {
    }

    public final byte[] physical;
    private final long firstBase;
    private final long size;
    private final int partitions;
    private final ByteArrayOutputStream[] console;
    public final boolean[] masked = new boolean[16];
    public final List<String> maskLog = new ArrayList<>();
    public final List<Report> reports = new ArrayList<>();
    public long ticks;
    public long nanos;

    public FakeHost(int partitions, long firstBase, long size) {
        this.partitions = partitions;
        this.firstBase = firstBase;
        this.size = size;
        this.physical = new byte[(int) (firstBase + partitions * size)];
        console = new ByteArrayOutputStream[partitions];
        for (int p = 0; p < partitions; p++) {
            console[p] = new ByteArrayOutputStream();
        }
        Arrays.fill(masked, true);
    }

    public String console(int p) {
        return console[p].toString(StandardCharsets.ISO_8859_1);
    }

    public List<ErrorKind> reportedKinds() {
        return reports.stream().map(Report::kind).toList();
    }

    @Override
    public int partitionCount() {
        return partitions;
    }

    @Override
    public long partitionBase(int p) {
        return firstBase + p * size;
    }

    @Override
    public long partitionSize(int p) {
        return size;
    }

    @Override
    public void readPhysical(long address, byte[] dst, int off, int len) {
        System.arraycopy(physical, (int) address, dst, off, len);
    }

    @Override
    public void writePhysical(long address, byte[] src, int off, int len) {
        System.arraycopy(src, off, physical, (int) address, len);
    }

    @Override
    public void consoleWrite(int p, byte[] bytes, int off, int len) {
        console[p].write(bytes, off, len);
    }

    @Override
    public long ticks() {
        return ticks;
    }

    @Override
    public long nanos() {
        return nanos;
    }

    @Override
    public void unmaskIrq(int line) {
        masked[line] = false;
        maskLog.add("unmask " + line);
    }

    @Override
    public void maskIrq(int line) {
        masked[line] = true;
        maskLog.add("mask " + line);
    }

    @Override
    public void report(int partition, ErrorKind kind, String detail) {
        reports.add(new Report(partition, kind, detail));
    }
}
