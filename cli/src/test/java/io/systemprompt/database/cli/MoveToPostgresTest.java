package io.systemprompt.database.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.systemprompt.database.testing.PostgresScratch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/moving-to-postgres.md, run as written: the example modules on SQLite with data, then
 * {@code spdb data copy --to postgres} with the target in the POSTGRES_* variables, then the
 * application's inserts continue on PostgreSQL and the migration status is the same.
 */
class MoveToPostgresTest {
    @TempDir
    Path dir;
    private PostgresScratch pg;
    private Spdb spdb;
    private String modules;

    @BeforeEach
    void setUp() {
        pg = PostgresScratch.create();
        Map<String, String> env = new HashMap<>(pg.env());
        env.put("DATABASE_TYPE", "sqlite");
        env.put("DATABASE_FILE", dir.resolve("data/state/systemprompt.db").toString());
        spdb = new Spdb(dir, env);
        modules = Spdb.REPO.resolve("src/modules").toString();
    }

    @AfterEach
    void tearDown() {
        pg.close();
    }

    private Spdb.Result ok(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--modules";
        all[args.length + 1] = modules;
        Spdb.Result r = spdb.run(all);
        assertThat(r.exit()).as(r.toString()).isZero();
        return r;
    }

    @Test
    void theGuideWorksWordForWord() {
        ok("migrate");
        ok("query", "--write", "--sql", "INSERT INTO users (username, email, display_name) VALUES"
                + " ('alice', 'alice@example.com', 'Alice ☃'); INSERT INTO events (type, user_id, payload)"
                + " VALUES ('user.login', 3, '{}'); DELETE FROM users WHERE username = 'system'");
        ok("backup", "backups/before-postgres.db");
        ok("backup", "backups/before-postgres.zip");
        JsonNode copy = ok("data", "copy", "--to", "postgres", "--format", "json").json();
        assertThat(copy.get("verified").asBoolean()).isTrue();
        assertThat(copy.get("migrationsApplied").asInt()).isEqualTo(4);
        String sqliteStatus = ok("status", "--format", "json").json().get("migrations").toString();
        String pgStatus = ok("status", "--engine", "postgres", "--format", "json").json().get("migrations").toString();
        assertThat(pgStatus).isEqualTo(sqliteStatus);
        ok("query", "--engine", "postgres", "--write", "--sql",
                "INSERT INTO users (username, email) VALUES ('carol', 'carol@example.com')");
        JsonNode max = ok("query", "--engine", "postgres", "--sql", "SELECT max(id) AS m FROM users",
                "--format", "json").json();
        // admin 1, system 2 (deleted), alice 3: the first id PostgreSQL hands out is past them all.
        assertThat(max.get("results").get(0).get("rows").get(0).get(0).asLong()).isEqualTo(4);
        Spdb.Result again = spdb.run("data", "copy", "--to", "postgres", "--modules", modules);
        assertThat(again.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(again.err()).contains("not empty");
    }
}
