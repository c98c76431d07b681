package org.jpok.api.kernel;

/** A system that cannot boot: the message is one line naming the file and what is wrong. */
public class BootException extends Exception {
    private static final long serialVersionUID = 1L;

    public BootException(String message) {
        super(message);
    }
}
