package io.systemprompt.database.testing;

import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.DatabaseConfigBuilder;

import java.nio.file.Path;

/** Configurations for real test databases. */
public final class TestDatabases {
    private TestDatabases() {
    }

    /** A SQLite file in the given (temporary) folder, with automatic migration off. */
    public static DatabaseConfigBuilder sqlite(Path dir) {
        return DatabaseConfig.builder().sqlite(dir.resolve("test.db").toString()).autoMigrate(false);
    }
}
