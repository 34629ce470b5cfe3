package io.systemprompt.database.migrate;

import io.systemprompt.database.history.AppliedMigration;
import io.systemprompt.database.history.HistorySnapshot;
import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.module.Migration;
import io.systemprompt.database.module.MigrationVersion;
import io.systemprompt.database.module.ModuleSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rolls back the last applied migrations, newest first by recorded order of application. Each
 * rollback file runs with the deletion of its history row in one transaction.
 */
final class Rollbacker {
    private final MigrationStore store;

    Rollbacker(MigrationStore store) {
        this.store = store;
    }

    MigrationResult rollback(ModuleSet modules, int steps, String module, boolean force, boolean dryRun) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, was " + steps);
        }
        HistorySnapshot history = store.readHistory();
        MigrationPlan plan = Planner.plan(modules, history, store.engine());
        List<AppliedMigration> targets = history.migrations().stream()
                .filter(a -> module == null || a.module().equals(module))
                .sorted(Comparator.comparingLong(AppliedMigration::appliedOrder).reversed())
                .limit(steps).toList();
        if (targets.isEmpty()) {
            throw new MigrationException(MigrationException.Reason.NOT_FOUND, module, null,
                    "Nothing to roll back: no applied migrations" + (module == null ? "" : " in module " + module)
                            + ". Run `spdb status` to see what is applied.");
        }
        List<String> warnings = new ArrayList<>();
        List<PlannedStep> planned = new ArrayList<>();
        ScriptPreparer preparer = store.preparer();
        preparer.learnApplied(modules, plan);
        StepPlanner stepPlanner = new StepPlanner(preparer);
        for (AppliedMigration t : targets) {
            refuseIfDependentsBuildOnIt(modules, history, targets, t);
            Optional<Migration> mig = onDisk(modules, t);
            Optional<PlannedStep> step = mig.flatMap(stepPlanner::rollbackStep);
            if (step.isPresent()) {
                planned.add(step.get());
            } else if (force) {
                warnings.add("Forgetting " + t.module() + " " + t.fileName() + " without running SQL: it has no"
                        + " rollback file. Its schema changes stay in the database.");
                planned.add(new PlannedStep(StepKind.ROLLBACK, t.module(), t.version(), t.description(), List.of(),
                        false));
            } else {
                throw new MigrationException(MigrationException.Reason.ROLLBACK_MISSING, t.module(), t.fileName(),
                        "Cannot roll back " + t.module() + " " + t.fileName() + ": "
                                + (mig.isEmpty() ? "its file is gone" : "there is no " + rollbackName(t.fileName()))
                                + ". Add the rollback file, or use --force to only forget the history row.");
            }
        }
        if (dryRun) {
            return new MigrationResult(plan, planned, List.of(), List.of(), List.of(), warnings, true);
        }
        return execute(plan, planned, warnings);
    }

    private MigrationResult execute(MigrationPlan plan, List<PlannedStep> planned, List<String> warnings) {
        List<AppliedStep> applied = new ArrayList<>();
        List<MigrationException> failures = new ArrayList<>();
        for (PlannedStep step : planned) {
            try {
                AppliedStep done = store.write(tx -> {
                    if (!tx.migrationApplied(step.module(), step.version())) {
                        return null;
                    }
                    long start = System.nanoTime();
                    int n = tx.runStep(step, false);
                    tx.deleteMigration(step.module(), step.version());
                    return new AppliedStep(StepKind.ROLLBACK, step.module(), step.version(), step.files(),
                            (System.nanoTime() - start) / 1_000_000, n);
                });
                if (done != null) {
                    applied.add(done);
                }
            } catch (MigrationException e) {
                failures.add(e);
                break;
            }
        }
        return new MigrationResult(plan, planned, applied, failures, List.of(), warnings, false);
    }

    /** A later migration of a dependent module may use what this one created: that one goes first. */
    private static void refuseIfDependentsBuildOnIt(ModuleSet modules, HistorySnapshot history,
            List<AppliedMigration> targets, AppliedMigration t) {
        if (modules.get(t.module()).isEmpty()) {
            return;
        }
        Set<String> dependents = modules.dependentsOf(t.module()).stream().map(DatabaseModule::key)
                .collect(Collectors.toSet());
        for (AppliedMigration later : history.migrations()) {
            if (later.appliedOrder() > t.appliedOrder() && dependents.contains(later.module())
                    && !targets.contains(later)) {
                throw new MigrationException(MigrationException.Reason.ROLLBACK_BLOCKED, t.module(), t.fileName(),
                        "Cannot roll back " + t.module() + " " + t.fileName() + ": module " + later.module()
                                + " depends on it and applied " + later.fileName() + " after it. Roll that back"
                                + " first: spdb rollback --module " + later.module());
            }
        }
    }

    private static Optional<Migration> onDisk(ModuleSet modules, AppliedMigration t) {
        MigrationVersion v = MigrationVersion.parse(t.version());
        return modules.get(t.module()).flatMap(m -> m.migrations().stream()
                .filter(mig -> mig.version().equals(v)).findFirst());
    }

    private static String rollbackName(String fileName) {
        int dot = fileName.indexOf('.');
        return (dot < 0 ? fileName : fileName.substring(0, dot)) + ".rollback.sql";
    }
}
