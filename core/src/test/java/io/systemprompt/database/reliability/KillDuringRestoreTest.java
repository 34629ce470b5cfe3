package io.systemprompt.database.reliability;

import io.systemprompt.database.data.RestoreOptions;
import io.systemprompt.database.Database;
import io.systemprompt.database.data.DataOperations;
import io.systemprompt.database.reliability.KillFixture.State;
import io.systemprompt.database.testing.PostgresScratch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of {@code restore --yes} over a database holding another archive's contents, at seeded random
 * moments, on both engines: afterwards the database holds exactly the old archive's rows or exactly the
 * new one's, never a mix, with its history intact; the same restore then completes. The two archives
 * take turns, so each recovery leaves the old contents of the next kill. Count and seed: see
 * {@link KillHarness}.
 */
class KillDuringRestoreTest {
    private static final int A = 2_000;
    private static final int B = 4_000;
    private static final State[] STATES = {State.of(A, "a", 0), State.of(B, "b", 0)};

    @TempDir
    Path dir;

    @Test
    void sqlite() throws Exception {
        killRepeatedly(new KillHarness("restore, sqlite", 21, 300),
                KillFixture.sqliteEnv(dir.resolve("k.db"), KillFixture.modules(dir.resolve("modules"))));
    }

    @Test
    void postgres() throws Exception {
        try (PostgresScratch pg = PostgresScratch.create()) {
            killRepeatedly(new KillHarness("restore, postgres", 22, 300),
                    KillFixture.withModules(pg.env(), KillFixture.modules(dir.resolve("modules"))));
        }
    }

    private void killRepeatedly(KillHarness harness, Map<String, String> env) throws Exception {
        Path[] archives = {dir.resolve("a.zip"), dir.resolve("b.zip")};
        try (Database db = Database.open(KillFixture.config(env))) {
            db.migrationService().migrate().orThrow();
            DataOperations ops = new DataOperations(db);
            KillFixture.fill(db, "b", 0, B);
            ops.backup(archives[1], p -> { });
            db.execute("DELETE FROM notes");
            db.execute("DELETE FROM items");
            KillFixture.fill(db, "a", 0, A);
            ops.backup(archives[0], p -> { });
            assertThat(State.read(db)).isEqualTo(STATES[0]);
        }
        for (int i = 0; i < KillHarness.KILLS; i++) {
            int from = i % 2;
            int to = 1 - from;
            harness.killDuring(env, "restore", archives[to].toString());
            try (Database db = Database.open(KillFixture.config(env))) {
                KillFixture.awaitKilledSession(db);
                KillFixture.assertIntact(db);
                assertThat(State.read(db)).isIn(STATES[from], STATES[to]);
                new DataOperations(db).restore(RestoreOptions.from(archives[to]).replacing(), p -> { });
                assertThat(State.read(db)).isEqualTo(STATES[to]);
                KillFixture.assertIntact(db);
            }
        }
        System.out.println(harness.summary());
    }
}
