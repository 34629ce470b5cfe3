package io.systemprompt.database.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.systemprompt.database.testing.PostgresScratch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's main job on the example modules: with no database settings, {@code migrate} then
 * {@code status} use the default SQLite file {@code data/state/systemprompt.db} under the working folder.
 */
class ExampleModulesTest {
    @TempDir
    Path dir;

    @Test
    void migrateThenStatusInstallsTheExampleModulesOnTheDefaultSqliteFile() {
        Spdb spdb = new Spdb(dir, Map.of());
        String root = Spdb.REPO.resolve("src/modules").toString();
        Spdb.Result m = spdb.run("migrate", "--modules", root);
        assertThat(m.exit()).as(m.toString()).isZero();
        assertThat(m.out()).contains("core/users", "core/auth", "Done:");
        assertThat(Files.exists(dir.resolve("data/state/systemprompt.db"))).isTrue();
        Spdb.Result s = spdb.run("status", "--modules", root, "--format", "json");
        assertThat(s.exit()).as(s.toString()).isZero();
        JsonNode j = s.json();
        assertThat(j.get("engine").asText()).isEqualTo("sqlite");
        assertThat(j.get("location").asText()).endsWith("data/state/systemprompt.db");
        assertThat(j.get("journalMode").asText()).isEqualTo("wal");
        assertThat(j.get("modules").get("counts").get("installed").asInt()).isEqualTo(4);
        assertThat(j.get("modules").get("counts").get("pending").asInt()).isZero();
        assertThat(j.get("migrations").get("counts").get("applied").asInt()).isEqualTo(4);
        assertThat(j.get("lockHolder").isNull()).isTrue();
    }

    @Test
    void statusTableShowsTheSameOnTheTerminalFormat() {
        Spdb spdb = new Spdb(dir, Map.of());
        String root = Spdb.REPO.resolve("src/modules").toString();
        assertThat(spdb.run("migrate", "--modules", root, "--quiet").exit()).isZero();
        Spdb.Result s = spdb.run("status", "--modules", root);
        assertThat(s.out()).contains("journal mode", "wal", "4 installed, 0 pending, 0 changed, 0 missing",
                "4 applied, 0 pending", "migration lock", "free", "core/events");
        assertThat(s.out()).doesNotContain("\u001b[");
    }

    @Test
    void theExampleModulesMigrateOnPostgresThroughTheTranslator() {
        try (PostgresScratch pg = PostgresScratch.create()) {
            Spdb spdb = new Spdb(dir, pg.env());
            String root = Spdb.REPO.resolve("src/modules").toString();
            Spdb.Result m = spdb.run("migrate", "--modules", root);
            assertThat(m.exit()).as(m.toString()).isZero();
            JsonNode j = spdb.run("status", "--modules", root, "--format", "json").json();
            assertThat(j.get("engine").asText()).isEqualTo("postgres");
            assertThat(j.get("location").asText()).contains(pg.name());
            assertThat(j.get("modules").get("counts").get("installed").asInt()).isEqualTo(4);
            assertThat(j.get("migrations").get("counts").get("applied").asInt()).isEqualTo(4);
            JsonNode users = spdb.run("view", "users", "--modules", root, "--order-by", "id", "--format", "json").json();
            assertThat(users.get("rowCount").asInt()).isEqualTo(2);
            assertThat(spdb.run("schema", "validate", "--modules", root).exit()).isZero();
        }
    }
}
