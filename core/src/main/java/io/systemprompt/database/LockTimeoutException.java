package io.systemprompt.database;

/** A lock (the SQLite write lock or the migration lock) was not granted in time; the message names the holder where the engine can tell. */
public class LockTimeoutException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /** The lock was not free in time; the message names the holder where known. */
    public LockTimeoutException(String message) {
        super(message);
    }

    /** A lock timeout caused by {@code cause}. */
    public LockTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
