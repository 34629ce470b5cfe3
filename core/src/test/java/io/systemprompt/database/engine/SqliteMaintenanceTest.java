package io.systemprompt.database.engine;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.testing.TestDatabases;

import java.util.Optional;

class SqliteMaintenanceTest extends MaintenanceContract {

    @Override
    protected DatabaseConfigBuilder freshConfig() {
        return TestDatabases.sqlite(dir);
    }

    @Override
    protected String idType() {
        return "INTEGER PRIMARY KEY";
    }

    @Override
    protected boolean keepsIdCounters() {
        return true;
    }

    @Override
    protected Optional<String> journalMode() {
        return Optional.of("wal");
    }

    @Override
    protected boolean translatesGenericScripts() {
        return false;
    }
}
