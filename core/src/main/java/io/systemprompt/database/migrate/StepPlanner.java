package io.systemprompt.database.migrate;

import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.module.EngineFiles;
import io.systemprompt.database.module.Migration;
import io.systemprompt.database.module.ModuleSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        Set<String> pendingSchemas = new HashSet<>();
        plan.modules(ModuleState.PENDING).forEach(s -> pendingSchemas.add(s.key()));
        Map<String, List<MigrationStatus>> byModule = new HashMap<>();
        plan.migrations().forEach(s -> byModule.computeIfAbsent(s.module(), k -> new ArrayList<>()).add(s));
        for (DatabaseModule m : modules.list()) {
            boolean inScope = scope.contains(m.key());
            if (pendingSchemas.contains(m.key()) && inScope) {
                steps.add(schemaStep(m));
            } else {
                learn(m.key(), m.schema());
            }
            for (MigrationStatus s : byModule.getOrDefault(m.key(), List.of())) {
                if (s.migration() == null) {
                    continue;
                }
                if (s.state() == MigrationState.PENDING && inScope && !schemasOnly) {
                    steps.add(migrationStep(s.migration()));
                } else if (s.state() != MigrationState.PENDING) {
                    learn(m.key(), s.migration().up());
                }
            }
        }
        return steps;
    }

    /**
     * Files that already ran still teach the translator their tables, so later files translate
     * against the schema as it is. Their own translation errors do not matter: they will not run again.
     */
    private void learn(String module, EngineFiles files) {
        if (!preparer.translates()) {
            return;
        }
        try {
            preparer.prepare(module, files);
        } catch (RuntimeException ignored) {
            // Already applied: this file will not run again.
        }
    }

    PlannedStep schemaStep(DatabaseModule m) {
        TransactionControl.refuse(m.key(), m.schema(), preparer.engine());
        TransactionControl.refuse(m.key(), m.init(), preparer.engine());
        List<PreparedScript> scripts = new ArrayList<>();
        preparer.prepare(m.key(), m.schema()).ifPresent(scripts::add);
        preparer.prepare(m.key(), m.init()).ifPresent(scripts::add);
        return new PlannedStep(StepKind.SCHEMA, m.key(), m.version(), m.key(), scripts, false);
    }

    PlannedStep migrationStep(Migration mig) {
        if (!mig.noTransaction(preparer.engine())) {
            TransactionControl.refuse(mig.moduleKey(), mig.up(), preparer.engine());
        }
        PreparedScript script = preparer.prepare(mig.moduleKey(), mig.up()).orElseThrow();
        return new PlannedStep(StepKind.MIGRATION, mig.moduleKey(), mig.version().text(), mig.description(),
                List.of(script), mig.noTransaction(preparer.engine()));
    }

    /** The rollback step of a migration, or empty when it has no rollback file for this engine. */
    Optional<PlannedStep> rollbackStep(Migration mig) {
        if (!mig.noTransaction(preparer.engine())) {
            TransactionControl.refuse(mig.moduleKey(), mig.rollback(), preparer.engine());
        }
        return preparer.prepare(mig.moduleKey(), mig.rollback()).map(script -> new PlannedStep(StepKind.ROLLBACK,
                mig.moduleKey(), mig.version().text(), mig.description(), List.of(script),
                mig.noTransaction(preparer.engine())));
    }
}
