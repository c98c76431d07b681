package org.jpok.kernel.port;

/** A sampling port: holds the latest message and when it was written. */
final class SamplingPort extends Port {

    private byte[] message;
    private long writtenAt;
    private long refreshNs;
    private boolean dirty;

    SamplingPort(int id, String name, PortDirection direction, int owner, long capacity) {
        super(id, name, direction, owner, capacity);
    }

    @Override
    PortKind kind() {
        return PortKind.SAMPLING;
    }

    @Override
    void clear() {
        message = null;
        writtenAt = 0;
        dirty = false;
    }

    byte[] message() {
        return message;
    }

    long writtenAt() {
        return writtenAt;
    }

    void store(byte[] data, long at) {
        message = data;
        writtenAt = at;
        dirty = true;
    }

    boolean isDirty() {
        return dirty;
    }

    void clean() {
        dirty = false;
    }

    long refreshNs() {
        return refreshNs;
    }

    void setRefreshNs(long refreshNs) {
        this.refreshNs = refreshNs;
    }

    /** A message is valid while it is younger than the refresh period given at creation. */
    boolean isValid(long now) {
        return message != null && writtenAt + refreshNs >= now;
    }
}
