package io.systemprompt.database.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * clear, rebuild, data export/import, backup and restore through the real jar; each engine runs
 * these tests. The fixture's tags reference notes with no ON DELETE action.
 */
abstract class DataOpsCommandsContract extends CliTestBase {

    @BeforeEach
    void migrateAndFill() {
        ok("migrate");
        ok("query", "--write", "--sql", "INSERT INTO notes (id, title, body) VALUES (4, '', NULL);"
                + " INSERT INTO notes (id, title, body) VALUES (5, 'multi\nline, \"q\" ☃', '');"
                + " INSERT INTO tags (id, note_id, name) VALUES (1, 1, 'a'); INSERT INTO tags (id, note_id, name)"
                + " VALUES (2, 5, 'b'); INSERT INTO audit_log (id, note_id, what) VALUES (1, 5, 'x')");
    }

    /** Row counts by table, the tracking tables included. */
    Map<String, Long> rows() {
        Map<String, Long> m = new HashMap<>();
        for (JsonNode t : ok("summary", "--include-system", "--format", "json").json().get("tables")) {
            m.put(t.get("name").asText(), t.get("rows").asLong());
        }
        return m;
    }

    @Test
    void clearAsksOffTerminalForYesThenEmptiesModuleTablesOnly() {
        Spdb.Result refused = fails(ExitCodes.USAGE, "clear");
        assertThat(refused.err()).contains("--yes");
        assertThat(rows()).containsEntry("notes", 5L);
        JsonNode r = ok("clear", "--yes", "--format", "json").json();
        assertThat(r.get("rows").asLong()).isEqualTo(8);
        assertThat(rows()).containsEntry("notes", 0L).containsEntry("tags", 0L).containsEntry("_migrations", 1L)
                .containsEntry("_schema_versions", 2L);
        ok("clear", "--all", "--yes");
        assertThat(rows()).containsEntry("_migrations", 0L).containsEntry("_schema_versions", 0L);
    }

    @Test
    void rebuildDropsUndeclaredTablesAndReportsCounts() {
        ok("query", "--write", "--sql", "CREATE TABLE stray (id INTEGER PRIMARY KEY, what TEXT)");
        fails(ExitCodes.USAGE, "rebuild");
        JsonNode r = ok("rebuild", "--yes", "--format", "json").json();
        assertThat(r.get("tablesDropped").asInt()).isEqualTo(7); // three module tables, stray and three tracking tables
        assertThat(r.get("modulesInstalled").asInt()).isEqualTo(2);
        assertThat(r.get("migrationsApplied").asInt()).isEqualTo(1);
        assertThat(rows()).doesNotContainKey("stray").containsEntry("notes", 3L).containsEntry("tags", 0L);
        String text = ok("rebuild", "--yes").out();
        assertThat(text).contains("Dropped 6 tables").contains("installed 2 modules and applied 1 migrations");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jsonl", "csv", "sql"})
    void exportImportExportIsByteIdentical(String format) throws IOException {
        ok("data", "export", "--data-format", format, "--gzip", "--out", "a");
        ok("clear", "--yes");
        JsonNode imported = ok("data", "import", "a", "--format", "json").json();
        assertThat(imported.get("rows").asLong()).isEqualTo(8);
        ok("data", "export", "--data-format", format, "--gzip", "--out", "b");
        for (String table : List.of("notes", "tags", "audit_log")) {
            String file = table + "." + format + ".gz";
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
        }
    }

    @Test
    void aBadRowFailsTheImportWithFileLineAndColumnAndChangesNothing() throws IOException {
        ok("data", "export", "--out", "a");
        ok("clear", "--yes");
        Path notes = dir.resolve("a/notes.jsonl");
        List<String> lines = Files.readAllLines(notes);
        lines.set(1, lines.get(1).replace("\"id\":2", "\"id\":\"two\""));
        Files.write(notes, lines);
        Spdb.Result r = fails(ExitCodes.FAILURE, "data", "import", "a");
        assertThat(r.err()).contains("notes.jsonl:2:7: column \"id\" of table notes");
        assertThat(fails(ExitCodes.FAILURE, "data", "import", "a", "--dry-run").err()).contains("notes.jsonl:2:7");
        assertThat(rows()).containsEntry("notes", 0L).containsEntry("tags", 0L);
    }

    @Test
    void importOnConflict() {
        ok("data", "export", "--table", "notes", "--out", "a");
        fails(ExitCodes.FAILURE, "data", "import", "a");
        ok("query", "--write", "--sql", "UPDATE notes SET title = 'changed' WHERE id = 1");
        ok("data", "import", "a", "--on-conflict", "skip");
        assertThat(ok("query", "--sql", "SELECT title FROM notes WHERE id = 1").out()).contains("changed");
        ok("data", "import", "a", "--on-conflict", "update");
        assertThat(ok("query", "--sql", "SELECT title FROM notes WHERE id = 1").out()).contains("first");
    }

    @Test
    void backupThenRestoreReplacesOnlyWithYes() throws IOException {
        JsonNode b = ok("backup", "b.zip", "--format", "json").json();
        assertThat(b.get("kind").asText()).isEqualTo("archive");
        ok("query", "--write", "--sql", "DELETE FROM tags; DELETE FROM audit_log");
        fails(ExitCodes.USAGE, "restore", "b.zip");
        assertThat(rows()).containsEntry("tags", 0L);
        JsonNode r = ok("restore", "b.zip", "--yes", "--format", "json").json();
        assertThat(r.get("replaced").asBoolean()).isTrue();
        assertThat(rows()).containsEntry("tags", 2L).containsEntry("notes", 5L).containsEntry("audit_log", 1L);
    }

    @Test
    void aDamagedArchiveIsRefusedAndNothingChanges() throws IOException {
        ok("backup", "b.zip");
        byte[] bytes = Files.readAllBytes(dir.resolve("b.zip"));
        Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(bytes, bytes.length - 40));
        ok("query", "--write", "--sql", "DELETE FROM audit_log");
        Spdb.Result r = fails(ExitCodes.FAILURE, "restore", "cut.zip", "--yes");
        assertThat(r.err()).contains("damaged");
        assertThat(rows()).containsEntry("notes", 5L).containsEntry("audit_log", 0L);
    }
}
