package io.systemprompt.database;

import io.systemprompt.database.engine.ErrorKind;

/**
 * The engine rejected a statement. Carries the SQL (shortened), the SQLSTATE and the portable
 * {@link ErrorKind}, but never the bound parameter values, which may be secrets.
 */
public class StatementException extends DatabaseException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_SQL = 500;

    private final String sql;
    private final String sqlState;
    private final ErrorKind kind;

    /** A rejected statement: its SQL (never its parameter values), SQLSTATE and portable kind. */
    public StatementException(String message, String sql, String sqlState, ErrorKind kind, Throwable cause) {
        super(message, cause);
        this.sql = sql;
        this.sqlState = sqlState;
        this.kind = kind;
    }

    /** The statement text, shortened to 500 characters. */
    public String sql() {
        return sql;
    }

    /** The SQLSTATE reported by the driver, or null when the driver reports none (SQLite). */
    public String sqlState() {
        return sqlState;
    }

    /** The portable kind of the error. */
    public ErrorKind kind() {
        return kind;
    }

    /** Shortens SQL for messages: whitespace folded, at most 500 characters. */
    public static String excerpt(String sql) {
        String s = sql.strip().replaceAll("\\s+", " ");
        return s.length() <= MAX_SQL ? s : s.substring(0, MAX_SQL) + " …";
    }
}
