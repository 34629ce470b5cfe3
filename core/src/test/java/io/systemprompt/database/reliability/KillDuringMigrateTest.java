package io.systemprompt.database.reliability;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.migrate.ConcurrentProcessMain;
import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.PostgresScratch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of a migrating process at seeded random moments, on both engines: afterwards the database
 * is consistent (every migration recorded as applied has all its rows, no other migration has any),
 * the next run completes, and every migration is applied exactly once. The number of kills per engine
 * is {@code -Dspdb.reliability.kills} (default 4, sized for CI); the seed is
 * {@code -Dspdb.reliability.seed}.
 */
class KillDuringMigrateTest {
    private static final int MIGRATIONS = 30;
    private static final int ROWS = 500;
    private static final int KILLS = Integer.getInteger("spdb.reliability.kills", 4);
    private static final long SEED = Long.getLong("spdb.reliability.seed", 20261201L);

    @TempDir
    Path dir;

    @Test
    void sqlite() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < KILLS; i++) {
            Path modules = writeModules(dir.resolve("m" + i));
            Map<String, String> env = new HashMap<>(Map.of("DATABASE_TYPE", "sqlite",
                    "DATABASE_FILE", dir.resolve("k" + i + ".db").toString(),
                    "DB_MODULE_ROOTS", modules.toString()));
            killThenRecover(env, random);
            try (Database db = Database.open(config(env))) {
                assertThat(db.queryValue("PRAGMA integrity_check", String.class)).contains("ok");
            }
        }
    }

    @Test
    void postgres() throws Exception {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < KILLS; i++) {
            try (PostgresScratch pg = PostgresScratch.create()) {
                Map<String, String> env = new HashMap<>(pg.env());
                env.put("DB_MODULE_ROOTS", writeModules(dir.resolve("p" + i)).toString());
                killThenRecover(env, random);
            }
        }
    }

    private void killThenRecover(Map<String, String> env, Random random) throws Exception {
        Path go = Files.createTempFile(dir, "go", "");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", classPath(), ConcurrentProcessMain.class.getName(),
                go.toString());
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        pb.redirectOutput(Files.createTempFile(dir, "out", ".txt").toFile());
        Process p = pb.start();
        // Kill once the child has applied a random number of migrations, plus a random few milliseconds,
        // so the kills land at different points of the run (and inside a migration's transaction).
        int target = random.nextInt(MIGRATIONS);
        long extraMs = random.nextInt(40);
        long delay = 0;
        try (Database watcher = Database.open(config(env))) {
            long start = System.nanoTime();
            while (p.isAlive() && applied(watcher) < target
                    && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(120)) {
                Thread.sleep(5);
            }
            Thread.sleep(extraMs);
            delay = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }
        boolean finished = !p.isAlive();
        p.destroyForcibly(); // SIGKILL
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        try (Database db = Database.open(config(env))) {
            int before = assertConsistent(db);
            System.out.println("kill -9 at " + delay + " ms, aiming after " + target + " migrations ("
                    + (finished ? "had finished" : "killed") + "): "
                    + before + " of " + MIGRATIONS + " migrations applied, consistent");
            db.migrationService().migrate().orThrow();
            assertThat(assertConsistent(db)).isEqualTo(MIGRATIONS);
            assertThat(db.queryValue("SELECT count(*) FROM _migrations", Long.class)).contains((long) MIGRATIONS);
            assertThat(db.queryValue("SELECT count(*) FROM kill_log", Long.class))
                    .contains((long) MIGRATIONS * ROWS);
        }
    }

    private static long applied(Database db) {
        try {
            return db.queryValue("SELECT count(*) FROM _migrations", Long.class).orElse(0L);
        } catch (io.systemprompt.database.DatabaseException notYet) {
            return 0;
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

    /** Everything this test JVM sees, as a plain class path (tests may run on the module path). */
    private static String classPath() throws IOException {
        String sep = java.io.File.pathSeparator;
        return String.join(sep, Path.of("target", "test-classes").toAbsolutePath().toString(),
                Path.of("target", "classes").toAbsolutePath().toString(), System.getProperty("java.class.path"),
                System.getProperty("jdk.module.path", ""));
    }
}
