package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseContext;
import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.LockTimeoutException;
import io.systemprompt.database.StatementException;
import io.systemprompt.database.engine.ErrorKind;
import io.systemprompt.database.Transaction;
import io.systemprompt.database.history.AppliedMigration;
import io.systemprompt.database.history.HistorySnapshot;
import io.systemprompt.database.history.HistoryTables;
import io.systemprompt.database.history.ObjectOwners;
import io.systemprompt.database.module.SchemaObjects;
import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.module.ModuleSet;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Installs pending module schemas and applies pending migrations, in module dependency order.
 * A module's steps run in one transaction under the migration lock, with a savepoint per step
 * ({@link ModuleGroupRunner}); the history is re-checked inside the lock (so concurrent processes
 * apply each step once) and the history rows are written before commit.
 * When nothing is pending the run reads the history once and takes no lock.
 */
final class Migrator {
    private final DatabaseContext db;
    private final HistoryTables history;
    private final ObjectOwners owners;
    private final ScriptExecutor executor;
    private final MigrationLock lock;
    private final LockRetry lockRetry;

    Migrator(DatabaseContext db) {
        this.db = db;
        this.history = new HistoryTables(db.dialect(), db.config().historyTablePrefix());
        this.owners = history.owners();
        this.executor = new ScriptExecutor(db.dialect());
        this.lock = new MigrationLock(db);
        this.lockRetry = new LockRetry(db);
    }

    HistoryTables history() {
        return history;
    }

    /**
     * Reads both tracking tables in one read-only transaction, or inside the caller's transaction when
     * there is one, so a restore can migrate and load data atomically in a single transaction.
     */
    HistorySnapshot readHistory() {
        return db.inTransaction() ? db.transaction(history::read) : db.readOnly(history::read);
    }

    MigrationResult run(ModuleSet modules, String onlyModule, boolean schemasOnly, boolean dryRun,
            MigrationListener listener) {
        MigrationPlan plan = Planner.plan(modules, readHistory(), db.config().engine());
        Validation.refuseChangedMigrations(plan);
        List<String> warnings = Validation.warnings(plan);
        Set<String> scope = scope(modules, onlyModule);
        List<String> outOfOrder = schemasOnly ? List.of() : OutOfOrder.find(plan, scope);
        if (!outOfOrder.isEmpty() && db.config().refuseOutOfOrder()) {
            OutOfOrder.refuse(outOfOrder, plan);
        }
        warnings.addAll(outOfOrder);
        if (!hasPendingWork(plan, scope, schemasOnly)) {
            return new MigrationResult(plan, List.of(), List.of(), List.of(), List.of(), warnings, dryRun);
        }
        List<PlannedStep> steps = new StepPlanner(new ScriptPreparer(db.dialect(), new LiveTables(db)))
                .steps(modules, plan, scope, schemasOnly);
        if (steps.isEmpty() || dryRun) {
            return new MigrationResult(plan, steps, List.of(), List.of(), List.of(), warnings, dryRun);
        }
        return lock.hold(() -> {
            // Every run with work ensures the tables, so older databases get the tracking upgrades too.
            locked(tx -> {
                history.ensure(tx);
                return null;
            });
            return execute(modules, plan, steps, warnings, listener);
        });
    }

    /** The fast path's test: nothing pending in scope means no file is prepared and no lock is taken. */
    private static boolean hasPendingWork(MigrationPlan plan, Set<String> scope, boolean schemasOnly) {
        return plan.modules(ModuleState.PENDING).stream().anyMatch(m -> scope.contains(m.key()))
                || !schemasOnly && plan.migrations(MigrationState.PENDING).stream()
                        .anyMatch(m -> scope.contains(m.module()));
    }

    private static Set<String> scope(ModuleSet modules, String onlyModule) {
        Set<String> keys = new HashSet<>();
        if (onlyModule == null) {
            keys.addAll(modules.keys());
        } else {
            modules.get(onlyModule).orElseThrow(() -> new MigrationException(MigrationException.Reason.NOT_FOUND,
                    onlyModule, null, "No module '" + onlyModule + "' in the module roots. Known modules: "
                            + modules.keys() + ". Check the key (its folder path under the root)."));
            modules.withDependencies(onlyModule).forEach(m -> keys.add(m.key()));
        }
        return keys;
    }

    /**
     * Runs the steps module by module: a module's consecutive steps share one transaction (see
     * {@link ModuleGroupRunner}); a {@code no-transaction} migration runs alone. A failed schema skips
     * the module's dependents and the run goes on; a failed migration stops the run.
     */
    private MigrationResult execute(ModuleSet modules, MigrationPlan plan, List<PlannedStep> steps,
            List<String> warnings, MigrationListener listener) {
        List<AppliedStep> applied = new ArrayList<>();
        List<MigrationException> failures = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        List<String> skipped = new ArrayList<>();
        ModuleGroupRunner groups = new ModuleGroupRunner(this, new StepBatch(db.dialect()));
        listener.started(steps.size());
        for (List<PlannedStep> group : ModuleGroupRunner.groups(steps)) {
            String module = group.get(0).module();
            if (dependsOnFailed(modules, module, failed)) {
                if (!skipped.contains(module)) {
                    skipped.add(module);
                }
                continue;
            }
            ModuleGroupRunner.Outcome outcome;
            if (group.get(0).noTransaction()) {
                outcome = alone(group.get(0));
            } else {
                outcome = lockRetry.runGroup(() -> groups.run(group));
            }
            outcome.applied().forEach(done -> {
                applied.add(done);
                listener.stepDone(done);
            });
            if (outcome.failure() != null) {
                failures.add(outcome.failure());
                failed.add(module);
                if (outcome.failedStep().kind() == StepKind.MIGRATION) {
                    break;
                }
            }
        }
        List<String> allWarnings = new ArrayList<>(warnings);
        allWarnings.addAll(lockRetry.drainNotes());
        return new MigrationResult(plan, steps, applied, failures, skipped, allWarnings, false);
    }

    /** A {@code no-transaction} migration: its statements commit one by one, then its history row. */
    private ModuleGroupRunner.Outcome alone(PlannedStep step) {
        try {
            long start = System.nanoTime();
            int statements = new NoTransactionStep(db, executor).run(step);
            AppliedStep done = locked(tx -> history.migrationApplied(tx, step.module(), step.version()) ? null
                    : record(tx, step, start, statements));
            return new ModuleGroupRunner.Outcome(done == null ? List.of() : List.of(done), null, null);
        } catch (MigrationException e) {
            return new ModuleGroupRunner.Outcome(List.of(), e, step);
        }
    }

    private static boolean dependsOnFailed(ModuleSet modules, String key, Set<String> failed) {
        if (failed.isEmpty()) {
            return false;
        }
        return failed.contains(key) || modules.dependenciesOf(key).stream().map(DatabaseModule::key)
                .anyMatch(failed::contains);
    }

    /** Writes the history row of a migration step inside the given transaction. */
    private AppliedStep record(Transaction tx, PlannedStep step, long startNanos, int statements) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        PreparedScript s = step.scripts().get(0);
        history.recordMigration(tx, new AppliedMigration(step.module(), step.version(), step.description(),
                s.file().fileName(), s.file().checksum(), HistoryTables.now(), ms, history.nextOrder(tx)));
        recordOwners(tx, step);
        return new AppliedStep(StepKind.MIGRATION, step.module(), step.version(), step.files(), ms, statements);
    }

    /** Records which module created the objects of the step's files, in the step's transaction. */
    void recordOwners(Transaction tx, PlannedStep step) {
        for (PreparedScript s : step.scripts()) {
            owners.record(tx, step.module(), s.file().fileName(), SchemaObjects.of(s.file()));
        }
    }

    boolean isLockTimeout(SQLException e) {
        return db.dialect().isLockTimeout(e);
    }

    /** The step's failure for an engine error whose statement is not known: named by the step's first file. */
    MigrationException failure(PlannedStep step, SQLException e) {
        PreparedScript s = step.scripts().stream().filter(p -> !p.statements().isEmpty()).findFirst()
                .orElseThrow(() -> new DatabaseException("Step " + step + " failed without statements", e));
        return executor.failure(step.module(), s, s.statements().get(0), e);
    }

    /** Runs a step's scripts in the caller's transaction; returns the statement count. */
    int runScripts(Transaction tx, PlannedStep step) {
        return runScripts(tx, step, null);
    }

    /** As above, running {@code leading} (e.g. a savepoint) first, in the first script's first round trip. */
    int runScripts(Transaction tx, PlannedStep step, String leading) {
        int n = 0;
        String first = leading;
        for (PreparedScript s : step.scripts()) {
            n += executor.run(tx.connection(), step.module(), s, first);
            first = null;
        }
        return n;
    }

    /** Runs work in a write transaction holding the migration lock. */
    /** The engine's id, for messages. */
    String engine() {
        return db.dialect().type().id();
    }

    <T> T locked(java.util.function.Function<Transaction, T> work) {
        // Timeouts only on transactions the migrator opens: a caller's transaction keeps its own settings.
        boolean own = !db.inTransaction();
        try {
            return lock.hold(() -> db.transaction(tx -> {
                lock(tx);
                if (own) {
                    lockRetry.limit(tx.connection());
                }
                return work.apply(tx);
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

    private void lock(Transaction tx) {
        try {
            lock.lockStep(tx.connection());
        } catch (SQLException e) {
            throw new DatabaseException("Cannot take the migration lock: " + e.getMessage(), e);
        }
    }
}
