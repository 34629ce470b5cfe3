package io.systemprompt.database.catalog;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfigBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every engine's catalog reader must report for the same schema. Each engine's class supplies a
 * fresh database and the schema in its own DDL: the fixture below, written once per engine.
 *
 * <pre>
 * accounts     id PK, email UNIQUE NOT NULL, status CHECK IN ('a','b'), created_at
 *   ^  ^       view active_accounts; trigger trg_accounts_touch
 *   |  |
 * memberships  PK (account_id, team); account_id -> accounts; owner_id -> accounts(id)
 *              ON DELETE CASCADE ON UPDATE SET NULL; UNIQUE (team, rank); CHECK (rank >= 0);
 *              index idx_memberships_role (role) WHERE role IS NOT NULL;
 *              unique index ux_memberships_owner_role (owner_id, role)
 * </pre>
 */
abstract class CatalogContract {
    protected Database db;

    /** A configuration for a fresh, empty database of the engine under test. */
    protected abstract DatabaseConfigBuilder freshConfig();

    /** The fixture schema in this engine's DDL, one statement per element ({@link CatalogFixture}). */
    protected abstract List<String> schema();

    @BeforeEach
    void open() throws SQLException {
        db = Database.open(freshConfig().build());
        run(db, schema());
    }

    @AfterEach
    void close() {
        db.close();
    }

    static void run(Database database, List<String> statements) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    static Catalog read(Database database) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            return database.dialect().catalog().read(c);
        }
    }

    private TableInfo table(String name) throws SQLException {
        return read(db).table(name).orElseThrow();
    }

    @Test
    void listsTablesViewsAndTriggersByName() throws SQLException {
        Catalog catalog = read(db);
        assertThat(catalog.tables()).extracting(TableInfo::name).containsExactly("accounts", "memberships");
        assertThat(catalog.views()).containsExactly("active_accounts");
        assertThat(catalog.triggers()).containsExactly(new TriggerInfo("trg_accounts_touch", "accounts"));
        try (Connection c = db.dataSource().getConnection()) {
            assertThat(db.dialect().catalog().tableNames(c)).containsExactly("accounts", "memberships");
        }
    }

    @Test
    void columnsInOrderWithTypeFamilyNullabilityAndDefault() throws SQLException {
        TableInfo accounts = table("accounts");
        assertThat(accounts.columns()).extracting(ColumnInfo::name)
                .containsExactly("id", "email", "status", "created_at");
        assertThat(accounts.columns()).extracting(c -> TypeFamily.of(c.type()))
                .containsExactly("integer", "text", "text", "timestamp");
        assertThat(accounts.columns()).extracting(ColumnInfo::nullable).containsExactly(false, false, false, true);
        assertThat(accounts.column("status").orElseThrow().defaultValue()).contains("'a'");
        assertThat(accounts.column("email").orElseThrow().defaultValue()).isNull();
    }

    @Test
    void primaryKeysInKeyOrder() throws SQLException {
        assertThat(table("accounts").primaryKey()).containsExactly("id");
        assertThat(table("memberships").primaryKey()).containsExactly("account_id", "team");
        assertThat(table("memberships").column("team").orElseThrow().nullable()).isFalse();
    }

    @Test
    void uniqueConstraintsAndUniqueIndexes() throws SQLException {
        assertThat(table("accounts").uniques()).containsExactly(List.of("email"));
        assertThat(table("memberships").uniques())
                .containsExactlyInAnyOrder(List.of("team", "rank"), List.of("owner_id", "role"));
    }

    @Test
    void foreignKeysWithActions() throws SQLException {
        assertThat(table("memberships").foreignKeys()).containsExactlyInAnyOrder(
                new ForeignKeyInfo(List.of("account_id"), "accounts", List.of("id"), "NO ACTION", "NO ACTION"),
                new ForeignKeyInfo(List.of("owner_id"), "accounts", List.of("id"), "CASCADE", "SET NULL"));
        assertThat(table("accounts").foreignKeys()).isEmpty();
    }

    @Test
    void columnAndTableLevelChecks() throws SQLException {
        assertThat(table("accounts").checks()).singleElement().asString().contains("status").contains("'b'");
        assertThat(table("memberships").checks()).singleElement().asString().contains("rank").contains("0");
    }

    @Test
    void createdIndexesOnlyNotTheOnesBehindConstraints() throws SQLException {
        assertThat(table("memberships").indexes()).containsExactly(
                new IndexInfo("idx_memberships_role", List.of("role"), false),
                new IndexInfo("ux_memberships_owner_role", List.of("owner_id", "role"), true));
        assertThat(table("accounts").indexes()).isEmpty();
    }

    @Test
    void partialOrExpressionUniqueIndexesAreIndexesButNotUniqueColumnSets() throws SQLException {
        run(db, List.of("CREATE UNIQUE INDEX ux_accounts_active_email ON accounts (email) WHERE status = 'a'",
                "CREATE UNIQUE INDEX ux_accounts_lower_email ON accounts (lower(email))"));
        TableInfo accounts = table("accounts");
        assertThat(accounts.uniques()).containsExactly(List.of("email"));
        assertThat(accounts.indexes()).extracting(IndexInfo::name, IndexInfo::unique).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ux_accounts_active_email", true),
                org.assertj.core.groups.Tuple.tuple("ux_accounts_lower_email", true));
    }

    @Test
    void emptyDatabaseHasAnEmptyCatalog() throws SQLException {
        run(db, List.of("DROP VIEW active_accounts", "DROP TABLE memberships", "DROP TABLE accounts"));
        Catalog catalog = read(db);
        assertThat(catalog.tables()).isEmpty();
        assertThat(catalog.views()).isEmpty();
        assertThat(catalog.triggers()).isEmpty();
    }
}
