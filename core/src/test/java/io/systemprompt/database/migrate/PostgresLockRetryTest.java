package io.systemprompt.database.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.PostgresPerClass;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration that needs a table lock another session holds: it waits at most
 * {@code DB_MIGRATION_LOCK_TIMEOUT} per try, is retried with back-off, and either applies once the lock
 * is released or fails naming the session and the query that hold it.
 */
class PostgresLockRetryTest {
    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass();

    private static final String REPORT_QUERY = "SELECT count(*) FROM shop_orders /* nightly report */";

    @TempDir
    Path dir;

    private Database open() {
        ModuleTree tree = new ModuleTree(dir);
        tree.module("shop").schema("CREATE TABLE IF NOT EXISTS shop_orders (id INTEGER PRIMARY KEY AUTOINCREMENT);")
                .migration("001_add_note.sql", "ALTER TABLE shop_orders ADD COLUMN note TEXT;")
                .migration("002_settings.sql", "SELECT 1;")
                .migration("002_settings.postgres.sql", "CREATE TABLE shop_settings AS SELECT"
                        + " current_setting('lock_timeout') AS lock_timeout,"
                        + " current_setting('statement_timeout') AS statement_timeout;");
        Database db = Database.open(PG.freshConfig().moduleRoots(List.of(dir.toString())).autoMigrate(false)
                .migrationLockTimeoutMs(200).build());
        db.schemaService().installPending().orThrow();
        return db;
    }

    /** A session that reads the table in an open transaction, holding ACCESS SHARE until released. */
    private static Connection reader() throws SQLException {
        Connection c = PG.scratch().connect();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.executeQuery(REPORT_QUERY).close();
        }
        return c;
    }

    @Test
    void aLockReleasedDuringTheRetriesLetsTheMigrationApply() throws Exception {
        try (Database db = open()) {
            CountDownLatch held = new CountDownLatch(1);
            CompletableFuture<Boolean> sawWait = CompletableFuture.supplyAsync(() -> {
                try (Connection c = reader(); Connection watcher = PG.scratch().connect()) {
                    held.countDown();
                    // Release only after one try has waited and given up, so a retry must have happened.
                    boolean waited = waitFor(watcher, true) && waitFor(watcher, false);
                    c.rollback();
                    return waited;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            MigrationResult result = db.migrationService().migrate().orThrow();
            assertThat(sawWait.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(result.applied()).extracting(AppliedStep::version).containsExactly("001", "002");
            assertThat(db.queryValue("SELECT lock_timeout || ' ' || statement_timeout FROM shop_settings",
                    String.class)).contains("200ms 0");
            assertThat(db.migrationService().migrate().warnings()).noneMatch(w -> w.contains("waited"));
            assertThat(result.warnings()).anyMatch(w -> w.contains("shop 001") && w.contains("waited for a table lock"));
            assertThat(db.queryValue("SELECT count(*) FROM information_schema.columns WHERE table_name = 'shop_orders'"
                    + " AND column_name = 'note'", Long.class)).contains(1L);
        }
    }

    @Test
    void aLockNeverReleasedFailsTheRunNamingTheBlockingQuery() throws Exception {
        try (Database db = open(); Connection holder = reader()) {
            assertThatThrownBy(() -> db.migrationService().migrate().orThrow())
                    .isInstanceOf(MigrationException.class)
                    .satisfies(e -> assertThat(((MigrationException) e).reason())
                            .isEqualTo(MigrationException.Reason.LOCK_TIMEOUT))
                    .hasMessageContaining("001_add_note.sql")
                    .hasMessageContaining("Gave up after " + LockRetry.ATTEMPTS + " tries")
                    .hasMessageContaining("DB_MIGRATION_LOCK_TIMEOUT")
                    .hasMessageContaining("nightly report")
                    .hasMessageContaining("backend pid");
            holder.rollback();
            assertThat(db.queryValue("SELECT count(*) FROM _migrations", Long.class)).contains(0L);
        }
    }

    @Test
    void aMigrationInsideTheCallersTransactionLeavesItsTimeoutsAlone() {
        try (Database db = open()) {
            String after = db.transaction(tx -> {
                tx.execute("SET LOCAL lock_timeout = '7s'");
                db.migrationService().migrate().orThrow();
                return tx.queryValue("SELECT current_setting('lock_timeout')", String.class).orElseThrow();
            });
            assertThat(after).isEqualTo("7s");
            assertThat(db.queryValue("SELECT lock_timeout FROM shop_settings", String.class)).contains("7s");
        }
    }

    /** Polls (bounded) until a lock wait on shop_orders is, or is no longer, visible. */
    private static boolean waitFor(Connection watcher, boolean waiting) throws SQLException {
        for (int i = 0; i < 2_000; i++) {
            try (Statement s = watcher.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_locks"
                    + " WHERE relation = 'shop_orders'::regclass AND NOT granted")) {
                rs.next();
                if ((rs.getLong(1) > 0) == waiting) {
                    return true;
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
