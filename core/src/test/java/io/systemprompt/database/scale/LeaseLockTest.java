package io.systemprompt.database.scale;

import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.PostgresPerClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code DB_LOCK_MODE=lease}, for engines whose advisory locks cannot be trusted: four processes migrating
 * at once apply each migration once, and a holder killed with {@code kill -9} is taken over after its
 * lease expires.
 */
class LeaseLockTest {
    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass();

    @Test
    void fourProcessesMigratingWithLeasesApplyEachMigrationOnce(@TempDir Path dir) throws Exception {
        PG.freshConfig();
        Path modules = ScaleOutTrees.write(dir.resolve("modules"), 12, "");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(ChildProcesses.start(env(modules, "30000"), dir.resolve("p" + i + ".log")));
        }
        for (int i = 0; i < 4; i++) {
            Path log = dir.resolve("p" + i + ".log");
            assertThat(ChildProcesses.await(processes.get(i), log, 180)).as(Files.readString(log)).isZero();
        }
        assertThat(count("SELECT count(*) FROM notes_runs")).isEqualTo(12);
        assertThat(count("SELECT count(DISTINCT version) FROM notes_runs")).isEqualTo(12);
        assertThat(count("SELECT count(*) FROM _migration_lease WHERE owner IS NOT NULL")).as("released").isZero();
    }

    @Test
    void aHolderKilledMidRunIsTakenOverAfterItsLeaseExpires(@TempDir Path dir) throws Exception {
        PG.freshConfig();
        Path modules = dir.resolve("modules");
        ScaleOutTrees.write(modules, 3, "");
        ModuleTree.Module m = new ModuleTree(modules).module("app/notes");
        // The PostgreSQL override of the first migration sleeps while a flag table exists, so the first process
        // is surely inside its run, holding the lease, when it is killed.
        m.migration("001_step.postgres.sql", """
                SELECT pg_sleep(CASE WHEN to_regclass('lease_test_slow') IS NULL THEN 0 ELSE 4 END);
                ALTER TABLE notes ADD COLUMN extra_001 TEXT;
                INSERT INTO notes_runs (version) VALUES ('001');
                """);
        exec("CREATE TABLE lease_test_slow (x INT)");
        Process first = ChildProcesses.start(env(modules, "2000"), dir.resolve("first.log"));
        awaitLeaseHeld();
        first.destroyForcibly().waitFor();
        exec("DROP TABLE lease_test_slow");
        Process second = ChildProcesses.start(env(modules, "2000"), dir.resolve("second.log"));
        assertThat(ChildProcesses.await(second, dir.resolve("second.log"), 120))
                .as(Files.readString(dir.resolve("second.log"))).isZero();
        assertThat(count("SELECT count(*) FROM notes_runs")).isEqualTo(3);
        assertThat(count("SELECT count(DISTINCT version) FROM notes_runs")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM _migrations")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM _migration_lease WHERE owner IS NOT NULL")).as("released").isZero();
    }

    private static void awaitLeaseHeld() throws Exception {
        for (int i = 0; i < 600; i++) {
            try {
                if (count("SELECT count(*) FROM _migration_lease WHERE owner IS NOT NULL AND expires_at > now()") == 1) {
                    return;
                }
            } catch (java.sql.SQLException e) {
                // The lease table does not exist yet.
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the first process never took the lease");
    }

    private static Map<String, String> env(Path modules, String leaseMs) {
        Map<String, String> env = new HashMap<>(PG.scratch().env());
        env.put("DB_LOCK_MODE", "lease");
        env.put("DB_LOCK_LEASE_MS", leaseMs);
        env.put("DB_MODULE_ROOTS", modules.toString());
        env.put("DB_POOL_MAX", "3");
        return env;
    }

    private static long count(String sql) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void exec(String sql) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect() throws Exception {
        Map<String, String> env = PG.scratch().env();
        Properties p = new Properties();
        p.setProperty("user", env.get("POSTGRES_USER"));
        p.setProperty("password", env.getOrDefault("POSTGRES_PASSWORD", ""));
        return DriverManager.getConnection("jdbc:postgresql://" + env.get("POSTGRES_HOST") + ":" + env.get("POSTGRES_PORT")
                + "/" + env.get("POSTGRES_DB"), p);
    }
}
