package io.systemprompt.database;

/** What {@link Database#open} does before it returns, switched by {@code DB_AUTO_MIGRATE}. */
final class Startup {
    private Startup() {
    }

    static void run(Database db) {
        if (!db.config().autoMigrate()) {
            return;
        }
        // Module installation and migrations are wired in here.
    }
}
