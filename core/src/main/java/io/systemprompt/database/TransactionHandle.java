package io.systemprompt.database;

import io.systemprompt.database.mapping.RowMapper;
import io.systemprompt.database.mapping.RowMappers;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;

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
    /** The failure on which the engine ended this transaction by itself, or null while it is alive. */
    private StatementException ended;

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

    /** The failure that ended this transaction on the engine's side, or null. */
    StatementException ended() {
        return ended;
    }

    private void check() {
        if (ended != null) {
            throw new TransactionException("The engine ended this transaction after an error, so nothing more"
                    + " runs in it (it would run outside any transaction). The error was: " + ended.getMessage(),
                    ended);
        }
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
        return watch(() -> runner.query(connection, sql, mapper, params));
    }

    @Override
    public <T> Optional<T> queryOne(String sql, Class<T> type, Object... params) {
        check();
        guard(sql);
        return watch(() -> runner.queryOne(connection, sql, RowMappers.forType(type), params));
    }

    @Override
    public void forEachRow(String sql, RowConsumer consumer, Object... params) {
        check();
        guard(sql);
        watch(() -> {
            runner.forEach(connection, sql, consumer, params);
            return null;
        });
    }

    @Override
    public int execute(String sql, Object... params) {
        check();
        guard(sql);
        return watch(() -> runner.execute(connection, sql, params));
    }

    @Override
    public long insert(String sql, Object... params) {
        check();
        guard(sql);
        return watch(() -> runner.insert(connection, sql, params));
    }

    @Override
    public int[] batch(String sql, List<Object[]> rows) {
        check();
        guard(sql);
        return watch(() -> runner.batch(connection, sql, rows));
    }

    /** Runs one call; a failure on which the engine ended the transaction ends this handle too. */
    private <R> R watch(java.util.function.Supplier<R> call) {
        try {
            return call.get();
        } catch (StatementException e) {
            if (runner.endsTransaction(e)) {
                ended = e;
            }
            throw e;
        }
    }

    /** A nested transaction: a savepoint that is released on success and rolled back on failure. */
    @Override
    public <T, X extends Exception> T transaction(TransactionCallback<T, X> callback) throws X {
        check();
        String name = "spdb_sp" + (++savepoints);
        watch(() -> {
            runner.executeRaw(connection, "SAVEPOINT " + name);
            return null;
        });
        T result;
        try {
            result = callback.apply(this);
        } catch (Throwable t) {
            if (ended == null) {
                try {
                    runner.executeRaw(connection, "ROLLBACK TO SAVEPOINT " + name);
                    runner.executeRaw(connection, "RELEASE SAVEPOINT " + name);
                } catch (StatementException rollbackFailure) {
                    // The savepoint is gone, so the engine ended the transaction: nothing more may run.
                    ended = rollbackFailure;
                    t.addSuppressed(rollbackFailure);
                } catch (RuntimeException rollbackFailure) {
                    t.addSuppressed(rollbackFailure);
                }
            }
            throw t;
        }
        watch(() -> {
            runner.executeRaw(connection, "RELEASE SAVEPOINT " + name);
            return null;
        });
        return result;
    }
}
