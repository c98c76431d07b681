package org.jpok.kernel.port;

import java.util.ArrayDeque;

/** A queuing port: a FIFO of whole messages whose bytes add up to at most the port size. */
final class QueuingPort extends Port {

    private final ArrayDeque<byte[]> messages = new ArrayDeque<>();
    private long usedBytes;

    QueuingPort(int id, String name, PortDirection direction, int owner, long capacity) {
        super(id, name, direction, owner, capacity);
    }

    @Override
    PortKind kind() {
        return PortKind.QUEUING;
    }

    @Override
    void clear() {
        messages.clear();
        usedBytes = 0;
    }

    boolean fits(int length) {
        return usedBytes + length <= size();
    }

    void push(byte[] message) {
        messages.addLast(message);
        usedBytes += message.length;
    }

    byte[] peek() {
        return messages.peekFirst();
    }

    byte[] pop() {
        byte[] m = messages.pollFirst();
        if (m != null) {
            usedBytes -= m.length;
        }
        return m;
    }

    int messageCount() {
        return messages.size();
    }
}
