package io.systemprompt.database.scale;

import io.systemprompt.database.testing.ModuleTree;

import java.nio.file.Path;

/** The module tree the scale-out tests migrate: a notes table and migrations that record each run. */
final class ScaleOutTrees {
    private ScaleOutTrees() {
    }

    /**
     * Writes {@code app/notes} with {@code migrations} migrations; each inserts one row into
     * {@code notes_runs}, so a migration applied twice leaves two rows.
     */
    static Path write(Path root, int migrations, String firstMigrationExtra) {
        ModuleTree.Module m = new ModuleTree(root).module("app/notes").schema("""
                CREATE TABLE IF NOT EXISTS notes (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  body TEXT NOT NULL,
                  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
                );
                CREATE TABLE IF NOT EXISTS notes_runs (version TEXT NOT NULL);
                """);
        for (int i = 1; i <= migrations; i++) {
            String v = String.format("%03d", i);
            m.migration(v + "_step.sql", (i == 1 ? firstMigrationExtra : "")
                    + "ALTER TABLE notes ADD COLUMN extra_" + v + " TEXT;\n"
                    + "INSERT INTO notes_runs (version) VALUES ('" + v + "');\n");
        }
        return root;
    }
}
