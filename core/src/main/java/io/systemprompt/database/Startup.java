package io.systemprompt.database;

import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.migrate.MigrationResult;
import io.systemprompt.database.migrate.MigrationService;

/**
 * What {@link Database#open} does before it returns: with {@code DB_AUTO_MIGRATE} on (the default),
 * install pending module schemas and apply pending migrations. When nothing is pending this reads the
 * history once and writes nothing.
 */
final class Startup {
    private Startup() {
    }

    static void run(DatabaseConfig config, MigrationService migrations) {
        if (config.autoMigrate()) {
            long start = System.nanoTime();
            MigrationResult result = migrations.migrate();
            StartupLog.log(config, result, start);
            result.orThrow();
        }
    }
}
