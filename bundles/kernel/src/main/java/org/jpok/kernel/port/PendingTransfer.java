package org.jpok.kernel.port;

/** A queuing send or receive that waits for room or for a message until {@code deadline}. */
record PendingTransfer(QueuingPort port, byte[] message, int maxLength, long deadline) {

    boolean isSend() {
        return message != null;
    }
}
