package org.jpok.machine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.jpok.api.device.IoDevice;
import org.jpok.api.device.PortRange;

/**
 * The 64 Ki I/O ports, each owned by at most one device. A port that nobody owns reads all ones
 * and ignores writes, and its accesses are counted. Only the vCPU thread dispatches; the counts
 * may be read from any thread.
 */
final class PortBus {

    private final IoDevice[] owners = new IoDevice[0x10000];
    private final Map<Integer, Long> unclaimed = new ConcurrentHashMap<>();

    int in(int port, int size) {
        IoDevice d = owners[port & 0xFFFF];
        if (d == null) {
            unclaimed.merge(port & 0xFFFF, 1L, Long::sum);
            return size == 1 ? 0xFF : size == 2 ? 0xFFFF : 0xFFFF_FFFF;
        }
        return d.in(port & 0xFFFF, size);
    }

    void out(int port, int size, int value) {
        IoDevice d = owners[port & 0xFFFF];
        if (d == null) {
            unclaimed.merge(port & 0xFFFF, 1L, Long::sum);
            return;
        }
        d.out(port & 0xFFFF, size, value);
    }

    /** Claims the device's ports, or throws naming the first port another device holds (claiming none). */
    void claim(IoDevice device, List<PortRange> ranges) {
        for (PortRange r : ranges) {
            for (int p = r.first(); p < r.first() + r.count(); p++) {
                if (owners[p] != null && owners[p] != device) {
                    throw new IllegalStateException(String.format("device '%s' wants port 0x%04x, which '%s' holds",
                            device.name(), p, owners[p].name()));
                }
            }
        }
        for (PortRange r : ranges) {
            for (int p = r.first(); p < r.first() + r.count(); p++) {
                owners[p] = device;
            }
        }
    }

    void release(IoDevice device) {
        for (int p = 0; p < owners.length; p++) {
            if (owners[p] == device) {
                owners[p] = null;
            }
        }
    }

    Map<Integer, Long> unclaimedCounts() {
        return new TreeMap<>(unclaimed);
    }

    void resetCounts() {
        unclaimed.clear();
    }
}
