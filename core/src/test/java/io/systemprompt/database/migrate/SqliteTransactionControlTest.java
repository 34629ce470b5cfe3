package io.systemprompt.database.migrate;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SqliteTransactionControlTest extends TransactionControlContract {
    @TempDir
    Path dbDir;
    private int n;

    @Override
    protected DatabaseConfigBuilder freshConfig() {
        return TestDatabases.sqlite(dbDir.resolve("d" + (n++)));
    }
}
