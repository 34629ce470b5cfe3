package io.systemprompt.database.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Global options before the subcommand, owners in summary, baseline, --strict and rollback hints. */
class SqliteTreesCommandsTest extends CliTestBase {

    @Override
    String engine() {
        return "sqlite";
    }

    @Test
    void quietBeforeTheSubcommandAndOwnersInSummary() {
        Spdb.Result quiet = ok("-q", "--no-color", "migrate");
        assertThat(quiet.out()).doesNotContain("Done:");
        JsonNode tables = ok("summary", "--format", "json").json().get("tables");
        assertThat(tables.toString()).contains("\"name\":\"audit_log\"").contains("\"module\":\"app/audit\"")
                .contains("\"module\":\"app/notes\"");
        assertThat(ok("-v", "summary").out()).contains("module").contains("app/notes");
    }

    @Test
    void baselineMarksExistingTablesAndLeavesTheRestPending() {
        ok("query", "--write", "--sql", "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT)");
        ok("query", "--write", "--sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY, note_id INTEGER NOT NULL"
                + " REFERENCES notes(id), name TEXT NOT NULL)");
        Spdb.Result dry = ok("baseline", "--dry-run");
        assertThat(dry.out()).contains("marked").contains("001_add_priority.sql");
        assertThat(dry.err() + dry.out()).contains("Dry run");
        JsonNode r = ok("baseline", "--format", "json").json();
        assertThat(r.get("entries").toString()).contains("{\"module\":\"app/notes\",\"item\":\"schema\","
                + "\"state\":\"marked\"").contains("\"item\":\"001_add_priority.sql\",\"state\":\"pending\"");
        JsonNode s = ok("status", "--format", "json").json();
        assertThat(s.get("migrations").get("counts").get("pending").asInt()).isEqualTo(1);
    }

    @Test
    void strictRefusesOutOfOrderAndRollbackHintNamesWhatGoesFirst() {
        TestModules.write(modules, "app/audit/database/migrations/001_add_when.sql",
                "ALTER TABLE audit_log ADD COLUMN happened_at TEXT;\n");
        ok("migrate");
        Spdb.Result blocked = fails(1, "rollback", "--module", "app/notes", "--yes");
        assertThat(blocked.err()).contains("hint: roll back app/audit first");
        TestModules.write(modules, "app/notes/database/migrations/000_early.sql",
                "CREATE TABLE early (id INTEGER PRIMARY KEY);\n");
        Spdb.Result refused = fails(1, "migrate", "--strict");
        assertThat(refused.err()).contains("out of order").contains("hint: give the migration a version above");
        assertThat(ok("migrate", "--format", "json").json().get("warnings").toString()).contains("000_early.sql");
    }

    @Test
    void discoveryErrorsOtherThanAMissingRootDoNotPointAtModules() {
        TestModules.write(modules, "app/copy/database/schema.sql", "CREATE TABLE notes (id INTEGER PRIMARY KEY);\n");
        Spdb.Result r = run("status");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("'app/copy' and 'app/notes'").contains("hint: ").doesNotContain("--modules");
    }
}
