package io.systemprompt.database.migrate;

import io.systemprompt.database.history.AppliedMigration;
import io.systemprompt.database.history.HistoryTables;
import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.module.ModuleSet;

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
    private final MigrationStore store;
    private final boolean refuseOutOfOrder;

    /**
     * @param store            the database the run reads and writes
     * @param refuseOutOfOrder fail, rather than warn, when a pending migration is older than an applied one
     */
    Migrator(MigrationStore store, boolean refuseOutOfOrder) {
        this.store = store;
        this.refuseOutOfOrder = refuseOutOfOrder;
    }

    MigrationResult run(ModuleSet modules, String onlyModule, boolean schemasOnly, boolean dryRun,
            MigrationListener listener) {
        MigrationPlan plan = Planner.plan(modules, store.readHistory(), store.engine());
        Validation.refuseChangedMigrations(plan);
        List<String> warnings = Validation.warnings(plan);
        Set<String> scope = scope(modules, onlyModule);
        List<String> outOfOrder = schemasOnly ? List.of() : OutOfOrder.find(plan, scope);
        if (!outOfOrder.isEmpty() && refuseOutOfOrder) {
            OutOfOrder.refuse(outOfOrder, plan);
        }
        warnings.addAll(outOfOrder);
        if (!hasPendingWork(plan, scope, schemasOnly)) {
            return new MigrationResult(plan, List.of(), List.of(), List.of(), List.of(), warnings, dryRun);
        }
        List<PlannedStep> steps = new StepPlanner(store.preparer()).steps(modules, plan, scope, schemasOnly);
        if (steps.isEmpty() || dryRun) {
            return new MigrationResult(plan, steps, List.of(), List.of(), List.of(), warnings, dryRun);
        }
        return store.exclusive(() -> {
            // Every run with work ensures the tables, so older databases get the tracking upgrades too.
            store.write(tx -> {
                tx.ensureHistory();
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
        ModuleGroupRunner groups = new ModuleGroupRunner(store);
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
                outcome = store.retryingLockWaits(() -> groups.run(group));
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
        allWarnings.addAll(store.drainNotes());
        return new MigrationResult(plan, steps, applied, failures, skipped, allWarnings, false);
    }

    /** A {@code no-transaction} migration: its statements commit one by one, then its history row. */
    private ModuleGroupRunner.Outcome alone(PlannedStep step) {
        try {
            long start = System.nanoTime();
            int statements = store.runAlone(step);
            AppliedStep done = store.write(tx -> tx.migrationApplied(step.module(), step.version()) ? null
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
    private static AppliedStep record(MigrationStore.Tx tx, PlannedStep step, long startNanos, int statements) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        PreparedScript s = step.scripts().get(0);
        tx.recordMigrations(List.of(new AppliedMigration(step.module(), step.version(), step.description(),
                s.file().fileName(), s.file().checksum(), HistoryTables.now(), ms, tx.nextOrder())));
        tx.recordOwner(step.module(), s.file());
        return new AppliedStep(StepKind.MIGRATION, step.module(), step.version(), step.files(), ms, statements);
    }
}
