package io.systemprompt.database.reliability;

import io.systemprompt.database.data.RestoreOptions;
import io.systemprompt.database.Database;
import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.data.DataOperations;
import io.systemprompt.database.data.ImportOptions;
import io.systemprompt.database.data.OnConflict;
import io.systemprompt.database.data.ProgressListener;
import io.systemprompt.database.migrate.MigrationException;
import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.PostgresScratch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PostgreSQL session ends under the work (as on a server restart): the session is terminated with
 * {@code pg_terminate_backend}, by itself or from a second connection. The error says the connection
 * was lost, what was and was not applied, and to run again; running again completes.
 */
class ConnectionLossTest {
    @TempDir
    Path dir;
    private PostgresScratch pg;
    private Path modules;

    @BeforeEach
    void scratch() {
        pg = PostgresScratch.create();
        modules = dir.resolve("modules");
        new ModuleTree(modules).module("core/items")
                .schema("CREATE TABLE items (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n")
                .init("INSERT INTO items (id, body) VALUES (1, 'a'), (2, 'b');\n");
    }

    @AfterEach
    void drop() {
        pg.close();
    }

    private Database open() {
        return Database.open(pg.config().moduleRoots(List.of(modules.toString())).build());
    }

    @Test
    void aMigrationThatLosesItsConnectionIsNamedAndRunsAgain() throws Exception {
        try (Database db = open()) {
            db.migrationService().migrate().orThrow();
        }
        ModuleTree.Module m = new ModuleTree(modules).module("core/items");
        m.migration("001_fill.sql", "INSERT INTO items (id, body) VALUES (3, 'c');\n");
        m.migration("002_lose.sql", "SELECT 1;\n");
        m.migration("002_lose.postgres.sql", "SELECT pg_terminate_backend(pg_backend_pid());\n");
        try (Database db = open()) {
            assertThatThrownBy(() -> db.migrationService().migrate().orThrow())
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("Module core/items: the connection to PostgreSQL was lost while applying"
                            + " 001_fill.sql, 002_lose")
                    .hasMessageContaining("None of these steps was applied")
                    .hasMessageContaining("run 'spdb migrate' again");
            assertThat(db.queryValue("SELECT count(*) FROM _migrations", Long.class)).contains(0L);
            assertThat(db.queryValue("SELECT count(*) FROM items", Long.class)).contains(2L);
        }
        m.migration("002_lose.postgres.sql", "SELECT 1;\n");
        try (Database db = open()) {
            assertThat(db.migrationService().migrate().orThrow().applied()).hasSize(2);
            assertThat(db.queryValue("SELECT count(*) FROM items", Long.class)).contains(3L);
        }
    }

    @Test
    void anImportThatLosesItsConnectionSaysSoAndLeavesTheTable() throws Exception {
        Path file = dir.resolve("items.jsonl");
        try (Writer w = Files.newBufferedWriter(file)) {
            for (int i = 10; i < 30_000; i++) {
                w.write("{\"id\":" + i + ",\"body\":\"x\"}\n");
            }
        }
        try (Database db = open()) {
            db.migrationService().migrate().orThrow();
            DataOperations ops = new DataOperations(db);
            for (OnConflict mode : List.of(OnConflict.FAIL, OnConflict.SKIP)) {
                assertThatThrownBy(() -> ops.importData(new ImportOptions(List.of(file), mode, false),
                        terminateOnFirstProgress()))
                        .isInstanceOf(DatabaseException.class)
                        .hasMessageContaining("connection to PostgreSQL was lost")
                        .hasMessageContaining("Nothing was imported")
                        .satisfies(e -> assertThat(((DatabaseException) e).connectionLost()).isTrue());
                assertThat(db.queryValue("SELECT count(*) FROM items", Long.class)).contains(2L);
            }
            ops.importData(new ImportOptions(List.of(file), OnConflict.FAIL, false), ProgressListener.NONE);
            assertThat(db.queryValue("SELECT count(*) FROM items", Long.class)).contains(2L + 29_990);
        }
    }

    @Test
    void aRestoreThatLosesItsConnectionSaysSoAndLeavesTheDatabase() throws Exception {
        Path archive = dir.resolve("a.zip");
        try (Database db = open()) {
            db.migrationService().migrate().orThrow();
            db.execute("INSERT INTO items (id, body) SELECT g, 'r' FROM generate_series(10, 20000) g");
            new DataOperations(db).backup(archive, ProgressListener.NONE);
            db.execute("DELETE FROM items WHERE id >= 10");
            DataOperations ops = new DataOperations(db);
            assertThatThrownBy(() -> ops.restore(RestoreOptions.from(archive).replacing(), terminateOnFirstProgress()))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("connection to PostgreSQL was lost")
                    .hasMessageContaining("left as it was");
            assertThat(db.queryValue("SELECT count(*) FROM items", Long.class)).contains(2L);
            ops.restore(RestoreOptions.from(archive).replacing(), ProgressListener.NONE);
            assertThat(db.queryValue("SELECT count(*) FROM items", Long.class)).contains(2L + 19_991);
        }
    }

    @Test
    void aQueryThatLosesItsConnectionSaysSo() {
        try (Database db = open()) {
            db.migrationService().migrate().orThrow();
            assertThatThrownBy(() -> db.query("SELECT pg_terminate_backend(pg_backend_pid())"))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("The connection to PostgreSQL was lost")
                    .hasMessageContaining("run the work again");
            // The pool replaces the dead connection.
            assertThat(db.queryValue("SELECT count(*) FROM items", Long.class)).contains(2L);
        }
    }

    /** Ends, from a second connection, the session that is inside a transaction: the one doing the work. */
    private ProgressListener terminateOnFirstProgress() {
        boolean[] done = {false};
        return p -> {
            if (done[0] || p.rows() == 0) {
                return;
            }
            done[0] = true;
            try (Connection c = pg.connect(); Statement s = c.createStatement()) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND pid <> pg_backend_pid() AND state <> 'idle'"); // in a transaction, or streaming a COPY
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
