package io.systemprompt.database;

import io.systemprompt.database.mapping.RowMapper;

import java.sql.Connection;
import java.util.List;

/**
 * The handle given to a transaction callback: every call runs on the transaction's one connection.
 * It belongs to the thread that opened it and dies with the callback, so a transaction's work never
 * mixes with another thread's.
 */
final class TransactionHandle implements Transaction {
    private final Connection connection;
    private final StatementRunner runner;
    private final Thread owner = Thread.currentThread();
    private final boolean readOnly;
    private int savepoints;
    private boolean open = true;

    TransactionHandle(Connection connection, StatementRunner runner, boolean readOnly) {
        this.connection = connection;
        this.runner = runner;
        this.readOnly = readOnly;
    }

    @Override
    public Connection connection() {
        check();
        return connection;
    }

    boolean readOnly() {
        return readOnly;
    }

    void close() {
        open = false;
    }

    private void check() {
        if (!open) {
            throw new TransactionException("This transaction handle was used after its transaction ended."
                    + " Use the handle only inside the transaction callback.");
        }
        if (Thread.currentThread() != owner) {
            throw new TransactionException("A transaction handle was used from thread '"
                    + Thread.currentThread().getName() + "' but belongs to '" + owner.getName()
                    + "'. Open a transaction in each thread instead.");
        }
    }

    /** In a read-only transaction, refuses a statement that could lift or escape read-only. */
    private void guard(String sql) {
        if (readOnly) {
            runner.checkReadOnly(sql);
        }
    }

    @Override
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        check();
        guard(sql);
        return runner.query(connection, sql, mapper, params);
    }

    @Override
    public void forEachRow(String sql, RowConsumer consumer, Object... params) {
        check();
        guard(sql);
        runner.forEach(connection, sql, consumer, params);
    }

    @Override
    public int execute(String sql, Object... params) {
        check();
        guard(sql);
        return runner.execute(connection, sql, params);
    }

    @Override
    public long insert(String sql, Object... params) {
        check();
        guard(sql);
        return runner.insert(connection, sql, params);
    }

    @Override
    public int[] batch(String sql, List<Object[]> rows) {
        check();
        guard(sql);
        return runner.batch(connection, sql, rows);
    }

    /** A nested transaction: a savepoint that is released on success and rolled back on failure. */
    @Override
    public <T, X extends Exception> T transaction(TransactionCallback<T, X> callback) throws X {
        check();
        String name = "spdb_sp" + (++savepoints);
        runner.executeRaw(connection, "SAVEPOINT " + name);
        T result;
        try {
            result = callback.apply(this);
        } catch (Throwable t) {
            try {
                runner.executeRaw(connection, "ROLLBACK TO SAVEPOINT " + name);
                runner.executeRaw(connection, "RELEASE SAVEPOINT " + name);
            } catch (RuntimeException rollbackFailure) {
                t.addSuppressed(rollbackFailure);
            }
            throw t;
        }
        runner.executeRaw(connection, "RELEASE SAVEPOINT " + name);
        return result;
    }
}
