package io.systemprompt.database.cli;

import io.systemprompt.database.testing.PostgresScratch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code restore --yes} and {@code rebuild --yes} into a non-empty PostgreSQL database of the example
 * modules, whose migrations are translated against the live tables: the translator reads them in the
 * replacing transaction itself, so it never waits on that transaction's own locks.
 */
class PostgresReplaceExamplesTest {
    @TempDir
    Path dir;

    @Test
    void restoreAndRebuildIntoANonEmptyDatabaseFinish() {
        try (PostgresScratch pg = PostgresScratch.create()) {
            Map<String, String> env = new HashMap<>(pg.env());
            env.put("DB_MODULE_ROOTS", Spdb.REPO.resolve("src/modules").toString());
            // A wait on a lock would end here instead of hanging the test.
            env.put("DB_LOCK_TIMEOUT", "20000");
            Spdb spdb = new Spdb(dir, env);
            ok(spdb, "migrate");
            ok(spdb, "backup", "b.zip");
            assertThat(ok(spdb, "restore", "b.zip", "--yes").out()).contains("Restored");
            assertThat(ok(spdb, "rebuild", "--yes").out()).contains("installed 4 modules");
        }
    }

    private static Spdb.Result ok(Spdb spdb, String... args) {
        Spdb.Result r = spdb.run(args);
        assertThat(r.exit()).as(r.toString()).isZero();
        return r;
    }
}
