package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseContext;
import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.LockTimeoutException;
import io.systemprompt.database.StatementException;
import io.systemprompt.database.engine.ErrorKind;
import io.systemprompt.database.Transaction;
import io.systemprompt.database.history.AppliedMigration;
import io.systemprompt.database.history.AppliedSchema;
import io.systemprompt.database.history.HistorySnapshot;
import io.systemprompt.database.history.HistoryTables;
import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.module.ModuleSet;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Installs pending module schemas and applies pending migrations, in module dependency order.
 * Each step runs in its own transaction under the migration lock, re-checks the history inside the
 * lock (so concurrent processes apply each step once) and records its history row before commit.
 * When nothing is pending the run reads the history once and takes no lock.
 */
final class Migrator {
    private final DatabaseContext db;
    private final HistoryTables history;
    private final ScriptExecutor executor;
    private final Duration lockTimeout;

    Migrator(DatabaseContext db) {
        this.db = db;
        this.history = new HistoryTables(db.dialect());
        this.executor = new ScriptExecutor(db.dialect());
        this.lockTimeout = Duration.ofMillis(db.config().lockTimeoutMs());
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
        if (!hasPendingWork(plan, scope, schemasOnly)) {
            return new MigrationResult(plan, List.of(), List.of(), List.of(), List.of(), warnings, dryRun);
        }
        List<PlannedStep> steps = new StepPlanner(new ScriptPreparer(db.dialect(), new LiveTables(db)))
                .steps(modules, plan, scope, schemasOnly);
        if (steps.isEmpty() || dryRun) {
            return new MigrationResult(plan, steps, List.of(), List.of(), List.of(), warnings, dryRun);
        }
        if (!plan.historyExists()) {
            locked(tx -> {
                history.ensure(tx);
                return null;
            });
        }
        return execute(modules, plan, steps, warnings, listener);
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

    private MigrationResult execute(ModuleSet modules, MigrationPlan plan, List<PlannedStep> steps,
            List<String> warnings, MigrationListener listener) {
        List<AppliedStep> applied = new ArrayList<>();
        List<MigrationException> failures = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        List<String> skipped = new ArrayList<>();
        listener.started(steps.size());
        for (PlannedStep step : steps) {
            if (dependsOnFailed(modules, step.module(), failed)) {
                if (!skipped.contains(step.module())) {
                    skipped.add(step.module());
                }
                continue;
            }
            try {
                AppliedStep done = step.kind() == StepKind.SCHEMA ? install(step) : apply(step);
                if (done != null) {
                    applied.add(done);
                    listener.stepDone(done);
                }
            } catch (MigrationException e) {
                failures.add(e);
                failed.add(step.module());
                if (step.kind() == StepKind.MIGRATION) {
                    break;
                }
            }
        }
        return new MigrationResult(plan, steps, applied, failures, skipped, warnings, false);
    }

    private static boolean dependsOnFailed(ModuleSet modules, String key, Set<String> failed) {
        if (failed.isEmpty()) {
            return false;
        }
        return failed.contains(key) || modules.dependenciesOf(key).stream().map(DatabaseModule::key)
                .anyMatch(failed::contains);
    }

    private AppliedStep install(PlannedStep step) {
        return locked(tx -> {
            if (history.schemaInstalled(tx, step.module())) {
                return null;
            }
            long start = System.nanoTime();
            int statements = runScripts(tx, step);
            long ms = (System.nanoTime() - start) / 1_000_000;
            PreparedScript schema = script(step, "schema");
            PreparedScript init = script(step, "init");
            history.recordSchema(tx, new AppliedSchema(step.module(), step.version(),
                    schema == null ? null : schema.file().fileName(), schema == null ? null : schema.file().checksum(),
                    init == null ? null : init.file().fileName(), init == null ? null : init.file().checksum(),
                    HistoryTables.now(), ms, statements));
            return new AppliedStep(StepKind.SCHEMA, step.module(), step.version(), step.files(), ms, statements);
        });
    }

    private static PreparedScript script(PlannedStep step, String kind) {
        return step.scripts().stream().filter(s -> s.file().fileName().startsWith(kind + ".")).findFirst()
                .orElse(null);
    }

    private AppliedStep apply(PlannedStep step) {
        if (step.noTransaction()) {
            long start = System.nanoTime();
            int statements = new NoTransactionStep(db, executor).run(step);
            return locked(tx -> history.migrationApplied(tx, step.module(), step.version()) ? null
                    : record(tx, step, start, statements));
        }
        return locked(tx -> {
            if (history.migrationApplied(tx, step.module(), step.version())) {
                return null;
            }
            long start = System.nanoTime();
            int statements = runScripts(tx, step);
            return record(tx, step, start, statements);
        });
    }

    /** Writes the history row of a migration step inside the given transaction. */
    private AppliedStep record(Transaction tx, PlannedStep step, long startNanos, int statements) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        PreparedScript s = step.scripts().get(0);
        history.recordMigration(tx, new AppliedMigration(step.module(), step.version(), step.description(),
                s.file().fileName(), s.file().checksum(), HistoryTables.now(), ms, history.nextOrder(tx)));
        return new AppliedStep(StepKind.MIGRATION, step.module(), step.version(), step.files(), ms, statements);
    }

    /** Runs a step's scripts in the caller's transaction; returns the statement count. */
    int runScripts(Transaction tx, PlannedStep step) {
        int n = 0;
        for (PreparedScript s : step.scripts()) {
            n += executor.run(tx.connection(), step.module(), s);
        }
        return n;
    }

    /** Runs work in a write transaction holding the migration lock. */
    <T> T locked(java.util.function.Function<Transaction, T> work) {
        try {
            return db.transaction(tx -> {
                lock(tx);
                return work.apply(tx);
            });
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
            db.dialect().lockMigrations(tx.connection(), lockTimeout);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot take the migration lock: " + e.getMessage(), e);
        }
    }
}
