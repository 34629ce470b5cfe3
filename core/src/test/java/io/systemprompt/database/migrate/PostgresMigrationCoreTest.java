package io.systemprompt.database.migrate;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.PostgresScratch;

import java.nio.file.Path;

/** The migration core's contract on PostgreSQL (a scratch database per case), through {@link JdbcMigrationStore}. */
class PostgresMigrationCoreTest extends MigrationCoreContract {
    private PostgresScratch pg;

    @Override
    protected MigrationStore open(Path dir) {
        pg = PostgresScratch.create();
        db = Database.open(pg.config().autoMigrate(false).build());
        return new JdbcMigrationStore(db);
    }

    @Override
    protected void cleanUp() {
        if (pg != null) {
            pg.close();
        }
    }
}
