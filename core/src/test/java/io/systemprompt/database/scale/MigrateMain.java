package io.systemprompt.database.scale;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;

/** A process that opens the database from its environment (migrating on open) and exits: 0 ok, 1 failed. */
public final class MigrateMain {
    private MigrateMain() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        try (Database db = Database.open(DatabaseConfig.fromEnvironment())) {
            System.out.println("migrated");
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
