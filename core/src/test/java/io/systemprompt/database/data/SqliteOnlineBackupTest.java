package io.systemprompt.database.data;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backups taken while another thread keeps writing: each write transaction adds an account and an
 * order for it, so a consistent copy has exactly as many writer accounts as writer orders.
 */
class SqliteOnlineBackupTest {
    @TempDir
    Path work;
    private Database db;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong written = new AtomicLong();
    private final AtomicReference<Throwable> writerFailure = new AtomicReference<>();
    private Thread writer;

    @BeforeEach
    void setUp() throws InterruptedException {
        DataFixture.modules(work.resolve("modules"));
        db = Database.open(TestDatabases.sqlite(work.resolve("db"))
                .moduleRoots(List.of(work.resolve("modules").toString())).build());
        db.migrationService().migrate().orThrow();
        CountDownLatch started = new CountDownLatch(1);
        writer = new Thread(() -> write(started), "backup-test-writer");
        writer.start();
        started.await();
    }

    private void write(CountDownLatch started) {
        try {
            for (long id = 100_000; !stop.get(); id++) {
                long account = id;
                db.useTransaction(tx -> {
                    tx.execute("INSERT INTO accounts (id, name) VALUES (?, ?)", account, "w" + account);
                    tx.execute("INSERT INTO orders (id, account_id, label) VALUES (?, ?, 'w')", account, account);
                });
                if (written.incrementAndGet() == 50) {
                    started.countDown();
                }
            }
        } catch (Throwable t) {
            writerFailure.set(t);
            started.countDown();
        }
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        stop.set(true);
        writer.join();
        db.close();
        assertThat(writerFailure.get()).isNull();
    }

    @Test
    void vacuumIntoCopyIsConsistentWhileWriting() throws SQLException {
        BackupResult r = new DataOperations(db).backupSqliteFile(work.resolve("new-folder/copy.db"));
        long afterBackup = written.get();
        assertThat(r.archive()).isFalse();
        assertThat(r.bytes()).isPositive();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + work.resolve("new-folder/copy.db"));
                Statement s = c.createStatement()) {
            assertThat(value(s, "PRAGMA integrity_check")).isEqualTo("ok");
            long accounts = Long.parseLong(value(s, "SELECT count(*) FROM accounts WHERE id >= 100000"));
            long orders = Long.parseLong(value(s, "SELECT count(*) FROM orders WHERE id >= 100000"));
            assertThat(accounts).isEqualTo(orders).isGreaterThanOrEqualTo(50).isLessThanOrEqualTo(afterBackup);
            assertThat(value(s, "SELECT count(*) FROM orders o LEFT JOIN accounts a ON a.id = o.account_id"
                    + " WHERE a.id IS NULL")).isEqualTo("0");
        }
    }

    @Test
    void vacuumIntoNeverOverwrites() {
        DataOperations ops = new DataOperations(db);
        ops.backupSqliteFile(work.resolve("copy.db"));
        assertThatThrownBy(() -> ops.backupSqliteFile(work.resolve("copy.db"))).isInstanceOf(DataException.class)
                .hasMessageContaining("exists");
    }

    @Test
    void archiveIsConsistentWhileWritingAndRestores() {
        BackupResult r = new DataOperations(db).backup(work.resolve("b.zip"), ProgressListener.NONE);
        TableSummary accounts = r.tables().get(0);
        TableSummary orders = r.tables().get(1);
        assertThat(accounts.table()).isEqualTo("accounts");
        // The init seed account has no order; every writer account has exactly one.
        assertThat(accounts.rows()).isEqualTo(orders.rows() + 1);
        try (Database restored = Database.open(TestDatabases.sqlite(work.resolve("restored"))
                .moduleRoots(List.of(work.resolve("modules").toString())).build())) {
            new DataOperations(restored).restore(RestoreOptions.from(work.resolve("b.zip")), ProgressListener.NONE);
            assertThat(restored.queryValue("PRAGMA integrity_check", String.class)).contains("ok");
            assertThat(restored.queryValue("SELECT count(*) FROM orders", Long.class)).contains(orders.rows());
        }
    }

    private static String value(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
