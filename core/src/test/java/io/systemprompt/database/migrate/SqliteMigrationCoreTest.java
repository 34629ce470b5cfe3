package io.systemprompt.database.migrate;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.TestDatabases;

import java.nio.file.Path;

/** The migration core's contract on a SQLite file, through {@link JdbcMigrationStore}. */
class SqliteMigrationCoreTest extends MigrationCoreContract {

    @Override
    protected MigrationStore open(Path dir) {
        db = Database.open(TestDatabases.sqlite(dir).build());
        return new JdbcMigrationStore(db);
    }
}
