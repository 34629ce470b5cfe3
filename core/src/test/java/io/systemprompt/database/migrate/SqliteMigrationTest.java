package io.systemprompt.database.migrate;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

class SqliteMigrationTest extends MigrationContract {
    @TempDir
    Path dbDir;

    @Override
    protected DatabaseConfigBuilder freshConfig() {
        return TestDatabases.sqlite(dbDir);
    }

    /** SQLite's write lock is the migration lock: another connection holding it blocks every writer. */
    @Override
    protected AutoCloseable holdMigrationLockElsewhere() throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbDir.resolve("test.db"));
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        return () -> {
            try (Statement s = c.createStatement()) {
                s.execute("ROLLBACK");
            }
            c.close();
        };
    }

    @Override
    protected String writeFingerprint() throws Exception {
        Path db = dbDir.resolve("test.db");
        Path wal = dbDir.resolve("test.db-wal");
        return Files.size(db) + "/" + Files.getLastModifiedTime(db) + "/"
                + (Files.exists(wal) ? Files.size(wal) + "/" + Files.getLastModifiedTime(wal) : "-");
    }
}
