package io.systemprompt.database.catalog;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.PostgresPerClass;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The same logical schema in SQLite and PostgreSQL DDL compares equal; real differences are reported. */
class CrossEngineComparisonTest {
    private static final CatalogComparison COMPARISON = CatalogComparison.between("sqlite", "postgres");
    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass();

    @TempDir
    Path dir;

    @Test
    void twinSchemasCompareEqual() throws SQLException {
        assertThat(COMPARISON.differences(sqlite(CatalogFixture.SQLITE), postgres(CatalogFixture.POSTGRES)))
                .isEmpty();
    }

    @Test
    void nullabilityMissingIndexAndForeignKeyActionAreEachReported() throws SQLException {
        List<String> altered = new ArrayList<>();
        for (String sql : CatalogFixture.POSTGRES) {
            if (!sql.startsWith("CREATE INDEX idx_memberships_role")) {
                altered.add(sql.replace("email TEXT NOT NULL UNIQUE", "email TEXT UNIQUE")
                        .replace("ON DELETE CASCADE ON UPDATE SET NULL", "ON DELETE SET NULL ON UPDATE SET NULL"));
            }
        }
        assertThat(COMPARISON.differences(sqlite(CatalogFixture.SQLITE), postgres(altered))).containsExactly(
                "table accounts: column email NOT NULL on sqlite, nullable on postgres",
                "table memberships: foreign key (owner_id) -> accounts (id) ON DELETE CASCADE ON UPDATE SET NULL"
                        + " on sqlite, ON DELETE SET NULL ON UPDATE SET NULL on postgres",
                "table memberships: index idx_memberships_role (role) missing on postgres");
    }

    @Test
    void trackingTablesCanBeIgnored() throws SQLException {
        List<String> withHistory = new ArrayList<>(CatalogFixture.SQLITE);
        withHistory.add("CREATE TABLE _migrations (module TEXT NOT NULL, version INTEGER NOT NULL)");
        withHistory.add("CREATE TABLE _schema_versions (module TEXT PRIMARY KEY, version TEXT)");
        Catalog sqlite = sqlite(withHistory);
        Catalog postgres = postgres(CatalogFixture.POSTGRES);
        assertThat(COMPARISON.differences(sqlite, postgres))
                .containsExactly("table _migrations missing on postgres", "table _schema_versions missing on postgres");
        assertThat(COMPARISON.ignoringTrackingTables().differences(sqlite, postgres)).isEmpty();
    }

    private Catalog sqlite(List<String> schema) throws SQLException {
        Path file = dir.resolve("catalog-" + System.nanoTime() + ".db");
        try (Database db = Database.open(TestDatabases.sqlite(dir).sqliteFile(file.toString()).build())) {
            CatalogContract.run(db, schema);
            return CatalogContract.read(db);
        }
    }

    private static Catalog postgres(List<String> schema) throws SQLException {
        try (var c = PG.scratch().connect(); var s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        }
        try (Database db = Database.open(PG.scratch().config().build())) {
            CatalogContract.run(db, schema);
            return CatalogContract.read(db);
        }
    }
}
