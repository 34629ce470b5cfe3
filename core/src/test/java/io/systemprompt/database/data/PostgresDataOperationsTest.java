package io.systemprompt.database.data;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.testing.PostgresScratch;
import org.junit.jupiter.api.AfterEach;

import java.util.ArrayList;
import java.util.List;

class PostgresDataOperationsTest extends BackupRestoreContract {
    private final List<PostgresScratch> scratches = new ArrayList<>();

    @Override
    protected DatabaseConfigBuilder freshConfig() {
        PostgresScratch pg = PostgresScratch.create();
        scratches.add(pg);
        return pg.config();
    }

    @AfterEach
    void drop() {
        db.close();
        scratches.forEach(PostgresScratch::close);
    }
}
