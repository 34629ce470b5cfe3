package io.systemprompt.database.data;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.PostgresScratch;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SQLite to PostgreSQL and back, with the portable fixture plus a module whose ids come from the
 * engine ({@code AUTOINCREMENT} on SQLite, {@code BIGSERIAL} through a PostgreSQL override).
 */
class EngineCopyTest {
    @TempDir
    Path work;
    private PostgresScratch pg;
    private Database sqlite;
    private Database postgres;

    @BeforeEach
    void setUp() {
        DataFixture.modules(work.resolve("modules"));
        new ModuleTree(work.resolve("modules")).module("core/notes").yaml("version: 2.0.0\n")
                .schema("CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, title VARCHAR(100) NOT NULL,"
                        + " done BOOLEAN NOT NULL DEFAULT FALSE, created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);")
                .migration("1_seed.sql", "INSERT INTO notes (title) VALUES ('from a migration');");
        java.nio.file.Path override = work.resolve("modules/core/notes/database/schema.postgres.sql");
        write(override, "CREATE TABLE notes (id BIGSERIAL PRIMARY KEY, title VARCHAR(100) NOT NULL,"
                + " done BOOLEAN NOT NULL DEFAULT FALSE, created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);");
        pg = PostgresScratch.create();
        sqlite = Database.open(TestDatabases.sqlite(work.resolve("db")).moduleRoots(roots()).build());
        postgres = Database.open(pg.config().moduleRoots(roots()).build());
    }

    private List<String> roots() {
        return List.of(work.resolve("modules").toString());
    }

    private static void write(Path p, String text) {
        try {
            java.nio.file.Files.writeString(p, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void tearDown() {
        sqlite.close();
        postgres.close();
        pg.close();
    }

    @Test
    void sqliteToPostgresThenInsertsContinuePastCopiedIds() {
        sqlite.migrationService().migrate().orThrow();
        DataFixture.fill(sqlite);
        for (int i = 0; i < 40; i++) {
            sqlite.insert("INSERT INTO notes (title, done) VALUES (?, ?)", "note " + i, i % 2 == 0);
        }
        sqlite.execute("DELETE FROM notes WHERE id = 41");
        LoadResult r = DataOperations.copy(sqlite, postgres, ProgressListener.NONE);
        assertThat(r.rows()).isEqualTo(DataFixture.ROWS + 40);
        assertThat(r.tables()).extracting(TableSummary::table).contains("accounts", "notes", "order_notes");
        long next = postgres.insert("INSERT INTO notes (title) VALUES ('after the move')");
        assertThat(next).isEqualTo(42);
        assertThat(status(postgres)).isEqualTo(status(sqlite));
        assertThat(postgres.migrationService().pending()).isEmpty();
        assertThat(BackupRestoreContract.history(postgres)).isEqualTo(BackupRestoreContract.history(sqlite));
        assertThat(postgres.queryValue("SELECT name FROM accounts WHERE id = 4", String.class))
                .isEqualTo(sqlite.queryValue("SELECT name FROM accounts WHERE id = 4", String.class));
    }

    @Test
    void postgresToSqliteWorksToo() {
        postgres.migrationService().migrate().orThrow();
        DataFixture.fill(postgres);
        postgres.insert("INSERT INTO notes (title) VALUES ('pg note')");
        LoadResult r = DataOperations.copy(postgres, sqlite, ProgressListener.NONE);
        assertThat(r.rows()).isEqualTo(DataFixture.ROWS + 2);
        assertThat(sqlite.insert("INSERT INTO notes (title) VALUES ('next')")).isEqualTo(3);
        assertThat(status(sqlite)).isEqualTo(status(postgres));
    }

    @Test
    void aSqliteBackupRestoresIntoPostgres() {
        sqlite.migrationService().migrate().orThrow();
        DataFixture.fill(sqlite);
        sqlite.insert("INSERT INTO notes (title) VALUES ('archived')");
        new DataOperations(sqlite).backup(work.resolve("b.zip"), ProgressListener.NONE);
        LoadResult r = new DataOperations(postgres).restore(RestoreOptions.from(work.resolve("b.zip")), ProgressListener.NONE);
        assertThat(r.rows()).isEqualTo(DataFixture.ROWS + 2);
        assertThat(postgres.insert("INSERT INTO notes (title) VALUES ('next')")).isEqualTo(3);
        assertThat(BackupRestoreContract.history(postgres)).isEqualTo(BackupRestoreContract.history(sqlite));
    }

    @Test
    void theTargetMustBeEmpty() {
        sqlite.migrationService().migrate().orThrow();
        postgres.migrationService().migrate().orThrow();
        assertThatThrownBy(() -> DataOperations.copy(sqlite, postgres, ProgressListener.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("not empty");
    }

    @Test
    void aSourceWithPendingMigrationsIsRefused() {
        sqlite.migrationService().installSchemas(null, false);
        assertThatThrownBy(() -> DataOperations.copy(sqlite, postgres, ProgressListener.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("pending migrations");
        assertThat(Schema.read(postgres).tables()).isEmpty();
    }

    private static List<String> status(Database db) {
        return db.migrationService().status().migrations().stream()
                .map(m -> m.module() + " " + m.version() + " " + m.state()).toList();
    }

}
