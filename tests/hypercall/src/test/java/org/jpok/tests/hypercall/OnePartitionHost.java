package org.jpok.tests.hypercall;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.vmm.VmmHost;

/** The smallest VmmHost: one 64 KiB partition at physical 0, a console buffer and a health-monitor log. */
final class OnePartitionHost implements VmmHost {

    static final int SIZE = 0x10000;

    final byte[] memory = new byte[SIZE];
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    final List<ErrorKind> reports = new CopyOnWriteArrayList<>();

    synchronized String console() {
        return console.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Override
    public int partitionCount() {
        return 1;
    }

    @Override
    public long partitionBase(int p) {
        return 0;
    }

    @Override
    public long partitionSize(int p) {
        return SIZE;
    }

    @Override
    public void readPhysical(long address, byte[] dst, int off, int len) {
        System.arraycopy(memory, (int) address, dst, off, len);
    }

    @Override
    public void writePhysical(long address, byte[] src, int off, int len) {
        System.arraycopy(src, off, memory, (int) address, len);
    }

    @Override
    public synchronized void consoleWrite(int p, byte[] bytes, int off, int len) {
        console.write(bytes, off, len);
    }

    @Override
    public long ticks() {
        return 0;
    }

    @Override
    public long nanos() {
        return 0;
    }

    @Override
    public void unmaskIrq(int line) {
    }

    @Override
    public void maskIrq(int line) {
    }

    @Override
    public void report(int partition, ErrorKind kind, String detail) {
        reports.add(kind);
    }

    void writeInt(int at, int v) {
        for (int i = 0; i < 4; i++) {
            memory[at + i] = (byte) (v >>> (8 * i));
        }
    }
}
