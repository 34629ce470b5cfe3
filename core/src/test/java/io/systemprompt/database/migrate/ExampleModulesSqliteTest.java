package io.systemprompt.database.migrate;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.systemprompt.database.testing.TestDatabases.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;

/** The example modules shipped in {@code src/modules} install, seed once, migrate and roll back. */
class ExampleModulesSqliteTest {
    @TempDir
    Path dir;

    @Test
    void installOnEmptyFileSeedsOnceAndAgainChangesNothing() {
        try (Database db = Database.open(TestDatabases.sqlite(dir).moduleRoots(List.of(EXAMPLES)).autoMigrate(true)
                .build())) {
            assertThat(db.schemaService().installedSchemas()).extracting(h -> h.module())
                    .containsExactly("core/config", "core/users", "core/auth", "core/events");
            assertThat(db.queryValue("SELECT count(*) FROM config_settings", Long.class)).contains(3L);
            assertThat(db.query("SELECT key FROM config_settings ORDER BY key", String.class))
                    .contains("system.debug", "system.name", "system.version");
            assertThat(db.migrationService().pending()).isEmpty();
            // The description's examples, literally.
            List<Map<String, Object>> active = db.query("SELECT * FROM users WHERE active = ?", true);
            assertThat(active).isNotEmpty();
            Object userId = active.get(0).get("id");
            assertThat(db.execute("UPDATE users SET last_login = ? WHERE id = ?", new java.util.Date(), userId))
                    .isEqualTo(1);
        }
        try (Database again = Database.open(TestDatabases.sqlite(dir).moduleRoots(List.of(EXAMPLES))
                .autoMigrate(true).build())) {
            assertThat(again.queryValue("SELECT count(*) FROM config_settings", Long.class)).contains(3L);
            MigrationResult r = again.migrationService().migrate().orThrow();
            assertThat(r.applied()).isEmpty();
            int applied = again.migrationService().applied().size();
            MigrationResult back = again.migrationService().rollback(applied, null, false, false);
            assertThat(back.failures()).isEmpty();
            assertThat(back.applied()).hasSize(applied);
            assertThat(again.migrationService().migrate().orThrow().applied()).hasSize(applied);
        }
    }
}
