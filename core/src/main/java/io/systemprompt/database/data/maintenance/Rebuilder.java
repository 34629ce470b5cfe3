package io.systemprompt.database.data.maintenance;

import io.systemprompt.database.data.DataException;
import io.systemprompt.database.data.RebuildResult;
import io.systemprompt.database.data.Schema;

import io.systemprompt.database.Database;
import io.systemprompt.database.migrate.AppliedStep;
import io.systemprompt.database.migrate.MigrationResult;
import io.systemprompt.database.migrate.StepKind;

import java.sql.SQLException;

/**
 * Drops every object and installs all module schemas and migrations again, from the module roots
 * scanned afresh, in one transaction: a failing schema or migration leaves the database as it was.
 * Freed pages go back to the file system afterwards where the engine needs that (SQLite's VACUUM).
 */
public final class Rebuilder {
    private final Database db;

    public Rebuilder(Database db) {
        this.db = db;
    }

    public RebuildResult rebuild() {
        RebuildResult result = db.transaction(tx -> {
            int[] dropped = Dropper.dropAll(tx, db.dialect().maintenance(), Schema.read(db, tx));
            db.schemaService().discoverSchemas();
            MigrationResult migrated = db.migrationService().migrate().orThrow();
            int modules = count(migrated, StepKind.SCHEMA);
            return new RebuildResult(dropped[0], dropped[1], dropped[2], modules, count(migrated, StepKind.MIGRATION));
        });
        reclaimSpace(db);
        return result;
    }

    private static int count(MigrationResult r, StepKind kind) {
        return (int) r.applied().stream().map(AppliedStep::kind).filter(kind::equals).count();
    }

    /** Outside the transaction, on a connection of its own: SQLite's VACUUM cannot run inside one. */
    static void reclaimSpace(Database db) {
        try {
            db.withWriteConnection(c -> {
                db.dialect().maintenance().reclaimSpace(c);
                return null;
            });
        } catch (SQLException e) {
            throw new DataException("VACUUM failed: " + e.getMessage() + ". The data is intact; run VACUUM again"
                    + " when no other process uses the file.", e);
        }
    }
}
