package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.history.AppliedMigration;
import io.systemprompt.database.history.AppliedSchema;
import io.systemprompt.database.history.HistoryTables;
import io.systemprompt.database.history.ObjectOwners;
import io.systemprompt.database.module.SchemaObjects;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs one module's consecutive steps (its schema install and its migrations) in ONE transaction under
 * the migration lock: the lock is taken and the module's history read once, each step runs behind its
 * own savepoint, and the history rows are written together before commit. When a step fails the
 * transaction is rolled back to that step's savepoint and committed, so the steps before it stay
 * applied and recorded, exactly as if each had run in its own transaction; the failing step leaves
 * nothing behind. Where the engine
 * allows, consecutive steps share one round trip ({@link StepBatch}). Concurrent processes still apply
 * each step once: the history is read inside the lock.
 */
final class ModuleGroupRunner {
    /**
     * What a group did.
     *
     * @param applied    the steps applied and recorded, in order
     * @param failure    the failure that stopped the group, or null
     * @param failedStep the step that failed, or null
     */
    record Outcome(List<AppliedStep> applied, MigrationException failure, PlannedStep failedStep) {
    }

    private final MigrationStore store;

    ModuleGroupRunner(MigrationStore store) {
        this.store = store;
    }

    /** Splits steps into runs of one module's steps that can share a transaction, keeping their order. */
    static List<List<PlannedStep>> groups(List<PlannedStep> steps) {
        List<List<PlannedStep>> groups = new ArrayList<>();
        List<PlannedStep> current = new ArrayList<>();
        for (PlannedStep step : steps) {
            boolean alone = step.noTransaction();
            if (!current.isEmpty() && (alone || !current.get(0).module().equals(step.module()))) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(step);
            if (alone) {
                groups.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    /** Runs a group of one module's transactional steps; see the class comment. */
    Outcome run(List<PlannedStep> group) {
        String module = group.get(0).module();
        List<PlannedStep> attempted = new ArrayList<>();
        try {
            return runLocked(group, module, attempted);
        } catch (DatabaseException e) {
            throw GroupFailure.of(store.engine(), module, attempted, e).orElseThrow(() -> e);
        }
    }

    private Outcome runLocked(List<PlannedStep> group, String module, List<PlannedStep> attempted) {
        return store.write(tx -> {
            boolean hasSchema = group.stream().anyMatch(s -> s.kind() == StepKind.SCHEMA);
            boolean hasMigrations = group.stream().anyMatch(s -> s.kind() != StepKind.SCHEMA);
            Set<String> appliedVersions = hasMigrations ? tx.appliedVersions(module) : Set.of();
            boolean installed = hasSchema && tx.schemaInstalled(module);
            List<PlannedStep> pending = group.stream().filter(step -> step.kind() == StepKind.SCHEMA ? !installed
                    : !appliedVersions.contains(step.version())).toList();
            Records records = new Records(tx, module);
            int i = 0;
            while (i < pending.size()) {
                int span = tx.batchSpan(pending, i);
                if (span > 1) {
                    List<PlannedStep> steps = pending.subList(i, i + span);
                    long start = System.nanoTime();
                    attempted.addAll(steps);
                    MigrationStore.BatchRun r = tx.runBatch(steps);
                    int ran = r.ok() ? span : r.failedIndex();
                    // Steps after the failed one were rolled back to their savepoints: not in the transaction.
                    attempted.subList(attempted.size() - (span - ran), attempted.size()).clear();
                    // Measured together: each step is given an equal share of the round trip.
                    long ms = (System.nanoTime() - start) / 1_000_000 / span;
                    for (PlannedStep step : steps.subList(0, ran)) {
                        records.applied(step, ms, StepBatch.statementCount(step));
                    }
                    i += ran;
                    if (r.ok()) {
                        continue;
                    }
                    if (r.reportNow() != null) {
                        records.write();
                        return new Outcome(records.done, r.reportNow(), pending.get(i));
                    }
                    // The failed step runs again on its own, so its error names the statement and position.
                }
                PlannedStep step = pending.get(i);
                attempted.add(step);
                long start = System.nanoTime();
                int statements;
                try {
                    statements = tx.runStep(step, true);
                } catch (MigrationException e) {
                    tx.undoStep(e);
                    records.write();
                    return new Outcome(records.done, e, step);
                }
                records.applied(step, (System.nanoTime() - start) / 1_000_000, statements);
                i++;
            }
            records.write();
            return new Outcome(records.done, null, null);
        });
    }

    /** The history and ownership rows of a group's applied steps, written together before commit. */
    private final class Records {
        private final MigrationStore.Tx tx;
        private final String module;
        private final List<AppliedStep> done = new ArrayList<>();
        private final List<AppliedMigration> rows = new ArrayList<>();
        private final ObjectOwners.Pending owned = new ObjectOwners.Pending();
        private long order = -1;

        Records(MigrationStore.Tx tx, String module) {
            this.tx = tx;
            this.module = module;
        }

        void applied(PlannedStep step, long ms, int statements) {
            for (PreparedScript s : step.scripts()) {
                owned.add(module, s.file().fileName(), SchemaObjects.of(s.file()));
            }
            if (step.kind() == StepKind.SCHEMA) {
                tx.recordSchema(schemaRow(step, ms, statements));
            } else {
                order = order < 0 ? tx.nextOrder() : order + 1;
                PreparedScript s = step.scripts().get(0);
                rows.add(new AppliedMigration(module, step.version(), step.description(), s.file().fileName(),
                        s.file().checksum(), HistoryTables.now(), ms, order));
            }
            done.add(new AppliedStep(step.kind(), module, step.version(), step.files(), ms, statements));
        }

        void write() {
            tx.recordOwners(owned);
            tx.recordMigrations(rows);
            rows.clear();
        }
    }

    private static AppliedSchema schemaRow(PlannedStep step, long ms, int statements) {
        PreparedScript schema = script(step, "schema");
        PreparedScript init = script(step, "init");
        return new AppliedSchema(step.module(), step.version(),
                schema == null ? null : schema.file().fileName(), schema == null ? null : schema.file().checksum(),
                init == null ? null : init.file().fileName(), init == null ? null : init.file().checksum(),
                HistoryTables.now(), ms, statements);
    }

    static PreparedScript script(PlannedStep step, String kind) {
        return step.scripts().stream().filter(s -> s.file().fileName().startsWith(kind + ".")).findFirst()
                .orElse(null);
    }
}
