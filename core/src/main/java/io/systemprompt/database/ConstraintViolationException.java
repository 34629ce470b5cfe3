package io.systemprompt.database;

import io.systemprompt.database.engine.ErrorKind;

/**
 * A unique, foreign-key, not-null or check constraint refused a write. The same type on every
 * engine; {@link #kind()} says which constraint kind.
 */
public class ConstraintViolationException extends StatementException {
    private static final long serialVersionUID = 1L;

    /** A constraint violation, the same type on every engine. */
    public ConstraintViolationException(String message, String sql, String sqlState, ErrorKind kind,
            Throwable cause) {
        super(message, sql, sqlState, kind, cause);
    }
}
