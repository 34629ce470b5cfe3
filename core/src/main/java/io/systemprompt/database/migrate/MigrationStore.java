package io.systemprompt.database.migrate;

import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.history.AppliedMigration;
import io.systemprompt.database.history.AppliedSchema;
import io.systemprompt.database.history.HistorySnapshot;
import io.systemprompt.database.history.ObjectOwners;
import io.systemprompt.database.module.SchemaObjects;
import io.systemprompt.database.script.SqlFile;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything the migration core ({@link Migrator}, {@link ModuleGroupRunner}, {@link Rollbacker},
 * {@link Repair}) asks of a database: the tracking tables, the migration lock, and running a step's
 * statements in a transaction with savepoints. {@link JdbcMigrationStore} is the one a database uses;
 * the core's ordering, history and atomicity rules are tested against it and, without a database,
 * against an in-memory store that keeps the same contract.
 */
interface MigrationStore {

    /** The engine the files are chosen and prepared for. */
    EngineType engine();

    /** Both tracking tables, as one consistent read (inside the caller's transaction when there is one). */
    HistorySnapshot readHistory();

    /**
     * A preparer for one run: it chooses each module's file for this engine and splits (and where needed
     * translates) it; tables it has not seen in the run's files come from the live database.
     */
    ScriptPreparer preparer();

    /**
     * Runs {@code work} holding the migration lock for its whole length where the engine's lock is a
     * lease; otherwise each {@link #write} takes the lock itself. Reentrant on the same thread.
     */
    <T> T exclusive(Supplier<T> work);

    /**
     * Runs {@code work} in one write transaction that holds the migration lock: committed when it returns,
     * rolled back whole when it throws.
     *
     * @throws MigrationException {@code LOCK_TIMEOUT} when the lock or the engine's write lock was not
     *                            granted in time
     */
    <T> T write(Function<Tx, T> work);

    /**
     * Runs a {@code no-transaction} migration: its statements commit one by one. Returns how many of the
     * file's statements ran.
     *
     * @throws MigrationException {@code PARTIALLY_APPLIED} naming how many statements stay applied
     */
    int runAlone(PlannedStep step);

    /** Runs a module's group again from its failed step while that step only waited too long for a lock. */
    ModuleGroupRunner.Outcome retryingLockWaits(Supplier<ModuleGroupRunner.Outcome> group);

    /** What the lock-wait retries did since the last call, as warnings for the run that just ended. */
    List<String> drainNotes();

    /** The operations of one write transaction holding the migration lock. */
    interface Tx {
        /** Creates or upgrades the tracking tables. */
        void ensureHistory();

        /** The versions of {@code module} recorded as applied. */
        Set<String> appliedVersions(String module);

        boolean schemaInstalled(String module);

        boolean migrationApplied(String module, String version);

        /** The order number the next recorded migration gets. */
        long nextOrder();

        void recordSchema(AppliedSchema row);

        void recordMigrations(List<AppliedMigration> rows);

        /** Records which module and file created each object. */
        void recordOwners(ObjectOwners.Pending owned);

        /** Records {@code module} as the owner of what one file creates. */
        default void recordOwner(String module, SqlFile file) {
            ObjectOwners.Pending owned = new ObjectOwners.Pending();
            owned.add(module, file.fileName(), SchemaObjects.of(file));
            recordOwners(owned);
        }

        void deleteMigration(String module, String version);

        void updateMigrationChecksum(String module, String version, String checksum);

        void updateSchemaChecksums(String module, String schemaChecksum, String initChecksum);

        /**
         * Runs a step's scripts; with {@code savepoint}, a savepoint is set first so {@link #undoStep}
         * can take the step back alone. Returns how many of the files' statements ran.
         *
         * @throws MigrationException {@code STATEMENT_FAILED} naming the file, line:column and the
         *                            engine's message; the transaction stays usable up to the savepoint
         */
        int runStep(PlannedStep step, boolean savepoint);

        /**
         * Rolls back to the savepoint set by the last {@link #runStep}, so the steps before it stay in
         * the transaction. When that is impossible, {@code failure} is thrown (the whole transaction is lost).
         */
        void undoStep(MigrationException failure);

        /** How many of {@code steps}, from {@code from}, may share one round trip (0 or 1: one by one). */
        int batchSpan(List<PlannedStep> steps, int from);

        /**
         * Runs several steps in one round trip, each behind its own savepoint. On failure the failed step
         * is taken back alone and the result names it.
         */
        BatchRun runBatch(List<PlannedStep> steps);
    }

    /**
     * How a batch of steps went.
     *
     * @param failedIndex the failed step's index in the batch, or -1 when all ran
     * @param reportNow   the failure to report as it is, without running the failed step again to name
     *                    its statement (a lock wait, which a replay would repeat); null otherwise
     */
    record BatchRun(int failedIndex, MigrationException reportNow) {
        boolean ok() {
            return failedIndex < 0;
        }
    }
}
