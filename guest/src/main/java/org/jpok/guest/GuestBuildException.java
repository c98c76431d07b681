package org.jpok.guest;

/** A partition could not be built; the message holds what gcc printed. */
public class GuestBuildException extends Exception {
    private static final long serialVersionUID = 1L;

    public GuestBuildException(String message) {
        super(message);
    }

    public GuestBuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
