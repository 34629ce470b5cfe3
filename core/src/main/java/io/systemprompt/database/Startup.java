package io.systemprompt.database;

import io.systemprompt.database.migrate.MigrationResult;

/**
 * What {@link Database#open} does before it returns: with {@code DB_AUTO_MIGRATE} on (the default),
 * install pending module schemas and apply pending migrations. When nothing is pending this reads the
 * history once and writes nothing.
 */
final class Startup {
    private Startup() {
    }

    static void run(Database db) {
        if (db.config().autoMigrate()) {
            long start = System.nanoTime();
            MigrationResult result = db.migrationService().migrate();
            StartupLog.log(db, result, start);
            result.orThrow();
        }
    }
}
