package org.jpok.kernel.config;

/** A configuration that cannot run; the message is one line: {@code file:line: where: what is wrong}. */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
