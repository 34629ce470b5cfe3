package io.systemprompt.database.migrate;

import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.module.Migration;
import io.systemprompt.database.module.ModuleSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a plan's pending entries into steps, in order: for each module in install order, its schema
 * install, then its migrations by version. Every script is prepared (split and translated) here, so
 * a file that cannot be translated stops the run before anything executes.
 */
final class StepPlanner {
    private final ScriptPreparer preparer;

    StepPlanner(ScriptPreparer preparer) {
        this.preparer = preparer;
    }

    List<PlannedStep> steps(ModuleSet modules, MigrationPlan plan, Set<String> scope, boolean schemasOnly) {
        List<PlannedStep> steps = new ArrayList<>();
        for (DatabaseModule m : modules.list()) {
            boolean pendingSchema = plan.modules().stream()
                    .anyMatch(s -> s.key().equals(m.key()) && s.state() == ModuleState.PENDING);
            if (pendingSchema && scope.contains(m.key())) {
                steps.add(schemaStep(m));
            } else {
                prepareForContext(m);
            }
            for (MigrationStatus s : plan.migrations()) {
                if (s.module().equals(m.key()) && s.migration() != null) {
                    boolean pending = !schemasOnly && s.state() == MigrationState.PENDING
                            && scope.contains(m.key());
                    PlannedStep step = migrationStep(s.migration());
                    if (pending) {
                        steps.add(step);
                    }
                }
            }
        }
        return steps;
    }

    /** Installed modules' schemas still teach the translator their tables; their errors do not matter here. */
    private void prepareForContext(DatabaseModule m) {
        try {
            preparer.prepare(m.key(), m.schema());
        } catch (RuntimeException ignored) {
            // Already installed: this file will not run again, so its translation cannot fail the run.
        }
    }

    PlannedStep schemaStep(DatabaseModule m) {
        List<PreparedScript> scripts = new ArrayList<>();
        preparer.prepare(m.key(), m.schema()).ifPresent(scripts::add);
        preparer.prepare(m.key(), m.init()).ifPresent(scripts::add);
        return new PlannedStep(StepKind.SCHEMA, m.key(), m.version(), m.key(), scripts, false);
    }

    PlannedStep migrationStep(Migration mig) {
        PreparedScript script = preparer.prepare(mig.moduleKey(), mig.up()).orElseThrow();
        return new PlannedStep(StepKind.MIGRATION, mig.moduleKey(), mig.version().text(), mig.description(),
                List.of(script), mig.noTransaction(preparer.engine()));
    }

    /** The rollback step of a migration, or empty when it has no rollback file for this engine. */
    Optional<PlannedStep> rollbackStep(Migration mig) {
        return preparer.prepare(mig.moduleKey(), mig.rollback()).map(script -> new PlannedStep(StepKind.ROLLBACK,
                mig.moduleKey(), mig.version().text(), mig.description(), List.of(script),
                mig.noTransaction(preparer.engine())));
    }
}
