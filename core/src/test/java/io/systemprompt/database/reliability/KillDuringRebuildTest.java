package io.systemprompt.database.reliability;

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
 * kill -9 of {@code rebuild} at seeded random moments, on both engines: afterwards the database is
 * either as it was (its rows, and a log row no migration writes) or freshly installed (empty tables, every
 * migration applied once), never a mix; the next rebuild completes. Count and seed: see
 * {@link KillHarness}.
 */
class KillDuringRebuildTest {
    private static final int OLD = 2_000;
    private static final State BEFORE = State.of(OLD, "a", 1);
    private static final State AFTER = State.of(0, "a", 0);

    @TempDir
    Path dir;

    @Test
    void sqlite() throws Exception {
        killRepeatedly(new KillHarness("rebuild, sqlite", 31, 300),
                KillFixture.sqliteEnv(dir.resolve("k.db"), KillFixture.modules(dir.resolve("modules"))));
    }

    @Test
    void postgres() throws Exception {
        try (PostgresScratch pg = PostgresScratch.create()) {
            killRepeatedly(new KillHarness("rebuild, postgres", 32, 300),
                    KillFixture.withModules(pg.env(), KillFixture.modules(dir.resolve("modules"))));
        }
    }

    private static void killRepeatedly(KillHarness harness, Map<String, String> env) throws Exception {
        try (Database db = Database.open(KillFixture.config(env))) {
            db.migrationService().migrate().orThrow();
        }
        for (int i = 0; i < KillHarness.KILLS; i++) {
            try (Database db = Database.open(KillFixture.config(env))) {
                KillFixture.fill(db, "a", 0, OLD);
                db.execute("INSERT INTO kill_log (n, k) VALUES (?, ?)", 0, 0);
                assertThat(State.read(db)).isEqualTo(BEFORE);
            }
            harness.killDuring(env, "rebuild");
            try (Database db = Database.open(KillFixture.config(env))) {
                KillFixture.awaitKilledSession(db);
                KillFixture.assertIntact(db);
                assertThat(State.read(db)).isIn(BEFORE, AFTER);
                new DataOperations(db).rebuild();
                assertThat(State.read(db)).isEqualTo(AFTER);
                assertThat(db.queryValue("SELECT count(DISTINCT n) FROM kill_log", Long.class))
                        .contains((long) KillFixture.MIGRATIONS);
                KillFixture.assertIntact(db);
            }
        }
        System.out.println(harness.summary());
    }
}
