package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseContext;
import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.LockTimeoutException;
import io.systemprompt.database.StatementException;
import io.systemprompt.database.Transaction;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.engine.ErrorKind;
import io.systemprompt.database.history.AppliedMigration;
import io.systemprompt.database.history.AppliedSchema;
import io.systemprompt.database.history.HistorySnapshot;
import io.systemprompt.database.history.HistoryTables;
import io.systemprompt.database.history.ObjectOwners;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** The migration store of a real database: the tracking tables, its lock, and its engine through the dialect. */
final class JdbcMigrationStore implements MigrationStore {
    private static final String SAVEPOINT = "spdb_step";

    private final DatabaseContext db;
    private final HistoryTables history;
    private final ScriptExecutor executor;
    private final MigrationLock lock;
    private final LockRetry lockRetry;
    private final StepBatch batch;

    JdbcMigrationStore(DatabaseContext db) {
        this.db = db;
        this.history = new HistoryTables(db.dialect(), db.config().historyTablePrefix());
        this.executor = new ScriptExecutor(db.dialect());
        this.lock = new MigrationLock(db);
        this.lockRetry = new LockRetry(db);
        this.batch = new StepBatch(db.dialect());
    }

    @Override
    public EngineType engine() {
        return db.config().engine();
    }

    /**
     * Reads both tracking tables in one read-only transaction, or inside the caller's transaction when
     * there is one, so a restore can migrate and load data atomically in a single transaction.
     */
    @Override
    public HistorySnapshot readHistory() {
        return db.inTransaction() ? db.transaction(history::read) : db.readOnly(history::read);
    }

    @Override
    public ScriptPreparer preparer() {
        return new ScriptPreparer(db.dialect(), new LiveTables(db));
    }

    @Override
    public <T> T exclusive(Supplier<T> work) {
        return lock.hold(work);
    }

    @Override
    public <T> T write(Function<MigrationStore.Tx, T> work) {
        // Timeouts only on transactions the migrator opens: a caller's transaction keeps its own settings.
        boolean own = !db.inTransaction();
        try {
            return lock.hold(() -> db.transaction(tx -> {
                lockStep(tx);
                if (own) {
                    lockRetry.limit(tx.connection());
                }
                return work.apply(new JdbcTx(tx));
            }));
        } catch (LockTimeoutException e) {
            throw new MigrationException(MigrationException.Reason.LOCK_TIMEOUT, null, null, e.getMessage(), e);
        } catch (StatementException e) {
            if (e.kind() != ErrorKind.BUSY) {
                throw e;
            }
            // SQLite: BEGIN IMMEDIATE waited DB_BUSY_TIMEOUT for another process's write lock.
            throw new MigrationException(MigrationException.Reason.LOCK_TIMEOUT, null, null,
                    "Timed out after " + db.config().busyTimeoutMs() + " ms waiting for the database write lock,"
                            + " held by another process (SQLite cannot tell which). Wait for it to finish,"
                            + " or raise DB_BUSY_TIMEOUT.", e);
        }
    }

    private void lockStep(Transaction tx) {
        try {
            lock.lockStep(tx.connection());
        } catch (SQLException e) {
            throw new DatabaseException("Cannot take the migration lock: " + e.getMessage(), e);
        }
    }

    @Override
    public int runAlone(PlannedStep step) {
        return new NoTransactionStep(db, executor).run(step);
    }

    @Override
    public ModuleGroupRunner.Outcome retryingLockWaits(Supplier<ModuleGroupRunner.Outcome> group) {
        return lockRetry.runGroup(group);
    }

    @Override
    public List<String> drainNotes() {
        return lockRetry.drainNotes();
    }

    /** One locked write transaction on the connection of {@code tx}. */
    private final class JdbcTx implements MigrationStore.Tx {
        private final Transaction tx;

        JdbcTx(Transaction tx) {
            this.tx = tx;
        }

        @Override
        public void ensureHistory() {
            history.ensure(tx);
        }

        @Override
        public Set<String> appliedVersions(String module) {
            return new HashSet<>(tx.query("SELECT version FROM " + history.migrationsTable() + " WHERE module = ?",
                    String.class, module));
        }

        @Override
        public boolean schemaInstalled(String module) {
            return history.schemaInstalled(tx, module);
        }

        @Override
        public boolean migrationApplied(String module, String version) {
            return history.migrationApplied(tx, module, version);
        }

        @Override
        public long nextOrder() {
            return history.nextOrder(tx);
        }

        @Override
        public void recordSchema(AppliedSchema row) {
            history.recordSchema(tx, row);
        }

        @Override
        public void recordMigrations(List<AppliedMigration> rows) {
            history.recordMigrations(tx, rows);
        }

        @Override
        public void recordOwners(ObjectOwners.Pending owned) {
            history.owners().write(tx, owned);
        }

        @Override
        public void deleteMigration(String module, String version) {
            history.deleteMigration(tx, module, version);
        }

        @Override
        public void updateMigrationChecksum(String module, String version, String checksum) {
            history.updateMigrationChecksum(tx, module, version, checksum);
        }

        @Override
        public void updateSchemaChecksums(String module, String schemaChecksum, String initChecksum) {
            history.updateSchemaChecksums(tx, module, schemaChecksum, initChecksum);
        }

        @Override
        public int runStep(PlannedStep step, boolean savepoint) {
            int n = 0;
            // The savepoint goes in the first script's first round trip.
            String first = savepoint ? "SAVEPOINT " + SAVEPOINT : null;
            for (PreparedScript s : step.scripts()) {
                n += executor.run(tx.connection(), step.module(), s, first);
                first = null;
            }
            return n;
        }

        @Override
        public void undoStep(MigrationException failure) {
            try (Statement st = tx.connection().createStatement()) {
                st.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
            } catch (SQLException e) {
                // Without the rollback the earlier steps cannot be kept safely: fail the whole group.
                failure.addSuppressed(e);
                throw failure;
            }
        }

        @Override
        public int batchSpan(List<PlannedStep> steps, int from) {
            return batch.span(steps, from);
        }

        @Override
        public BatchRun runBatch(List<PlannedStep> steps) {
            StepBatch.Result r = batch.run(tx.connection(), steps);
            if (r.ok()) {
                return new BatchRun(-1, null);
            }
            // Replaying would wait for the lock again, unseen by the run's retry: report it now.
            MigrationException now = db.dialect().isLockTimeout(r.error())
                    ? failure(steps.get(r.failedIndex()), r.error()) : null;
            return new BatchRun(r.failedIndex(), now);
        }

        /** The step's failure for an engine error whose statement is not known: named by the step's first file. */
        private MigrationException failure(PlannedStep step, SQLException e) {
            PreparedScript s = step.scripts().stream().filter(p -> !p.statements().isEmpty()).findFirst()
                    .orElseThrow(() -> new DatabaseException("Step " + step + " failed without statements", e));
            return executor.failure(step.module(), s, s.statements().get(0), e);
        }
    }
}
