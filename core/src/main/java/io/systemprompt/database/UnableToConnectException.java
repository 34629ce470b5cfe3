package io.systemprompt.database;

/** No connection could be made or borrowed: the server is unreachable, the credentials are refused, the file cannot be opened, or the pool stayed exhausted for {@code DB_CONNECT_TIMEOUT}. */
public class UnableToConnectException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /** No connection could be made or borrowed; the message says what to check. */
    public UnableToConnectException(String message) {
        super(message);
    }

    /** A connection failure caused by {@code cause}. */
    public UnableToConnectException(String message, Throwable cause) {
        super(message, cause);
    }
}
