package org.jpok.kernel.elf;

/** A partition image that cannot be loaded; the message says what is wrong in one line. */
public final class ElfException extends Exception {

    private static final long serialVersionUID = 1L;

    public ElfException(String message) {
        super(message);
    }
}
