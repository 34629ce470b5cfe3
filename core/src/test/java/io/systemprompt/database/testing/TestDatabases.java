package io.systemprompt.database.testing;

import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.DatabaseConfigBuilder;

import java.nio.file.Path;

/** Configurations for real test databases. */
public final class TestDatabases {
    /** The example modules shipped in the repository's {@code src/modules}, as an absolute path. */
    public static final String EXAMPLES = Path.of("..", "src", "modules").toAbsolutePath().normalize().toString();

    private TestDatabases() {
    }

    /** A SQLite file in the given (temporary) folder, with automatic migration off. */
    public static DatabaseConfigBuilder sqlite(Path dir) {
        return DatabaseConfig.builder().sqlite(dir.resolve("test.db").toString()).autoMigrate(false);
    }

    /** A file of an example module, e.g. {@code exampleFile("core/config", "schema.sql")}. */
    public static Path exampleFile(String module, String databaseFile) {
        return Path.of(EXAMPLES, module, "database", databaseFile);
    }
}
