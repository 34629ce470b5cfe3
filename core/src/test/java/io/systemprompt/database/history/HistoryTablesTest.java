package io.systemprompt.database.history;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.testing.PostgresScratch;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link HistoryTables#read} reads its rows by position; they must equal what the record mapper makes
 * of the same rows (names, nulls, timestamps and numbers), on SQLite and PostgreSQL.
 */
class HistoryTablesTest {
    @TempDir
    Path dir;

    @Test
    void sqliteRowsEqualTheRecordMappersRows() {
        check(TestDatabases.sqlite(dir));
    }

    @Test
    void postgresRowsEqualTheRecordMappersRows() {
        try (PostgresScratch pg = PostgresScratch.create()) {
            check(pg.config());
        }
    }

    private static void check(DatabaseConfigBuilder config) {
        // The example modules: schemas with and without init files, and migrations.
        try (Database db = Database.open(config.moduleRoots(List.of(TestDatabases.EXAMPLES)).build())) {
            db.migrationService().migrate().orThrow();
            HistoryTables tables = new HistoryTables(db.dialect());
            HistorySnapshot read = db.readOnly(tables::read);
            assertThat(read.schemas()).isNotEmpty().anyMatch(s -> s.initFile() == null)
                    .anyMatch(s -> s.initFile() != null);
            assertThat(read.migrations()).isNotEmpty();
            assertThat(read.schemas()).isEqualTo(db.query("SELECT * FROM " + tables.schemaVersionsTable()
                    + " ORDER BY module", AppliedSchema.class));
            assertThat(read.migrations()).isEqualTo(db.query("SELECT * FROM " + tables.migrationsTable()
                    + " ORDER BY applied_order", AppliedMigration.class));
        }
    }
}
