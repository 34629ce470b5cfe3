package io.systemprompt.database;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteDatabaseTest extends DatabaseContract {
    @TempDir
    Path dir;

    @Override
    protected DatabaseConfigBuilder freshConfig() {
        return TestDatabases.sqlite(dir);
    }

    @Override
    protected String idType() {
        return "INTEGER PRIMARY KEY";
    }

    @Override
    protected String blobType() {
        return "BLOB";
    }

    @Test
    void profileIsWalWithForeignKeysAndNormalSync() {
        assertThat(db.queryValue("PRAGMA journal_mode", String.class)).contains("wal");
        assertThat(db.queryValue("PRAGMA foreign_keys", Long.class)).contains(1L);
        assertThat(db.queryValue("PRAGMA synchronous", Long.class)).contains(1L);
        assertThat(db.queryValue("PRAGMA busy_timeout", Long.class)).contains(db.config().busyTimeoutMs());
    }

    @Test
    void createsMissingParentFolders() {
        Path file = dir.resolve("a/b/c/app.db");
        try (Database nested = Database.open(TestDatabases.sqlite(dir).sqliteFile(file.toString()).build())) {
            nested.execute("CREATE TABLE t (x INTEGER)");
        }
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void inMemoryDatabaseKeepsItsDataAcrossCalls() {
        try (Database mem = Database.open(TestDatabases.sqlite(dir).sqliteFile(":memory:").build())) {
            mem.execute("CREATE TABLE t (x INTEGER)");
            mem.useTransaction(tx -> tx.execute("INSERT INTO t VALUES (1)"));
            assertThat(mem.queryValue("SELECT count(*) FROM t", Long.class)).contains(1L);
        }
    }

    @Test
    void idleConnectionsNeverHoldTheWriteLock() throws Exception {
        db.useTransaction(tx -> tx.execute("INSERT INTO users (name) VALUES ('a')"));
        db.execute("INSERT INTO users (name) VALUES ('b')");
        // Another process-level connection must get the write lock at once.
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"));
                var s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 0");
            s.execute("BEGIN IMMEDIATE");
            s.execute("ROLLBACK");
        }
    }
}
