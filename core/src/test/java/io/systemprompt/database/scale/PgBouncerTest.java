package io.systemprompt.database.scale;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.ScaleOutConfig;
import io.systemprompt.database.testing.PgBouncerProcess;
import io.systemprompt.database.testing.PgCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything through a real PgBouncer in transaction pooling mode: statements run more often than
 * pgjdbc's prepare threshold, transactions, read-only work, and four processes migrating at once, which
 * apply each migration exactly once and leave no lock behind.
 */
class PgBouncerTest {
    private static final int SERVER = 25445;
    private static final int BOUNCER = 25446;
    static PgCluster server;
    static PgBouncerProcess bouncer;

    @BeforeAll
    static void start() {
        TopologyRequirement.requireServerPrograms(true);
        server = PgCluster.primary(SERVER);
        bouncer = PgBouncerProcess.start(BOUNCER, SERVER);
    }

    @AfterAll
    static void stop() {
        if (bouncer != null) {
            bouncer.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void queriesTransactionsAndReadOnlyWorkThroughTransactionPooling(@TempDir Path modules) {
        server.sql("postgres", "CREATE DATABASE app_ops");
        ScaleOutTrees.write(modules, 3, "");
        try (Database db = Database.open(config("app_ops", modules).build())) {
            for (int i = 0; i < 20; i++) {
                db.execute("INSERT INTO notes (body) VALUES (?)", "note " + i);
                assertThat(db.queryValue("SELECT count(*) FROM notes WHERE body = ?", Long.class, "note " + i)).contains(1L);
            }
            db.useTransaction(tx -> {
                tx.execute("INSERT INTO notes (body) VALUES ('in a transaction')");
                tx.execute("UPDATE notes SET body = 'changed' WHERE body = 'in a transaction'");
            });
            assertThat(db.queryValue("SELECT count(*) FROM notes WHERE body = 'changed'", Long.class)).contains(1L);
            assertThat(db.queryValue("SELECT current_setting('TimeZone')", String.class)).contains("UTC");
            java.util.Optional<Long> readOnly = db.readOnly(tx -> tx.queryValue("SELECT count(*) FROM notes", Long.class));
            assertThat(readOnly).contains(21L);
        }
    }

    @Test
    void fourProcessesMigratingAtOnceApplyEachMigrationOnceAndLeaveNoLock(@TempDir Path dir) throws Exception {
        server.sql("postgres", "CREATE DATABASE app_race");
        Path modules = ScaleOutTrees.write(dir.resolve("modules"), 12, "");
        Map<String, String> env = Map.of("DATABASE_TYPE", "postgres", "POSTGRES_HOST", "127.0.0.1",
                "POSTGRES_PORT", String.valueOf(BOUNCER), "POSTGRES_DB", "app_race", "POSTGRES_USER", "postgres",
                "POSTGRES_PGBOUNCER", "true", "DB_MODULE_ROOTS", modules.toString(), "DB_POOL_MAX", "2");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(ChildProcesses.start(env, dir.resolve("p" + i + ".log")));
        }
        for (int i = 0; i < 4; i++) {
            assertThat(ChildProcesses.await(processes.get(i), dir.resolve("p" + i + ".log"), 180))
                    .as(java.nio.file.Files.readString(dir.resolve("p" + i + ".log"))).isZero();
        }
        try (Connection c = server.connect("app_race"); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM notes_runs")).as("each migration ran once").isEqualTo(12);
            assertThat(count(s, "SELECT count(DISTINCT version) FROM notes_runs")).isEqualTo(12);
            assertThat(count(s, "SELECT count(*) FROM _migrations")).isEqualTo(12);
            assertThat(count(s, "SELECT count(*) FROM _schema_versions")).isEqualTo(1);
            assertThat(count(s, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).as("no lock left").isZero();
        }
    }

    private static io.systemprompt.database.config.DatabaseConfigBuilder config(String database, Path modules) {
        return DatabaseConfig.builder().postgres("127.0.0.1", BOUNCER, database, "postgres", "")
                .moduleRoots(List.of(modules.toString())).scaleOut(ScaleOutConfig.DEFAULTS.withPgbouncer(true));
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
