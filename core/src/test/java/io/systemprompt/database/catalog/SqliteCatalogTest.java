package io.systemprompt.database.catalog;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteCatalogTest extends CatalogContract {
    @TempDir
    Path dir;

    @Override
    protected DatabaseConfigBuilder freshConfig() {
        return TestDatabases.sqlite(dir);
    }

    @Override
    protected List<String> schema() {
        return CatalogFixture.SQLITE;
    }

    @Test
    void typesAreReportedAsDeclared() throws SQLException {
        TableInfo memberships = read(db).table("memberships").orElseThrow();
        assertThat(memberships.column("team").orElseThrow().type()).isEqualTo("VARCHAR(64)");
        assertThat(memberships.checks()).containsExactly("(\"rank\" >= 0)");
    }

    @Test
    void compositeKeyColumnsWithoutNotNullStayNullableExceptInWithoutRowidTables() throws SQLException {
        run(db, List.of("CREATE TABLE loose (a TEXT, b TEXT, PRIMARY KEY (a, b))",
                "CREATE TABLE strict (a TEXT, b TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID",
                "CREATE TABLE plain (n INT PRIMARY KEY)"));
        Catalog catalog = read(db);
        assertThat(catalog.table("loose").orElseThrow().columns()).extracting(ColumnInfo::nullable)
                .containsExactly(true, true);
        assertThat(catalog.table("strict").orElseThrow().columns()).extracting(ColumnInfo::nullable)
                .containsExactly(false, false);
        assertThat(catalog.table("plain").orElseThrow().columns()).extracting(ColumnInfo::nullable)
                .containsExactly(true);
    }

    @Test
    void expressionIndexColumnsHaveAPlaceholder() throws SQLException {
        run(db, List.of("CREATE INDEX idx_accounts_email_lower ON accounts (lower(email), status)"));
        assertThat(read(db).table("accounts").orElseThrow().indexes()).containsExactly(
                new IndexInfo("idx_accounts_email_lower", List.of("<expression>", "status"), false));
    }

    @Test
    void internalObjectsAreNotListed() throws SQLException {
        run(db, List.of("CREATE TABLE seq (id INTEGER PRIMARY KEY AUTOINCREMENT)"));
        assertThat(read(db).tables()).extracting(TableInfo::name).doesNotContain("sqlite_sequence");
    }
}
