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

    /**
     * Starts an append whose rows are sent as they are added, so the engine stores rows while the caller
     * reads the next ones. The default collects the rows and calls {@link #load} at the end.
     */
    default Append open(Connection connection, String table, List<String> columns) throws SQLException {
        BulkLoader self = this;
        return new Append() {
            private final List<Object[]> rows = new java.util.ArrayList<>();

            @Override
            public void add(Object[] row) {
                rows.add(row);
            }

            @Override
            public long finish() throws SQLException {
                return self.load(connection, table, columns, rows);
            }

            @Override
            public void abort() {
                rows.clear();
            }
        };
    }

    /** An append under way: {@link #finish} or {@link #abort} ends it. */
    interface Append {
        /** Sends (or queues) one row, its values in the order of the columns. */
        void add(Object[] row) throws SQLException;

        /** Ends the append; returns how many rows were written. */
        long finish() throws SQLException;

        /** Ends the append without writing what the engine has not stored yet; never throws. */
        void abort();
    }
}
