package io.systemprompt.database.reliability;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.PostgresScratch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of a migrating process at seeded random moments, on both engines: afterwards the database
 * is consistent (every migration recorded as applied has all its rows, no other migration has any),
 * the next run completes, and every migration is applied exactly once. Count and seed: see
 * {@link KillHarness}.
 */
class KillDuringMigrateTest {
    private static final int MIGRATIONS = 20;
    private static final int ROWS = 200;

    @TempDir
    Path dir;

    @Test
    void sqlite() throws Exception {
        KillHarness harness = new KillHarness("migrate, sqlite", 0, 1000);
        Path modules = writeModules(dir.resolve("modules"));
        for (int i = 0; i < KillHarness.KILLS; i++) {
            Map<String, String> env = new HashMap<>(Map.of("DATABASE_TYPE", "sqlite",
                    "DATABASE_FILE", dir.resolve("k" + i + ".db").toString(),
                    "DB_MODULE_ROOTS", modules.toString()));
            killThenRecover(harness, env);
            try (Database db = Database.open(config(env))) {
                assertThat(db.queryValue("PRAGMA integrity_check", String.class)).contains("ok");
            }
        }
        System.out.println(harness.summary());
    }

    @Test
    void postgres() throws Exception {
        KillHarness harness = new KillHarness("migrate, postgres", 1, 1000);
        Path modules = writeModules(dir.resolve("modules"));
        try (PostgresScratch pg = PostgresScratch.create()) {
            Map<String, String> env = new HashMap<>(pg.env());
            env.put("DB_MODULE_ROOTS", modules.toString());
            for (int i = 0; i < KillHarness.KILLS; i++) {
                killThenRecover(harness, env);
                // An empty database again for the next kill, cheaper than a new one.
                try (Connection c = pg.connect(); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA public CASCADE");
                    s.execute("CREATE SCHEMA public");
                }
            }
        }
        System.out.println(harness.summary());
    }

    private static void killThenRecover(KillHarness harness, Map<String, String> env) throws Exception {
        harness.killDuring(env, "migrate");
        try (Database db = Database.open(config(env))) {
            KillFixture.awaitKilledSession(db);
            int before = assertConsistent(db);
            assertThat(before).isBetween(0, MIGRATIONS);
            db.migrationService().migrate().orThrow();
            assertThat(assertConsistent(db)).isEqualTo(MIGRATIONS);
            assertThat(db.queryValue("SELECT count(*) FROM _migrations", Long.class)).contains((long) MIGRATIONS);
            assertThat(db.queryValue("SELECT count(*) FROM kill_log", Long.class))
                    .contains((long) MIGRATIONS * ROWS);
        }
    }

    /** Each migration recorded as applied has exactly its rows; no unrecorded migration has any. */
    private static int assertConsistent(Database db) {
        boolean installed = db.readOnly(tx -> {
            try {
                return db.dialect().catalog().read(tx.connection()).table("kill_log").isPresent();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        if (!installed) {
            return 0;
        }
        List<Long> applied = db.query("SELECT CAST(version AS BIGINT) FROM _migrations", Long.class);
        List<Long> withRows = db.query("SELECT n FROM kill_log GROUP BY n HAVING count(*) = " + ROWS, Long.class);
        assertThat(withRows).containsExactlyInAnyOrderElementsOf(applied);
        assertThat(db.queryValue("SELECT count(*) FROM kill_log", Long.class)).contains((long) applied.size() * ROWS);
        return applied.size();
    }

    private static DatabaseConfig config(Map<String, String> env) {
        return DatabaseConfig.fromEnvironment(env).toBuilder().autoMigrate(false).build();
    }

    private static Path writeModules(Path root) {
        ModuleTree.Module m = new ModuleTree(root).module("kill/one")
                .schema("CREATE TABLE kill_log (n INTEGER NOT NULL, k INTEGER NOT NULL);");
        for (int i = 1; i <= MIGRATIONS; i++) {
            m.migration(String.format("%03d_step.sql", i), "INSERT INTO kill_log (n, k) WITH RECURSIVE s(k) AS"
                    + " (SELECT 1 UNION ALL SELECT k + 1 FROM s WHERE k < " + ROWS + ") SELECT " + i + ", k FROM s;");
        }
        return root;
    }
}
