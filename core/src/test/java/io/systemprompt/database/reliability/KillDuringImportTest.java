package io.systemprompt.database.reliability;

import io.systemprompt.database.Database;
import io.systemprompt.database.data.DataOperations;
import io.systemprompt.database.data.ImportOptions;
import io.systemprompt.database.data.OnConflict;
import io.systemprompt.database.reliability.KillFixture.State;
import io.systemprompt.database.testing.PostgresScratch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of a {@code data import} of two related tables at seeded random moments, on both engines:
 * afterwards the database holds either none of the imported rows or all of them, the history is intact,
 * and the same import then completes. Count and seed: see {@link KillHarness}.
 */
class KillDuringImportTest {
    private static final int OLD = 500;
    private static final int NEW = 5_000;
    private static final State BEFORE = State.of(OLD, "a", 0);
    private static final State AFTER = new State(OLD + NEW, OLD + NEW, List.of("a", "b"), BEFORE.log(),
            BEFORE.migrations(), BEFORE.schemas());

    @TempDir
    Path dir;

    @Test
    void sqlite() throws Exception {
        killRepeatedly(new KillHarness("import, sqlite", 11, 300),
                KillFixture.sqliteEnv(dir.resolve("k.db"), KillFixture.modules(dir.resolve("modules"))));
    }

    @Test
    void postgres() throws Exception {
        try (PostgresScratch pg = PostgresScratch.create()) {
            killRepeatedly(new KillHarness("import, postgres", 12, 300),
                    KillFixture.withModules(pg.env(), KillFixture.modules(dir.resolve("modules"))));
        }
    }

    private void killRepeatedly(KillHarness harness, Map<String, String> env) throws Exception {
        Path data = KillFixture.dataFiles(dir.resolve("data"), "b", OLD, NEW);
        try (Database db = Database.open(KillFixture.config(env))) {
            db.migrationService().migrate().orThrow();
            KillFixture.fill(db, "a", 0, OLD);
        }
        for (int i = 0; i < KillHarness.KILLS; i++) {
            harness.killDuring(env, "import", data.toString());
            try (Database db = Database.open(KillFixture.config(env))) {
                KillFixture.awaitKilledSession(db);
                KillFixture.assertIntact(db);
                State killed = State.read(db);
                assertThat(killed).isIn(BEFORE, AFTER);
                if (killed.equals(BEFORE)) {
                    new DataOperations(db).importData(new ImportOptions(List.of(data), OnConflict.FAIL, false),
                            p -> { });
                }
                assertThat(State.read(db)).isEqualTo(AFTER);
                assertThat(db.queryValue("SELECT sum(n) FROM items WHERE tag = 'b'", Long.class))
                        .contains((long) NEW * (NEW + 1) / 2);
                KillFixture.assertIntact(db);
                // Back to the old contents for the next kill.
                db.execute("DELETE FROM notes WHERE id > ?", OLD);
                db.execute("DELETE FROM items WHERE id > ?", OLD);
                assertThat(State.read(db)).isEqualTo(BEFORE);
            }
        }
        System.out.println(harness.summary());
    }
}
