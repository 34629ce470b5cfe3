package io.systemprompt.database.docs;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.PostgresPerClass;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference of a live PostgreSQL database: its own types, and each migration's state. */
class LiveReferenceTest {
    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass();

    @Test
    void documentsPostgresTypesAndMigrationStates() {
        try (Database db = Database.open(PG.freshConfig().moduleRoots(List.of(TestDatabases.EXAMPLES)).autoMigrate(true).build())) {
            SchemaReference live = SchemaDocs.live(db);
            assertThat(live.live()).isTrue();
            ModuleReference auth = live.module("core/auth").orElseThrow();
            assertThat(auth.migrations()).extracting(ModuleReference.MigrationEntry::state).containsOnly("applied");
            TableReference sessions = auth.tables().stream().filter(t -> t.name().equals("auth_sessions")).findFirst().orElseThrow();
            assertThat(sessions.postgresTypes()).containsEntry("created_at", "timestamp with time zone");
            String page = live.files().get("core.auth.md");
            assertThat(page).contains("| Column | PostgreSQL type | Null |", "| State |", "| 001 | `001_add_session_last_seen.sql` | applied |")
                    .doesNotContain("SQLite type");
            assertThat(live.tables()).extracting(TableReference::name).doesNotContain("_migrations", "_schema_versions");
        }
    }
}
