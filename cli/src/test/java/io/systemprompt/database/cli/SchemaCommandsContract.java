package io.systemprompt.database.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema subcommands; each engine runs these tests. */
abstract class SchemaCommandsContract extends CliTestBase {

    @Test
    void listShowsVersionsDependenciesAndState() {
        ok("schema", "install", "--module", "app/notes");
        JsonNode l = ok("schema", "list", "--format", "json").json();
        assertThat(l.get("command").asText()).isEqualTo("schema list");
        JsonNode notes = l.get("modules").get(0);
        assertThat(notes.get("key").asText()).isEqualTo("app/notes");
        assertThat(notes.get("version").asText()).isEqualTo("1.2.0");
        assertThat(notes.get("installedVersion").asText()).isEqualTo("1.2.0");
        assertThat(notes.get("migrations").asInt()).isEqualTo(1);
        assertThat(notes.get("state").asText()).isEqualTo("installed");
        JsonNode audit = l.get("modules").get(1);
        assertThat(audit.get("dependencies").get(0).asText()).isEqualTo("app/notes");
        assertThat(audit.get("installedVersion").isNull()).isTrue();
        assertThat(audit.get("state").asText()).isEqualTo("pending");
    }

    @Test
    void installAppliesSchemasButNoMigrations() {
        JsonNode i = ok("schema", "install", "--format", "json").json();
        assertThat(i.get("command").asText()).isEqualTo("schema install");
        assertThat(i.get("applied")).hasSize(2);
        JsonNode s = ok("status", "--format", "json").json();
        assertThat(s.get("modules").get("counts").get("installed").asInt()).isEqualTo(2);
        assertThat(s.get("migrations").get("counts").get("pending").asInt()).isEqualTo(1);
        assertThat(ok("schema", "init", "--format", "json").json().get("applied")).isEmpty();
    }

    @Test
    void graphPrintsTheDependencyOrder() {
        JsonNode g = ok("schema", "graph", "--format", "json").json();
        assertThat(g.get("modules").get(0).get("key").asText()).isEqualTo("app/notes");
        assertThat(g.get("modules").get(1).get("key").asText()).isEqualTo("app/audit");
        assertThat(g.get("modules").get(1).get("order").asInt()).isEqualTo(2);
        assertThat(g.get("modules").get(1).get("dependencies").get(0).asText()).isEqualTo("app/notes");
        assertThat(ok("schema", "graph").out()).contains("app/audit", "app/notes");
    }

    @Test
    void graphPrintsDotAndMermaidAndOtherCommandsRefuseThem() throws Exception {
        String dot = ok("schema", "graph", "--format", "dot").out();
        assertThat(dot).startsWith("digraph modules {").contains("\"app/audit\" -> \"app/notes\";");
        String mermaid = ok("schema", "graph", "--format", "mermaid").out();
        assertThat(mermaid).startsWith("flowchart LR").contains("app_audit --> app_notes");
        Spdb.Result refused = fails(2, "status", "--format", "dot");
        assertThat(refused.err()).contains("only for spdb schema graph");
    }

    @Test
    void docsWritesTheReferenceAndLiveShowsEachMigrationsState() throws Exception {
        java.nio.file.Path out = dir.resolve("reference");
        ok("docs", "--out", out.toString());
        String notes = java.nio.file.Files.readString(out.resolve("app.notes.md"));
        assertThat(notes).contains("# Module `app/notes`", "## Migrations", "erDiagram");
        assertThat(java.nio.file.Files.readString(out.resolve("index.md"))).contains("[`app/audit`](app.audit.md)");
        assertThat(out.resolve("modules.dot")).exists();
        ok("migrate");
        java.nio.file.Path live = dir.resolve("live");
        ok("docs", "--out", live.toString(), "--live");
        assertThat(java.nio.file.Files.readString(live.resolve("app.notes.md"))).contains("| State |", " applied |");
    }

    @Test
    void validateIsCleanAfterMigrateAndReportsAnEditedSchemaFile() {
        ok("migrate");
        JsonNode v = ok("schema", "validate", "--format", "json").json();
        assertThat(v.get("valid").asBoolean()).isTrue();
        assertThat(v.get("fileDrift")).isEmpty();
        TestModules.write(modules, "app/audit/database/schema.sql",
                "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, what TEXT, extra TEXT);\n");
        Spdb.Result drift = run("schema", "validate", "--format", "json");
        assertThat(drift.exit()).as(drift.toString()).isEqualTo(1);
        JsonNode d = drift.json();
        assertThat(d.get("valid").asBoolean()).isFalse();
        assertThat(d.get("fileDrift").get(0).get("module").asText()).isEqualTo("app/audit");
        assertThat(d.get("fileDrift").get(0).get("state").asText()).isEqualTo("changed");
    }

    @Test
    void validateReportsATableNoModuleDeclaresAsCatalogDrift() {
        ok("migrate");
        ok("query", "--write", "--sql", "CREATE TABLE extra (id INTEGER PRIMARY KEY)");
        Spdb.Result r = run("schema", "validate", "--format", "json");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        JsonNode v = r.json();
        assertThat(v.get("fileDrift")).isEmpty();
        assertThat(v.get("catalogDrift").toString()).contains("extra");
        assertThat(r.err()).contains("error: ", "catalog difference");
    }

    @Test
    void validateSkipsTheCatalogWhileWorkIsPending() {
        JsonNode v = ok("schema", "validate", "--format", "json").json();
        assertThat(v.get("catalogSkipped").asText()).contains("spdb migrate");
    }

    @Test
    void translatePrintsPostgresSql() {
        TestModules.write(dir, "t.sql", "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, at DATETIME);\n");
        JsonNode t = ok("schema", "translate", dir.resolve("t.sql").toString(), "--to", "postgres", "--format", "json")
                .json();
        assertThat(t.get("to").asText()).isEqualTo("postgres");
        assertThat(t.get("sql").asText()).contains("CREATE TABLE").doesNotContain("AUTOINCREMENT");
        assertThat(fails(2, "schema", "translate", "t.sql", "--to", "oracle").err()).contains("oracle");
    }
}
