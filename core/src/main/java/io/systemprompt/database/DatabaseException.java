package io.systemprompt.database;

/**
 * Root of every exception this library throws. It is unchecked so that callbacks and streams stay
 * readable; the subclass names say what failed and the message says what to do next.
 */
public class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure whose message says what failed and what to do. */
    public DatabaseException(String message) {
        super(message);
    }

    /** A failure caused by {@code cause}, usually a driver error. */
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
