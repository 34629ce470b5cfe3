package io.systemprompt.database;

import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.DatabaseConfigBuilder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/**
 * Read-only on a SQLite memory database, which has one connection and so no read-only twin:
 * {@code query_only} and the statement check keep it read-only.
 */
class SqliteMemoryReadOnlyTest extends ReadOnlyBypassContract {
    @TempDir
    Path dir;

    @Override
    protected DatabaseConfigBuilder freshConfig() {
        return DatabaseConfig.builder().sqlite(":memory:").autoMigrate(false);
    }

    @Override
    protected Path scratchFolder() {
        return dir;
    }

    @Override
    protected List<String> engineAttempts(Path folder) {
        return SqliteAttempts.list(folder);
    }
}
