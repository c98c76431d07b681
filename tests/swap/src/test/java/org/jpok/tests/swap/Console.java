package org.jpok.tests.swap;

import java.util.List;

import org.jpok.api.device.ConsoleSink;

/** Collects the guests' COM1 bytes (written on the vCPU thread, read by the test). */
final class Console implements ConsoleSink {

    private final StringBuilder text = new StringBuilder();

    @Override
    public synchronized void write(int b) {
        text.append((char) b);
    }

    synchronized String text() {
        return text.toString();
    }

    /** The complete lines so far that start with {@code prefix}. */
    List<String> lines(String prefix) {
        String t = text();
        int end = t.lastIndexOf('\n');
        return end < 0 ? List.of() : t.substring(0, end).lines().filter(l -> l.startsWith(prefix)).toList();
    }

    /** The last complete line starting with {@code prefix}, or "". */
    String last(String prefix) {
        List<String> l = lines(prefix);
        return l.isEmpty() ? "" : l.get(l.size() - 1);
    }
}
