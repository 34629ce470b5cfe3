package io.systemprompt.database.reliability;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.testing.ModuleTree;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module and the checks the data kill tests share: {@code items} and {@code notes} (one note per
 * item, a foreign key to it) carry the data an operation replaces or adds; {@code kill_log} is filled by
 * {@value #MIGRATIONS} migrations, so the tracking tables have rows to lose.
 */
final class KillFixture {
    static final int MIGRATIONS = 10;
    static final int LOG_ROWS = 200;

    private KillFixture() {
    }

    /** The contents that matter after a kill; a consistent database is exactly one expected state. */
    record State(long items, long notes, List<String> tags, long log, long migrations, long schemas) {
        static State read(Database db) {
            return new State(count(db, "items"), count(db, "notes"),
                    db.query("SELECT DISTINCT tag FROM items ORDER BY tag", String.class),
                    count(db, "kill_log"), count(db, "_migrations"), count(db, "_schema_versions"));
        }

        /** The state after {@code rows} items and notes tagged {@code tag}, with an untouched history. */
        static State of(long rows, String tag, long extraLog) {
            return new State(rows, rows, rows == 0 ? List.of() : List.of(tag),
                    (long) MIGRATIONS * LOG_ROWS + extraLog, MIGRATIONS, 1);
        }
    }

    static Path modules(Path root) {
        ModuleTree.Module m = new ModuleTree(root).module("kill/data").schema("""
                CREATE TABLE items (id INTEGER PRIMARY KEY, tag TEXT NOT NULL, n INTEGER NOT NULL);
                CREATE TABLE notes (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES items (id),
                    body TEXT NOT NULL);
                CREATE INDEX notes_item ON notes (item_id);
                CREATE TABLE kill_log (n INTEGER NOT NULL, k INTEGER NOT NULL);
                """);
        for (int i = 1; i <= MIGRATIONS; i++) {
            m.migration(String.format("%03d_step.sql", i), "INSERT INTO kill_log (n, k) WITH RECURSIVE s(k) AS"
                    + " (SELECT 1 UNION ALL SELECT k + 1 FROM s WHERE k < " + LOG_ROWS + ") SELECT " + i
                    + ", k FROM s;");
        }
        return root;
    }

    static Map<String, String> sqliteEnv(Path file, Path modules) {
        return new HashMap<>(Map.of("DATABASE_TYPE", "sqlite", "DATABASE_FILE", file.toString(),
                "DB_MODULE_ROOTS", modules.toString()));
    }

    static Map<String, String> withModules(Map<String, String> env, Path modules) {
        Map<String, String> all = new HashMap<>(env);
        all.put("DB_MODULE_ROOTS", modules.toString());
        return all;
    }

    static DatabaseConfig config(Map<String, String> env) {
        return DatabaseConfig.fromEnvironment(env).toBuilder().autoMigrate(false).build();
    }

    /** Items {@code from+1 … from+count} tagged {@code tag}, each with one note. */
    static void fill(Database db, String tag, int from, int count) {
        db.transaction(tx -> {
            db.execute("INSERT INTO items (id, tag, n) WITH RECURSIVE s(k) AS (SELECT 1 UNION ALL SELECT k + 1"
                    + " FROM s WHERE k < ?) SELECT k + ?, ?, k FROM s", count, from, tag);
            db.execute("INSERT INTO notes (id, item_id, body) SELECT id, id, 'note ' || tag FROM items"
                    + " WHERE id > ?", from);
            return null;
        });
    }

    /** Data files for {@code items} and {@code notes}: ids {@code from+1 … from+count}, tagged {@code tag}. */
    static Path dataFiles(Path dir, String tag, int from, int count) throws IOException {
        Files.createDirectories(dir);
        try (Writer items = Files.newBufferedWriter(dir.resolve("items.jsonl"), StandardCharsets.UTF_8);
             Writer notes = Files.newBufferedWriter(dir.resolve("notes.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = from + 1; i <= from + count; i++) {
                items.write("{\"id\":" + i + ",\"tag\":\"" + tag + "\",\"n\":" + (i - from) + "}\n");
                notes.write("{\"id\":" + i + ",\"item_id\":" + i + ",\"body\":\"note " + tag + "\"}\n");
            }
        }
        return dir;
    }

    /** SQLite's own check of the file; PostgreSQL has no equivalent the tests could run cheaply. */
    /**
     * Waits until the killed child's server session is gone. A SIGKILLed client's PostgreSQL session
     * can still be finishing a COMMIT the child had sent: until it ends, a reader sees the old state and
     * then, a moment later, the new one. A session whose client is gone ends as soon as it is idle.
     */
    static void awaitKilledSession(Database db) throws InterruptedException {
        if (!db.dialect().type().id().equals("postgres")) {
            return;
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (db.queryValue("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND pid <> pg_backend_pid() AND state IS DISTINCT FROM 'idle'", Long.class).orElse(0L) > 0) {
            assertThat(System.nanoTime()).as("the killed child's session is still working after 30 s")
                    .isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    static void assertIntact(Database db) {
        if (db.dialect().type().id().equals("sqlite")) {
            assertThat(db.queryValue("PRAGMA integrity_check", String.class)).contains("ok");
            assertThat(db.query("PRAGMA foreign_key_check")).isEmpty();
        }
    }

    private static long count(Database db, String table) {
        return db.queryValue("SELECT count(*) FROM " + table, Long.class).orElseThrow();
    }
}
