package io.systemprompt.database.migrate;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.testing.PostgresScratch;
import org.junit.jupiter.api.AfterEach;

class PostgresMigrationTest extends MigrationContract {
    private PostgresScratch pg;

    @Override
    protected DatabaseConfigBuilder freshConfig() {
        pg = PostgresScratch.create();
        return pg.config();
    }

    @AfterEach
    void drop() {
        db.close();
        pg.close();
    }
}
