package io.systemprompt.database.migrate;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One of several processes that migrate the same database at once. Waits for a start file so that all
 * processes begin together, then migrates and prints how many steps it applied.
 */
public final class ConcurrentProcessMain {
    private ConcurrentProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        Path go = Path.of(args[0]);
        while (!Files.exists(go)) {
            Thread.sleep(5);
        }
        try (Database db = Database.open(DatabaseConfig.fromEnvironment().toBuilder().autoMigrate(false).build())) {
            MigrationResult r = db.migrationService().migrate().orThrow();
            System.out.println("APPLIED " + r.applied().size());
        }
    }
}
