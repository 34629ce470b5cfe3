package io.systemprompt.database.data;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.testing.TestDatabases;

class SqliteDataOperationsTest extends BackupRestoreContract {
    private int opened;

    @Override
    protected DatabaseConfigBuilder freshConfig() {
        return TestDatabases.sqlite(work.resolve("db" + (opened++)));
    }
}
