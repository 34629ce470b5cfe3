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

    /**
     * True when this failure, or one of its causes, is a lost or closed connection (SQLSTATE class 08, or
     * a PostgreSQL session the server ended: 57P01-57P03). The work of the open transaction was rolled
     * back by the server, unless the connection was lost during COMMIT itself. False for
     * {@link UnableToConnectException}: a connection that was never made was not lost.
     */
    public boolean connectionLost() {
        if (this instanceof UnableToConnectException) {
            return false;
        }
        for (Throwable t = this; t != null; t = t.getCause()) {
            if (t instanceof StatementException s && s.kind() == io.systemprompt.database.engine.ErrorKind.CONNECTION) {
                return true;
            }
            if (t instanceof java.sql.SQLException e && e.getSQLState() != null
                    && (e.getSQLState().startsWith("08") || e.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
