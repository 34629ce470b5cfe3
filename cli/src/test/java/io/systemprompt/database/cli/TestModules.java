package io.systemprompt.database.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A module root written for the tests, in SQL that SQLite and PostgreSQL both accept: {@code app/notes}
 * (two tables with a foreign key, three seeded rows, one migration with a rollback) and
 * {@code app/audit}, which depends on it.
 */
final class TestModules {

    private TestModules() {
    }

    /** Writes the root under {@code dir} and returns it. */
    static Path write(Path dir) {
        Path root = dir.resolve("modules");
        write(root, "app/notes/module.yaml", "name: app/notes\nversion: 1.2.0\n");
        write(root, "app/notes/database/schema.sql", """
                CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT);
                CREATE TABLE tags (id INTEGER PRIMARY KEY, note_id INTEGER NOT NULL REFERENCES notes(id),
                    name TEXT NOT NULL);
                """);
        write(root, "app/notes/database/init.sql", """
                INSERT INTO notes (id, title, body) VALUES (1, 'first', 'hello');
                INSERT INTO notes (id, title, body) VALUES (2, 'second, with comma', NULL);
                INSERT INTO notes (id, title, body) VALUES (3, 'third "quoted"', 'ünïcode');
                """);
        write(root, "app/notes/database/migrations/001_add_priority.sql",
                "ALTER TABLE notes ADD COLUMN priority INTEGER DEFAULT 0;\n");
        write(root, "app/notes/database/migrations/001_add_priority.rollback.sql",
                "ALTER TABLE notes DROP COLUMN priority;\n");
        write(root, "app/audit/module.yaml", "name: app/audit\nversion: 0.3.0\ndependencies:\n  - app/notes\n");
        write(root, "app/audit/database/schema.sql",
                "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, note_id INTEGER REFERENCES notes(id), what TEXT);\n");
        return root;
    }

    static void write(Path root, String file, String content) {
        try {
            Path p = root.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
