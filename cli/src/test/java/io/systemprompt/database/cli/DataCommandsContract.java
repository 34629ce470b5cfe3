package io.systemprompt.database.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** summary, view and query on a migrated database; each engine runs these tests. */
abstract class DataCommandsContract extends CliTestBase {

    @BeforeEach
    void migrate() {
        ok("migrate");
    }

    @Test
    void summaryCountsRowsAndColumnsAndHidesTrackingTables() {
        JsonNode s = ok("summary", "--format", "json").json();
        assertThat(s.get("command").asText()).isEqualTo("summary");
        assertThat(s.get("tables")).hasSize(3);
        JsonNode notes = s.get("tables").get(1);
        assertThat(notes.get("name").asText()).isEqualTo("notes");
        assertThat(notes.get("rows").asLong()).isEqualTo(3);
        assertThat(notes.get("columns").asInt()).isEqualTo(4);
        assertThat(notes.get("system").asBoolean()).isFalse();
        JsonNode byRows = ok("summary", "--sort", "rows", "--format", "json").json();
        assertThat(byRows.get("tables").get(0).get("name").asText()).isEqualTo("notes");
        JsonNode all = ok("summary", "--include-system", "--format", "json").json();
        assertThat(all.get("tables")).hasSize(6);
        assertThat(all.get("tables").get(0).get("name").asText()).isEqualTo("_migrations");
        assertThat(all.get("tables").get(0).get("system").asBoolean()).isTrue();
    }

    @Test
    void viewFiltersSortsAndPages() {
        JsonNode v = ok("view", "notes", "--columns", "id,title", "--where", "id > 1", "--order-by", "id desc",
                "--limit", "1", "--format", "json").json();
        assertThat(v.get("table").asText()).isEqualTo("notes");
        assertThat(v.get("columns")).hasSize(2);
        assertThat(v.get("rowCount").asInt()).isEqualTo(1);
        assertThat(v.get("rows").get(0).get(0).asLong()).isEqualTo(3);
        assertThat(v.get("rows").get(0).get(1).asText()).isEqualTo("third \"quoted\"");
        JsonNode page = ok("view", "NOTES", "--order-by", "id", "--offset", "1", "--format", "json").json();
        assertThat(page.get("rows").get(0).get(0).asLong()).isEqualTo(2);
        assertThat(page.get("rows").get(0).get(2).isNull()).isTrue();
    }

    @Test
    void viewCsvQuotesPerRfc4180() {
        String csv = ok("view", "notes", "--columns", "id,title,body", "--order-by", "id", "--format", "csv").out();
        assertThat(csv).isEqualTo("id,title,body\r\n1,first,hello\r\n2,\"second, with comma\",\r\n"
                + "3,\"third \"\"quoted\"\"\",ünïcode\r\n");
    }

    @Test
    void viewSchemaOnlyListsColumnsAndKeys() {
        JsonNode v = ok("view", "tags", "--schema-only", "--format", "json").json();
        assertThat(v.get("schemaOnly").asBoolean()).isTrue();
        assertThat(v.get("columns").get(0).get("name").asText()).isEqualTo("id");
        assertThat(v.get("columns").get(0).get("primaryKey").asBoolean()).isTrue();
        assertThat(v.get("columns").get(2).get("nullable").asBoolean()).isFalse();
        assertThat(v.get("foreignKeys").get(0).get("referencedTable").asText()).isEqualTo("notes");
    }

    @Test
    void viewWhereCannotWrite() {
        run("view", "notes", "--where", "id IN (SELECT id FROM notes); DELETE FROM notes");
        run("view", "notes", "--where", "id IN (WITH d AS (DELETE FROM notes RETURNING id) SELECT id FROM d)");
        assertThat(ok("view", "notes", "--format", "json").json().get("rowCount").asInt()).isEqualTo(3);
    }

    @Test
    void viewRejectsUnknownTablesAndColumns() {
        assertThat(fails(2, "view", "nope").err()).contains("Unknown table 'nope'", "notes");
        assertThat(fails(2, "view", "notes", "--columns", "id,nope").err()).contains("Unknown column 'nope'");
        assertThat(fails(2, "view", "notes", "--order-by", "nope desc").err()).contains("Unknown column 'nope'");
    }

    @Test
    void queryPrintsRowsThenATimingLine() {
        Spdb.Result r = ok("query", "--sql", "SELECT id, title FROM notes ORDER BY id");
        assertThat(r.out()).contains("first", "second, with comma").containsPattern("\\(3 rows, [0-9.]+ ms\\)");
        JsonNode j = ok("query", "--sql", "SELECT id FROM notes ORDER BY id; SELECT COUNT(*) AS n FROM tags",
                "--format", "json").json();
        assertThat(j.get("readOnly").asBoolean()).isTrue();
        assertThat(j.get("results")).hasSize(2);
        assertThat(j.get("results").get(0).get("rowCount").asInt()).isEqualTo(3);
        assertThat(j.get("results").get(1).get("columns").get(0).asText()).isEqualTo("n");
        assertThat(j.get("results").get(1).get("rows").get(0).get(0).asLong()).isZero();
    }

    @Test
    void readOnlyQueryCannotWriteEvenThroughACte() {
        Spdb.Result r = fails(1, "query", "--sql", "WITH x AS (SELECT 1) DELETE FROM tags RETURNING *");
        assertThat(r.err()).contains("read-only", "--write");
        Spdb.Result r2 = fails(1, "query", "--sql", "WITH x AS (SELECT 1) DELETE FROM notes WHERE id = 3 RETURNING *");
        assertThat(r2.err()).contains("read-only");
        assertThat(ok("query", "--sql", "SELECT COUNT(*) AS n FROM notes", "--format", "json").json()
                .get("results").get(0).get("rows").get(0).get(0).asLong()).isEqualTo(3);
    }

    @Test
    void writeModeReportsAffectedRows() {
        Spdb.Result r = ok("query", "--write", "--sql", "UPDATE notes SET priority = 5 WHERE id < 3");
        assertThat(r.out()).contains("(2 rows affected");
        JsonNode j = ok("query", "--sql", "SELECT COUNT(*) FROM notes WHERE priority = 5", "--format", "json").json();
        assertThat(j.get("results").get(0).get("rows").get(0).get(0).asLong()).isEqualTo(2);
    }

    @Test
    void queryFileIsSplitByTheLexerAndAnSqlErrorExitsOne() {
        TestModules.write(dir, "report.sql", "-- a comment; not a split\nSELECT 'a;b' AS s;\nSELECT 2 AS t;\n");
        JsonNode j = ok("query", "--file", dir.resolve("report.sql").toString(), "--format", "json").json();
        assertThat(j.get("results")).hasSize(2);
        assertThat(j.get("results").get(0).get("rows").get(0).get(0).asText()).isEqualTo("a;b");
        assertThat(fails(1, "query", "--sql", "SELECT * FROM no_such_table").err()).contains("line 1:1");
        assertThat(runWithInput("SELECT 7 AS seven;", "query").out()).contains("seven", "7");
    }
}
