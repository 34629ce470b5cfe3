package io.systemprompt.database.engine;

/**
 * The portable kind of an engine error, so that callers handle a unique violation the same way on
 * SQLite and PostgreSQL. Classified from SQLite result codes and PostgreSQL SQLSTATE codes.
 */
public enum ErrorKind {
    /** A unique or primary key constraint was violated. */
    UNIQUE_VIOLATION(true),
    /** A foreign key constraint was violated. */
    FOREIGN_KEY_VIOLATION(true),
    /** A NOT NULL column got no value. */
    NOT_NULL_VIOLATION(true),
    /** A CHECK constraint was violated. */
    CHECK_VIOLATION(true),
    /** The engine was busy or a lock wait timed out; the work may succeed when retried. */
    BUSY(false),
    /** A write was attempted where the engine enforces read-only. */
    READ_ONLY(false),
    /** The SQL does not parse. */
    SYNTAX(false),
    /** A table, column or other object does not exist. */
    UNDEFINED_OBJECT(false),
    /** The connection failed or was closed. */
    CONNECTION(false),
    /** Anything else; the engine's message says what. */
    OTHER(false);

    private final boolean constraint;

    ErrorKind(boolean constraint) {
        this.constraint = constraint;
    }

    /** True for integrity constraint violations (unique, foreign key, not null, check). */
    public boolean isConstraintViolation() {
        return constraint;
    }
}
