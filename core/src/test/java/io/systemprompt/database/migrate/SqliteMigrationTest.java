package io.systemprompt.database.migrate;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SqliteMigrationTest extends MigrationContract {
    @TempDir
    Path dbDir;

    @Override
    protected DatabaseConfigBuilder freshConfig() {
        return TestDatabases.sqlite(dbDir);
    }
}
