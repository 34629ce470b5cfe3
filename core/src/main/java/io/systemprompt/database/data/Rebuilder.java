package io.systemprompt.database.data;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.migrate.AppliedStep;
import io.systemprompt.database.migrate.MigrationResult;
import io.systemprompt.database.migrate.StepKind;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Drops every object and installs all module schemas and migrations again, from the module roots
 * scanned afresh, in one transaction: a failing schema or migration leaves the database as it was.
 * SQLite is vacuumed afterwards to give the freed pages back.
 */
final class Rebuilder {
    private final Database db;

    Rebuilder(Database db) {
        this.db = db;
    }

    RebuildResult rebuild() {
        RebuildResult result = db.transaction(tx -> {
            int[] dropped = Dropper.dropAll(tx, db.config().engine(), Schema.read(db, tx));
            db.schemaService().discoverSchemas();
            MigrationResult migrated = db.migrationService().migrate().orThrow();
            int modules = count(migrated, StepKind.SCHEMA);
            return new RebuildResult(dropped[0], dropped[1], dropped[2], modules, count(migrated, StepKind.MIGRATION));
        });
        if (db.config().engine() == EngineType.SQLITE) {
            vacuum(db);
        }
        return result;
    }

    private static int count(MigrationResult r, StepKind kind) {
        return (int) r.applied().stream().map(AppliedStep::kind).filter(kind::equals).count();
    }

    /** VACUUM cannot run inside a transaction, so it gets a connection of its own. */
    static void vacuum(Database db) {
        db.pool().writeGate().enter();
        try (Connection c = db.pool().borrow(); Statement s = c.createStatement()) {
            s.execute("VACUUM");
        } catch (SQLException e) {
            throw new DataException("VACUUM failed: " + e.getMessage() + ". The data is intact; run VACUUM again"
                    + " when no other process uses the file.", e);
        } finally {
            db.pool().writeGate().leave();
        }
    }
}
