package io.systemprompt.database.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** status, migrate, rollback and schema, run as a user would; each engine runs these tests. */
abstract class MigrationCommandsContract extends CliTestBase {

    @Test
    void statusBeforeMigrateShowsEverythingPending() {
        JsonNode s = ok("status", "--format", "json").json();
        assertThat(s.get("command").asText()).isEqualTo("status");
        assertThat(s.get("engine").asText()).isEqualTo(engine());
        assertThat(s.get("modules").get("counts").get("pending").asInt()).isEqualTo(2);
        assertThat(s.get("migrations").get("counts").get("pending").asInt()).isEqualTo(1);
        assertThat(s.get("upToDate").asBoolean()).isFalse();
    }

    @Test
    void migrateThenStatusReportsInstalledModulesAndAppliedMigrations() {
        Spdb.Result m = ok("migrate");
        assertThat(m.out()).contains("installed", "app/notes", "applied", "001_add_priority.sql", "Done:");
        JsonNode s = ok("status", "--format", "json").json();
        assertThat(s.get("location").asText()).isNotBlank().doesNotContain("password");
        assertThat(s.get("roundTripMs").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(s.get("serverVersion").asText()).isNotBlank();
        assertThat(s.get("pool").get("max").asInt()).isPositive();
        assertThat(s.get("journalMode").isNull()).isEqualTo(engine().equals("postgres"));
        assertThat(s.get("modules").get("counts").get("installed").asInt()).isEqualTo(2);
        assertThat(s.get("migrations").get("counts").get("applied").asInt()).isEqualTo(1);
        JsonNode first = s.get("modules").get("list").get(0);
        assertThat(first.get("key").asText()).isEqualTo("app/notes");
        assertThat(first.get("version").asText()).isEqualTo("1.2.0");
        assertThat(first.get("state").asText()).isEqualTo("installed");
        JsonNode mig = s.get("migrations").get("list").get(0);
        assertThat(mig.get("version").asText()).isEqualTo("001");
        assertThat(mig.get("state").asText()).isEqualTo("applied");
        assertThat(s.get("upToDate").asBoolean()).isTrue();
    }

    @Test
    void migrateJsonListsAppliedStepsWithTimings() {
        JsonNode m = ok("migrate", "--format", "json").json();
        assertThat(m.get("success").asBoolean()).isTrue();
        assertThat(m.get("dryRun").asBoolean()).isFalse();
        assertThat(m.get("applied")).hasSize(3);
        JsonNode step = m.get("applied").get(0);
        assertThat(step.get("kind").asText()).isEqualTo("schema");
        assertThat(step.get("module").asText()).isEqualTo("app/notes");
        assertThat(step.get("durationMs").isNumber()).isTrue();
        assertThat(m.get("failures")).isEmpty();
    }

    @Test
    void dryRunPrintsTheSqlAndChangesNothing() {
        Spdb.Result d = ok("migrate", "--dry-run");
        assertThat(d.out()).contains("CREATE TABLE notes", "ALTER TABLE notes ADD COLUMN priority");
        assertThat(ok("status", "--format", "json").json().get("modules").get("counts").get("pending").asInt())
                .isEqualTo(2);
    }

    @Test
    void migrateOneModuleInstallsOnlyItAndItsDependencies() {
        ok("migrate", "--module", "app/notes");
        JsonNode s = ok("status", "--format", "json").json();
        assertThat(s.get("modules").get("counts").get("installed").asInt()).isEqualTo(1);
        assertThat(s.get("modules").get("counts").get("pending").asInt()).isEqualTo(1);
    }

    @Test
    void rollbackNeedsYesWithoutTerminalThenRollsBack() {
        ok("migrate");
        Spdb.Result refused = fails(2, "rollback");
        assertThat(refused.err()).contains("--yes");
        assertThat(ok("rollback", "--dry-run").out()).contains("DROP COLUMN priority");
        JsonNode r = ok("rollback", "--yes", "--format", "json").json();
        assertThat(r.get("applied").get(0).get("kind").asText()).isEqualTo("rollback");
        JsonNode s = ok("status", "--format", "json").json();
        assertThat(s.get("migrations").get("counts").get("pending").asInt()).isEqualTo(1);
    }

    @Test
    void editedAppliedMigrationFailsValidateWithCodeThreeUntilRepaired() {
        ok("migrate");
        TestModules.write(modules, "app/notes/database/migrations/001_add_priority.sql",
                "ALTER TABLE notes ADD COLUMN priority INTEGER DEFAULT 1;\n");
        Spdb.Result v = fails(3, "migrate", "validate");
        assertThat(v.err()).contains("migrate repair");
        assertThat(ok("migrate", "repair", "--format", "json").json().get("repaired")).hasSize(1);
        assertThat(ok("migrate", "validate", "--format", "json").json().get("valid").asBoolean()).isTrue();
    }
}
