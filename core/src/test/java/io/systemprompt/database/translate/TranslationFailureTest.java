package io.systemprompt.database.translate;

import io.systemprompt.database.script.TranslationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.script.SqlFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Constructs without a safe translation fail loudly, naming file, position, construct and override file. */
class TranslationFailureTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "PRAGMA foreign_keys = ON|PRAGMA",
        "ATTACH DATABASE 'x.db' AS x|ATTACH",
        "VACUUM|VACUUM",
        "BEGIN TRANSACTION|BEGIN",
        "CREATE TABLE t (a TEXT PRIMARY KEY) WITHOUT ROWID|WITHOUT ROWID",
        "CREATE TABLE t (a TEXT COLLATE NOCASE)|COLLATE NOCASE",
        "CREATE TABLE t (a TEXT UNIQUE ON CONFLICT REPLACE)|constraint ON CONFLICT REPLACE",
        "CREATE TABLE t (a, b TEXT)|column a without a type",
        "CREATE TABLE t (a WIDGET)|type WIDGET",
        "CREATE TABLE t (a INTEGER, b INTEGER AS (a + 1))|virtual generated column",
        "CREATE VIRTUAL TABLE f USING fts5(body)|CREATE VIRTUAL",
        "CREATE TABLE t (a TEXT DEFAULT (CURRENT_TIMESTAMP + 1))|(CURRENT_TIMESTAMP + 1) into a TEXT column",
        "UPDATE OR IGNORE t SET a = 1|UPDATE OR IGNORE",
        "SELECT a FROM t INDEXED BY ix|INDEXED"})
    void failsWithPositionConstructAndOverride(String sql, String construct) {
        SqlFile file = SqlFile.of("modules/core/auth/database/schema.sql", "-- header\n\n  " + sql + ";\n");
        assertThatThrownBy(() -> PostgresTranslator.translate(file, new TranslationContext()))
            .isInstanceOf(TranslationException.class)
            .isInstanceOf(DatabaseException.class)
            .hasMessageStartingWith("database translate modules/core/auth/database/schema.sql:3:")
            .hasMessageContaining("cannot translate " + construct)
            .hasMessageEndingWith("add schema.postgres.sql next to schema.sql.");
    }

    @Test
    void migrationOverrideFileIsNamedAfterTheMigration() {
        SqlFile file = SqlFile.of("m/migrations/003_add_flags.sql", "SELECT 1;\nPRAGMA x;");
        assertThatThrownBy(() -> PostgresTranslator.translate(file, new TranslationContext()))
            .isInstanceOfSatisfying(TranslationException.class, e -> {
                assertThat(e.position()).hasToString("2:1");
                assertThat(e.construct()).isEqualTo("PRAGMA");
                assertThat(e.getMessage()).endsWith("add 003_add_flags.postgres.sql next to 003_add_flags.sql.");
            });
    }

    @Test
    void renderShowsEachStatementWithItsSourcePosition() {
        String rendered = PostgresTranslator.render(SqlFile.of("m/init.sql",
            "-- seed\nINSERT INTO t (a) VALUES (1);\n\nSELECT ifnull(a, 0) FROM t"), new TranslationContext());
        assertThat(rendered).isEqualTo("-- PostgreSQL translation of m/init.sql\n\n"
            + "-- m/init.sql:2:1\nINSERT INTO t (a) VALUES (1);\n\n"
            + "-- m/init.sql:4:1\nSELECT coalesce(a, 0) FROM t;\n");
    }
}
