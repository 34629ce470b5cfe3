package io.systemprompt.database;

import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.pool.ConnectionPool;

import java.sql.Connection;
import java.sql.SQLException;

/** Begins, commits and rolls back top-level transactions without letting cleanup hide the first error. */
final class Transactions {
    private Transactions() {
    }

    static Scope begin(ConnectionPool pool, Dialect dialect, StatementRunner runner, boolean readOnly) {
        Connection c = pool.borrow();
        try {
            dialect.begin(c, readOnly);
        } catch (SQLException e) {
            StatementException failure = runner.translate(e, readOnly ? "BEGIN (read only)" : "BEGIN");
            closeQuietly(c, failure);
            throw failure;
        }
        return new Scope(pool, dialect, runner, c, readOnly);
    }

    private static void closeQuietly(Connection c, Throwable primary) {
        try {
            c.close();
        } catch (SQLException e) {
            primary.addSuppressed(e);
        }
    }

    /** One open transaction; closing it returns the connection. */
    static final class Scope implements AutoCloseable {
        private final ConnectionPool pool;
        private final Dialect dialect;
        private final StatementRunner runner;
        private final Connection connection;
        private final boolean readOnly;
        private final TransactionHandle handle;
        private boolean broken;

        private Scope(ConnectionPool pool, Dialect dialect, StatementRunner runner, Connection connection,
                boolean readOnly) {
            this.pool = pool;
            this.dialect = dialect;
            this.runner = runner;
            this.connection = connection;
            this.readOnly = readOnly;
            this.handle = new TransactionHandle(connection, runner, readOnly);
        }

        TransactionHandle handle() {
            return handle;
        }

        void commit() {
            if (handle.ended() != null) {
                // The callback caught the failure that ended the transaction; what it did is already undone.
                TransactionException failure = new TransactionException("The transaction was not committed: the"
                        + " engine ended it after an error, and undid its changes. The error was: "
                        + handle.ended().getMessage(), handle.ended());
                rollback(failure);
                throw failure;
            }
            try {
                dialect.commit(connection, readOnly);
            } catch (SQLException e) {
                StatementException failure = runner.translate(e, "COMMIT");
                rollback(failure);
                throw failure;
            }
        }

        /** Rolls back; a failure to roll back is attached to {@code primary}, never thrown over it. */
        void rollback(Throwable primary) {
            try {
                dialect.rollback(connection, readOnly);
            } catch (SQLException | RuntimeException e) {
                broken = true;
                primary.addSuppressed(e);
            }
        }

        @Override
        public void close() {
            handle.close();
            if (broken) {
                // The connection's transaction state is unknown, so it must not serve anyone else.
                pool.evict(connection);
            }
            try {
                connection.close();
            } catch (SQLException e) {
                throw new UnableToConnectException("Returning a connection to the pool failed: " + e.getMessage(), e);
            }
        }
    }
}
