package io.systemprompt.database.migrate;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.TestDatabases;

import java.nio.file.Path;
import java.util.Map;

/** The migration core's contract on a SQLite file, through {@link JdbcMigrationStore}. */
class SqliteMigrationCoreTest extends MigrationCoreContract {
    private Database db;

    @Override
    protected MigrationStore open(Path dir) {
        db = Database.open(TestDatabases.sqlite(dir).build());
        return new JdbcMigrationStore(db);
    }

    @Override
    protected Map<String, Integer> tables() {
        return userTables(db);
    }

    @Override
    protected void close() {
        if (db != null) {
            db.close();
        }
    }
}
