package io.systemprompt.database.trees;

import static org.assertj.core.api.Assertions.assertThat;

import io.systemprompt.database.Database;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.CatalogComparison;
import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.migrate.MigrationPlan;
import io.systemprompt.database.migrate.ModuleStatus;
import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.PostgresPerClass;
import io.systemprompt.database.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A tree shaped like SystemPrompt OS's installs unchanged, with the same catalog on both engines. */
class RealTreeInstallTest {
    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass();

    @TempDir
    Path dir;

    @Test
    void installsOnBothEnginesWithTheSameCatalogs() throws SQLException {
        String root = SystemPromptTree.write(dir.resolve("modules")).toString();
        Catalog sqlite = install(TestDatabases.sqlite(dir), root);
        Catalog postgres = install(PG.freshConfig(), root);
        assertThat(sqlite.tables()).extracting(t -> t.name()).contains("database_settings", "users",
                "permissions_roles", "auth_sessions").doesNotContain("legacy_items");
        assertThat(CatalogComparison.between("sqlite", "postgres").ignoringTrackingTables()
                .differences(sqlite, postgres)).isEmpty();
    }

    @Test
    void ownershipIsRecordedAndAnOlderHistoryGainsItsTable() {
        Path root = SystemPromptTree.write(dir.resolve("modules"));
        DatabaseConfigBuilder config = TestDatabases.sqlite(dir).moduleRoots(List.of(root.toString())).autoMigrate(true);
        try (Database db = Database.open(config.build())) {
            assertThat(db.queryValue("SELECT module FROM _schema_objects WHERE kind = 'table' AND name = ?",
                    String.class, "auth_sessions")).contains("core/auth");
            assertThat(db.queryValue("SELECT file_name FROM _schema_objects WHERE kind = 'index' AND name = ?",
                    String.class, "idx_users_active")).contains("schema.sql");
            db.execute("DROP TABLE _schema_objects"); // as written by a version without ownership
        }
        new ModuleTree(root).module("core/notes").yaml("dependencies: [users]\n")
                .schema("CREATE TABLE notes (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id));\n");
        try (Database db = Database.open(config.build())) {
            assertThat(db.migrationService().status().upToDate()).isTrue();
            assertThat(db.queryValue("SELECT module FROM _schema_objects WHERE name = ?", String.class, "notes"))
                    .contains("core/notes");
        }
    }

    private static Catalog install(DatabaseConfigBuilder config, String root) throws SQLException {
        try (Database db = Database.open(config.moduleRoots(List.of(root)).autoMigrate(true).build())) {
            MigrationPlan plan = db.migrationService().status();
            assertThat(plan.upToDate()).isTrue();
            List<String> keys = plan.modules().stream().map(ModuleStatus::key).toList();
            assertThat(keys).containsExactly("core/logger", "core/database", "core/permissions", "core/users",
                    "core/auth");
            assertThat(db.queryValue("SELECT value FROM database_settings WHERE key = ?", String.class,
                    "schema.version")).contains("2");
            try (Connection c = db.dataSource().getConnection()) {
                return db.dialect().catalog().read(c);
            }
        }
    }
}
