package io.systemprompt.database.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spdb lint} and the lint line of {@code spdb migrate}, run through the built jar. */
class LintCommandTest {
    private static final String GOOD = """
            CREATE TABLE IF NOT EXISTS shop_orders (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              total INTEGER NOT NULL DEFAULT 0,
              created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
              updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
            );
            """;

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path f = dir.resolve("modules").resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    @Test
    void theExampleModulesLintClean() {
        Spdb spdb = new Spdb(dir, Map.of());
        String root = Spdb.REPO.resolve("src/modules").toString();
        Spdb.Result text = spdb.run("lint", "--modules", root);
        assertThat(text.exit()).as(text.toString()).isZero();
        assertThat(text.out()).contains("lint passed: 0 error(s), 0 warning(s)");
        Spdb.Result json = spdb.run("lint", "--modules", root, "--format", "json");
        assertThat(json.exit()).as(json.toString()).isZero();
        JsonNode j = json.json();
        assertThat(j.get("command").asText()).isEqualTo("lint");
        assertThat(j.get("success").asBoolean()).isTrue();
        assertThat(j.get("counts").get("errors").asInt()).isZero();
        assertThat(j.get("counts").get("warnings").asInt()).isZero();
        assertThat(j.get("counts").get("files").asInt()).isGreaterThanOrEqualTo(10);
        for (JsonNode f : j.get("findings")) {
            assertThat(f.get("severity").asText()).isEqualTo("info");
            assertThat(f.fieldNames()).toIterable().containsExactly("rule", "severity", "module", "file", "line",
                    "column", "message", "fix");
        }
    }

    @Test
    void anErrorIsOneLineWithRuleSeverityPositionAndFixAndExitsOne() throws IOException {
        write("shop/database/schema.sql", GOOD);
        write("shop/database/migrations/001_index.sql",
                "-- the total\nCREATE INDEX IF NOT EXISTS idx_shop_orders_total ON shop_orders(total);\n");
        Spdb spdb = new Spdb(dir, Map.of());
        Spdb.Result r = spdb.run("lint", "--modules", "modules");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out().lines().filter(l -> l.startsWith("error"))).singleElement().asString()
                .contains("pg-index-concurrently", "shop modules/shop/database/migrations/001_index.sql:2:1",
                        "blocks every write to shop_orders", "fix: ", "-- spdb:no-transaction");
        assertThat(r.out()).contains("lint failed: 1 error(s)");
        JsonNode j = spdb.run("lint", "--modules", "modules", "--format", "json").json();
        assertThat(j.get("success").asBoolean()).isFalse();
        JsonNode f = j.get("findings").get(0);
        assertThat(f.get("rule").asText()).isEqualTo("pg-index-concurrently");
        assertThat(f.get("severity").asText()).isEqualTo("error");
        assertThat(f.get("line").asInt()).isEqualTo(2);
        assertThat(f.get("column").asInt()).isEqualTo(1);
    }

    @Test
    void warningsPassUnlessStrictAndMigrateCountsThem() throws IOException {
        write("shop/database/schema.sql", GOOD + "CREATE TABLE IF NOT EXISTS orders (id INTEGER PRIMARY KEY,"
                + " created_at TIMESTAMP, updated_at TIMESTAMP);\n");
        Spdb spdb = new Spdb(dir, Map.of());
        Spdb.Result lenient = spdb.run("lint", "--modules", "modules");
        assertThat(lenient.exit()).as(lenient.toString()).isZero();
        assertThat(lenient.out()).contains("warning", "table-prefix", "lint passed: 0 error(s), 1 warning(s)");
        Spdb.Result strict = spdb.run("lint", "--modules", "modules", "--strict");
        assertThat(strict.exit()).as(strict.toString()).isEqualTo(1);

        Spdb.Result refused = spdb.run("migrate", "--modules", "modules", "--strict");
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("nothing was run");
        assertThat(Files.exists(dir.resolve("data/state/systemprompt.db"))
                && spdb.run("status", "--modules", "modules", "--format", "json").json()
                        .get("modules").get("counts").get("installed").asInt() > 0).isFalse();
        Spdb.Result migrated = spdb.run("migrate", "--modules", "modules");
        assertThat(migrated.exit()).as(migrated.toString()).isZero();
        assertThat(migrated.out()).contains("0 error(s), 1 warning(s) in the pending files; spdb lint shows them.",
                "Done: 1 schema(s) installed");
    }

    @Test
    void anUnknownModuleIsAUsageError() {
        Spdb.Result r = new Spdb(dir, Map.of()).run("lint", "--modules", Spdb.REPO.resolve("src/modules").toString(),
                "--module", "core/nope");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no module 'core/nope'", "core/auth");
    }
}
