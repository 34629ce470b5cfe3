package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.Transaction;
import io.systemprompt.database.history.AppliedMigration;
import io.systemprompt.database.history.AppliedSchema;
import io.systemprompt.database.history.HistoryTables;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs one module's consecutive steps (its schema install and its migrations) in ONE transaction under
 * the migration lock: the lock is taken and the module's history read once, each step runs behind its
 * own savepoint, and the history rows are written together before commit. When a step fails the
 * transaction is rolled back to that step's savepoint and committed, so the steps before it stay
 * applied and recorded, exactly as if each had run in its own transaction; the failing step leaves
 * nothing behind. Concurrent processes still apply each step once: the history is read inside the lock.
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

    private static final String SAVEPOINT = "spdb_step";

    private final Migrator migrator;
    private final HistoryTables history;

    ModuleGroupRunner(Migrator migrator) {
        this.migrator = migrator;
        this.history = migrator.history();
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
            throw GroupFailure.of(migrator.engine(), module, attempted, e).orElseThrow(() -> e);
        }
    }

    private Outcome runLocked(List<PlannedStep> group, String module, List<PlannedStep> attempted) {
        return migrator.locked(tx -> {
            boolean hasSchema = group.stream().anyMatch(s -> s.kind() == StepKind.SCHEMA);
            boolean hasMigrations = group.stream().anyMatch(s -> s.kind() != StepKind.SCHEMA);
            Set<String> appliedVersions = !hasMigrations ? Set.of() : new HashSet<>(tx.query("SELECT version FROM "
                    + history.migrationsTable() + " WHERE module = ?", String.class, module));
            boolean installed = hasSchema && history.schemaInstalled(tx, module);
            List<AppliedStep> done = new ArrayList<>();
            List<AppliedMigration> rows = new ArrayList<>();
            long order = -1;
            for (PlannedStep step : group) {
                boolean schema = step.kind() == StepKind.SCHEMA;
                if (schema ? installed : appliedVersions.contains(step.version())) {
                    continue;
                }
                attempted.add(step);
                long start = System.nanoTime();
                int statements;
                try {
                    statements = migrator.runScripts(tx, step, "SAVEPOINT " + SAVEPOINT);
                } catch (MigrationException e) {
                    rollbackToSavepoint(tx.connection(), e);
                    history.recordMigrations(tx, rows);
                    return new Outcome(done, e, step);
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                migrator.recordOwners(tx, step);
                if (schema) {
                    history.recordSchema(tx, schemaRow(step, ms, statements));
                } else {
                    order = order < 0 ? history.nextOrder(tx) : order + 1;
                    PreparedScript s = step.scripts().get(0);
                    rows.add(new AppliedMigration(module, step.version(), step.description(), s.file().fileName(),
                            s.file().checksum(), HistoryTables.now(), ms, order));
                }
                done.add(new AppliedStep(step.kind(), module, step.version(), step.files(), ms, statements));
            }
            history.recordMigrations(tx, rows);
            return new Outcome(done, null, null);
        });
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

    /** Undoes the failed step; its savepoint was set in the same round trip as its first statements. */
    private static void rollbackToSavepoint(Connection c, MigrationException failure) {
        try (Statement st = c.createStatement()) {
            st.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
        } catch (SQLException e) {
            // Without the rollback the earlier steps cannot be kept safely: fail the whole group.
            failure.addSuppressed(e);
            throw failure;
        }
    }
}
