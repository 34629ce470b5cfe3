package io.systemprompt.database.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * An engine's fastest way to append many rows to one table, inside the caller's transaction (for
 * PostgreSQL, {@code COPY … FROM STDIN}). Values are the Java values the core would bind as
 * parameters; each must arrive in the table exactly as binding it would store it, NULL and the empty
 * string kept apart. The core calls it only for plain appends (no conflict handling) and, when it
 * throws, rolls back to a savepoint and replays the rows one by one to name the row at fault.
 */
public interface BulkLoader {

    /**
     * Appends {@code rows} to {@code table} (an unquoted name), each row's values in the order of
     * {@code columns}; returns how many rows were written. Never commits, never closes the connection.
     */
    long load(Connection connection, String table, List<String> columns, List<Object[]> rows) throws SQLException;
}
