package io.systemprompt.database.engine;

import io.systemprompt.database.ConstraintViolationException;
import io.systemprompt.database.Database;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.config.DatabaseConfigBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of {@link Maintenance} and the engine facts of {@link Dialect}, run once per engine on a
 * real database: what each method promises in its Javadoc, checked by its effect on the data.
 */
abstract class MaintenanceContract {
    @TempDir
    Path dir;

    Database db;
    Maintenance engine;

    protected abstract DatabaseConfigBuilder freshConfig();

    /** An id column that numbers rows by itself. */
    protected abstract String idType();

    /** Whether the engine keeps id counters apart from the rows ({@link Maintenance#lastIds}). */
    protected abstract boolean keepsIdCounters();

    /** The journal mode the engine reports, if any. */
    protected abstract Optional<String> journalMode();

    protected abstract boolean translatesGenericScripts();

    @BeforeEach
    void open() {
        db = Database.open(freshConfig().build());
        engine = db.dialect().maintenance();
        db.execute("CREATE TABLE parents (id " + idType() + ", name TEXT NOT NULL)");
        db.execute("CREATE TABLE children (id " + idType() + ", parent_id INTEGER NOT NULL REFERENCES parents (id))");
        db.execute("CREATE VIEW named AS SELECT name FROM parents");
        for (int i = 1; i <= 3; i++) {
            db.execute("INSERT INTO parents (id, name) VALUES (?, ?)", i, "p" + i);
            db.execute("INSERT INTO children (id, parent_id) VALUES (?, ?)", i, i);
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long count(String table) {
        return db.queryValue("SELECT count(*) FROM " + Quoting.quote(table), Long.class).orElseThrow();
    }

    private Catalog catalog() throws Exception {
        return db.readOnly(tx -> db.dialect().catalog().read(tx.connection()));
    }

    @Test
    void deleteAllRowsEmptiesTheTablesAndKeepsTheSchema() throws Exception {
        db.useTransaction(tx -> {
            engine.deferForeignKeys().forEach(tx::execute);
            engine.deleteAllRows(List.of("children", "parents")).forEach(tx::execute);
        });
        assertThat(count("parents")).isZero();
        assertThat(count("children")).isZero();
        assertThat(catalog().table("children")).isPresent();
    }

    @Test
    void dropAllLeavesNoTableAndNoView() throws Exception {
        Catalog before = catalog();
        assertThat(before.views()).isNotEmpty();
        db.useTransaction(tx -> {
            engine.deferForeignKeys().forEach(tx::execute);
            engine.dropAll(List.of(), before.views(), List.of("children", "parents")).forEach(tx::execute);
        });
        Catalog after = catalog();
        assertThat(after.tables()).isEmpty();
        assertThat(after.views()).isEmpty();
    }

    @Test
    void aClearLeavesEnforcementOnAfterwards() throws Exception {
        Optional<String[]> dangling = db.withWriteConnection(c -> {
            engine.beginClear(c);
            try {
                db.dialect().begin(c, false);
                try (var s = c.createStatement()) {
                    for (String sql : engine.deleteAllRows(List.of("children", "parents"))) {
                        s.execute(sql);
                    }
                }
                Optional<String[]> d = engine.danglingReference(c);
                db.dialect().commit(c, false);
                return d;
            } finally {
                engine.endClear(c);
            }
        });
        assertThat(dangling).isEmpty();
        assertThat(count("parents")).isZero();
        // Every pooled connection enforces foreign keys again (a pool of one is not guaranteed, so try several).
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> db.execute("INSERT INTO children (id, parent_id) VALUES (?, ?)", 10, 99))
                    .isInstanceOf(ConstraintViolationException.class);
        }
    }

    @Test
    void advancedSequencesNeverReuseACopiedId() throws Exception {
        var parents = catalog().table("parents").orElseThrow();
        // The statements the data commands run after loading rows with their ids (data.load.Sequences).
        int moved = db.transaction(tx -> {
            List<String> sync = db.dialect().identitySync(parents, 0);
            sync.forEach(sql -> tx.query(sql, Long.class));
            return sync.size();
        });
        assertThat(moved).isBetween(0, 1);
        long id = db.insert("INSERT INTO parents (name) VALUES (?)", "new");
        assertThat(id).isEqualTo(4);
    }

    @Test
    void lastIdsNameEveryCounterTheEngineKeeps() throws Exception {
        db.execute("CREATE TABLE counted (id INTEGER PRIMARY KEY " + (keepsIdCounters() ? "AUTOINCREMENT" : "")
                + ", v TEXT)");
        db.execute("INSERT INTO counted (id, v) VALUES (?, ?)", 7, "x");
        Map<String, Long> ids = db.withConnection(engine::lastIds);
        if (keepsIdCounters()) {
            assertThat(ids).containsEntry("counted", 7L);
        } else {
            assertThat(ids).isEmpty();
        }
    }

    @Test
    void aSnapshotSeesNoWriteThatCommitsAfterItsFirstRead() throws Exception {
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        long[] counts = db.readOnly(tx -> {
            long first = tx.queryValue("SELECT count(*) FROM parents", Long.class).orElseThrow();
            Thread writer = new Thread(() -> {
                try {
                    db.execute("INSERT INTO parents (id, name) VALUES (?, ?)", 100, "during");
                } catch (Throwable t) {
                    writerFailure.set(t);
                }
            });
            writer.start();
            writer.join();
            long second = tx.queryValue("SELECT count(*) FROM parents", Long.class).orElseThrow();
            return new long[] {first, second};
        });
        assertThat(writerFailure.get()).isNull();
        assertThat(counts[0]).isEqualTo(3);
        assertThat(counts[1]).isEqualTo(3);
        assertThat(count("parents")).isEqualTo(4);
    }

    @Test
    void aFileCopyHoldsTheRowsOrIsRefused() throws Exception {
        Path copy = dir.resolve("copy.db");
        if (!engine.copiesToFile()) {
            assertThatThrownBy(() -> db.withConnection(c -> {
                engine.copyToFile(c, copy);
                return null;
            })).isInstanceOf(UnsupportedOperationException.class);
            return;
        }
        db.withConnection(c -> {
            engine.copyToFile(c, copy);
            return null;
        });
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + copy); var s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM parents")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(3);
        }
    }

    @Test
    void reclaimingSpaceKeepsTheData() throws Exception {
        db.execute("DELETE FROM children");
        db.withWriteConnection(c -> {
            engine.reclaimSpace(c);
            return null;
        });
        assertThat(count("parents")).isEqualTo(3);
    }

    @Test
    void engineFacts() throws Exception {
        assertThat(db.withConnection(engine::journalMode)).isEqualTo(journalMode());
        assertThat(db.dialect().translatesGenericScripts()).isEqualTo(translatesGenericScripts());
        assertThat(db.dialect().connectionHint()).startsWith("Check that").contains("_");
    }
}
