package io.systemprompt.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.systemprompt.database.migrate.MigrationPlan;
import io.systemprompt.database.migrate.MigrationResult;
import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Optional record components, and short toString() of plans and results. */
class OptionalComponentTest {
    record Person(long id, Optional<String> nickname, Optional<Long> score, Optional<Instant> seenAt) {}

    @TempDir
    Path dir;

    @Test
    void nullBecomesEmptyAndValuesAreWrapped() {
        try (Database db = Database.open(TestDatabases.sqlite(dir).build())) {
            db.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, nickname TEXT, score INTEGER, seen_at TIMESTAMP)");
            db.execute("INSERT INTO people (id, nickname, score, seen_at) VALUES (1, 'ada', 7, ?), (2, NULL, NULL, NULL)",
                    Instant.parse("2024-03-01T12:00:00Z"));
            List<Person> people = db.query("SELECT id, nickname, score, seen_at FROM people ORDER BY id", Person.class);
            assertThat(people.get(0)).isEqualTo(new Person(1, Optional.of("ada"), Optional.of(7L),
                    Optional.of(Instant.parse("2024-03-01T12:00:00Z"))));
            assertThat(people.get(1)).isEqualTo(new Person(2, Optional.empty(), Optional.empty(), Optional.empty()));
        }
    }

    @Test
    void plansAndResultsPrintCountsNotSql() {
        ModuleTree tree = new ModuleTree(dir.resolve("modules"));
        tree.module("core/notes").schema("CREATE TABLE notes (id INTEGER PRIMARY KEY, secret_marker_text TEXT);\n")
                .migration("001_a.sql", "ALTER TABLE notes ADD COLUMN a TEXT;\n");
        try (Database db = Database.open(TestDatabases.sqlite(dir).moduleRoots(List.of(tree.root().toString())).build())) {
            MigrationPlan plan = db.migrationService().status();
            assertThat(plan.toString()).isEqualTo("MigrationPlan[sqlite, modules=1 (pending 1), migrations=1 (pending 1)]");
            MigrationResult dry = db.migrationService().migrate("core/notes", true, io.systemprompt.database.migrate.MigrationListener.NONE);
            assertThat(dry.toString()).startsWith("MigrationResult[planned=2").doesNotContain("secret_marker_text");
            assertThat(dry.planned().toString()).doesNotContain("secret_marker_text");
            assertThat(db.migrationService().discover().list().toString()).doesNotContain("secret_marker_text")
                    .contains("core/notes");
        }
    }
}
