package io.systemprompt.database.translate;

import io.systemprompt.database.ConstraintViolationException;
import io.systemprompt.database.Database;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.CatalogComparison;
import io.systemprompt.database.engine.ErrorKind;
import io.systemprompt.database.migrate.MigrationStatus;
import io.systemprompt.database.testing.PostgresPerClass;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.systemprompt.database.testing.TestDatabases.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One set of SQLite-dialect module files on both engines: they install, migrate and roll back with
 * equivalent catalogs, and the same data operations give the same outcomes.
 */
class PortableModulesTest {
    static final String CORPUS = Path.of("src", "test", "resources", "corpus").toAbsolutePath().toString();
    private static final CatalogComparison COMPARE = CatalogComparison.between("sqlite", "postgres")
            .ignoringTrackingTables();

    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass();

    @TempDir
    Path dir;

    private Database sqlite(String root) {
        return Database.open(TestDatabases.sqlite(dir).moduleRoots(List.of(root)).autoMigrate(true).build());
    }

    private Database postgres(String root) {
        return Database.open(PG.freshConfig().moduleRoots(List.of(root)).autoMigrate(true).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"corpus", "examples"})
    void installMigrateAndRollBackWithEquivalentCatalogs(String which) throws SQLException {
        String root = which.equals("corpus") ? CORPUS : EXAMPLES;
        try (Database lite = sqlite(root); Database pg = postgres(root)) {
            assertThat(COMPARE.differences(catalog(lite), catalog(pg))).isEmpty();
            assertThat(states(lite)).isEqualTo(states(pg)).isNotEmpty();

            int applied = lite.migrationService().applied().size();
            for (Database db : List.of(lite, pg)) {
                var back = db.migrationService().rollback(applied, null, false, false);
                assertThat(back.failures()).isEmpty();
                assertThat(back.applied()).hasSize(applied);
            }
            assertThat(COMPARE.differences(catalog(lite), catalog(pg))).isEmpty();
            assertThat(states(lite)).isEqualTo(states(pg));
            for (Database db : List.of(lite, pg)) {
                assertThat(db.migrationService().migrate().orThrow().applied()).hasSize(applied);
            }
            assertThat(COMPARE.differences(catalog(lite), catalog(pg))).isEmpty();
        }
    }

    @Test
    void sameDataOperationsGiveTheSameOutcomes() {
        List<String> onSqlite;
        List<String> onPostgres;
        try (Database lite = sqlite(CORPUS)) {
            onSqlite = operations(lite);
        }
        try (Database pg = postgres(CORPUS)) {
            onPostgres = operations(pg);
        }
        assertThat(onPostgres).isEqualTo(onSqlite);
    }

    @Test
    void initDataIsTheSameOnBothEngines() {
        String sql = "SELECT email, display_name, active, tier FROM customers ORDER BY email";
        String products = "SELECT sku, title, price, stock FROM products ORDER BY sku";
        try (Database lite = sqlite(CORPUS); Database pg = postgres(CORPUS)) {
            assertThat(pg.query(sql)).isEqualTo(lite.query(sql)).hasSize(2);
            assertThat(pg.query(products)).isEqualTo(lite.query(products)).hasSize(2);
            assertThat(pg.queryValue("SELECT price FROM products WHERE sku = 'B-1'", Double.class)).contains(11.0);
            String key = pg.queryValue("SELECT api_key FROM customers WHERE id = 1", String.class).orElseThrow();
            assertThat(key).matches("[0-9a-f]{32}");
        }
    }

    @Test
    void untranslatableFileStopsTheRunBeforeAnythingExecutes() throws Exception {
        Path modules = dir.resolve("modules");
        new io.systemprompt.database.testing.ModuleTree(modules).module("x/first")
                .schema("CREATE TABLE first_t (id INTEGER PRIMARY KEY);")
                .migration("001_pragma.sql", "CREATE TABLE second_t (id INTEGER);\nPRAGMA user_version = 3;\n");
        try (Database pg = Database.open(PG.freshConfig().moduleRoots(List.of(modules.toString())).build())) {
            assertThatThrownBy(() -> pg.migrationService().migrate())
                    .isInstanceOfSatisfying(io.systemprompt.database.migrate.MigrationException.class, e -> {
                        assertThat(e.reason()).isEqualTo(
                                io.systemprompt.database.migrate.MigrationException.Reason.TRANSLATION_FAILED);
                        assertThat(e.getMessage()).contains("001_pragma.sql").contains("2:1").contains("PRAGMA")
                                .contains("001_pragma.postgres.sql");
                    });
            assertThat(catalog(pg).tables()).isEmpty();
            String shown = pg.schemaService().translate(modules.resolve("x/first/database/schema.sql"),
                    io.systemprompt.database.config.EngineType.POSTGRES);
            assertThat(shown).contains("first_t").contains("BIGINT").doesNotContain("INTEGER PRIMARY KEY");
        }
    }

    /** The operations the issue lists, recorded as text so both engines' outcomes can be compared. */
    private static List<String> operations(Database db) {
        List<String> out = new ArrayList<>();
        long a = db.insert("INSERT INTO customers (email) VALUES (?)", "a@example.com");
        out.add("insert without id -> " + a);
        db.execute("INSERT INTO customers (id, email) VALUES (?, ?)", 100, "explicit@example.com");
        if (db.config().engine() == io.systemprompt.database.config.EngineType.POSTGRES) {
            // An application's explicit id behaves as native PostgreSQL: the documented one-line fix.
            db.queryValue("SELECT setval(pg_get_serial_sequence('customers', 'id'), (SELECT max(id) FROM customers))",
                    Long.class);
        }
        long b = db.insert("INSERT INTO customers (email) VALUES (?)", "after@example.com");
        out.add("explicit 100 then without id -> " + b);
        db.execute("INSERT INTO products (sku, title, kind, price) VALUES (?, ?, ?, ?) ON CONFLICT(sku) DO UPDATE"
                + " SET price = excluded.price", "B-1", "The Book", "book", 9.5);
        out.add("upsert -> " + db.queryValue("SELECT price FROM products WHERE sku = ?", Double.class, "B-1")
                .orElseThrow());
        Instant old = Instant.parse("2000-01-01T00:00:00Z");
        db.execute("UPDATE customers SET updated_at = ? WHERE id = ?", old, a);
        db.execute("UPDATE customers SET display_name = ? WHERE id = ?", "Ada", a);
        Instant updated = db.queryValue("SELECT updated_at FROM customers WHERE id = ?", Instant.class, a)
                .orElseThrow();
        out.add("trigger moved updated_at forward -> " + updated.isAfter(Instant.parse("2020-01-01T00:00:00Z")));
        long order = db.insert("INSERT INTO orders (id, customer_id, paid) VALUES (?, ?, ?)", 7, a, true);
        db.execute("INSERT INTO order_items (order_id, sku, quantity) VALUES (?, ?, ?)", order, "G-1", 2);
        db.execute("INSERT INTO order_events (order_id, kind, payload) VALUES (?, ?, ?)", order, "created",
                "{\"x\": 1}");
        out.add("paid orders -> " + db.queryValue("SELECT count(*) FROM orders WHERE paid = ?", Long.class, true)
                .orElseThrow());
        db.execute("DELETE FROM customers WHERE id = ?", a);
        out.add("cascade -> orders " + db.queryValue("SELECT count(*) FROM orders", Long.class).orElseThrow()
                + ", items " + db.queryValue("SELECT count(*) FROM order_items", Long.class).orElseThrow()
                + ", events " + db.queryValue("SELECT count(*) FROM order_events", Long.class).orElseThrow());
        out.add("check -> " + violation(db, () -> db.execute(
                "INSERT INTO products (sku, title, kind, price) VALUES ('X', 'X', 'toy', 1)")));
        out.add("foreign key -> " + violation(db, () -> db.execute(
                "INSERT INTO orders (customer_id) VALUES (?)", 9999)));
        out.add("not null -> " + violation(db, () -> db.execute("INSERT INTO customers (email) VALUES (NULL)")));
        out.add("unique -> " + violation(db, () -> db.execute(
                "INSERT INTO customers (email) VALUES ('shop@example.com')")));
        return out;
    }

    private static String violation(Database db, Runnable write) {
        ErrorKind[] kind = new ErrorKind[1];
        assertThatThrownBy(write::run).isInstanceOfSatisfying(ConstraintViolationException.class,
                e -> kind[0] = e.kind());
        return kind[0].name();
    }

    private static Catalog catalog(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            return db.dialect().catalog().read(c);
        }
    }

    private static List<String> states(Database db) {
        List<String> out = new ArrayList<>();
        db.migrationService().status().modules().forEach(m -> out.add(m.key() + " " + m.state()));
        for (MigrationStatus s : db.migrationService().status().migrations()) {
            out.add(s.module() + " " + s.version() + " " + s.state());
        }
        return out;
    }
}
