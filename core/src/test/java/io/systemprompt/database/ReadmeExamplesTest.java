package io.systemprompt.database;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.migrate.MigrateOptions;
import io.systemprompt.database.migrate.RollbackOptions;
import io.systemprompt.database.migrate.MigrationPlan;
import io.systemprompt.database.migrate.MigrationResult;
import io.systemprompt.database.migrate.MigrationService;
import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.schema.SchemaService;
import io.systemprompt.database.testing.PostgresScratch;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static io.systemprompt.database.testing.TestDatabases.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The README's "API guide", "Modules" and "Migrations" code blocks, run as written against the example
 * modules in {@code src/modules} on a SQLite file and on PostgreSQL. Only the snippets' free variables
 * ({@code id}, {@code userId}, {@code total}, ...) are declared here, and {@code Database.get()} is
 * replaced by {@code Database.open} so each engine gets its own database.
 */
class ReadmeExamplesTest {
    record User(long id, String username, boolean active, Instant lastLogin) {}

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(EngineType.class)
    void apiGuide(EngineType engine) {
        onExamples(engine, true, db -> {
            db.execute("CREATE TABLE orders (id " + idType(db) + ", user_id BIGINT NOT NULL, total DECIMAL(10,2))");
            db.execute("CREATE TABLE inventory (id BIGINT PRIMARY KEY, stock INTEGER NOT NULL CHECK (stock >= 0))");
            db.execute("INSERT INTO inventory (id, stock) VALUES (7, 5)");
            long userId = db.insert("INSERT INTO users (username, email) VALUES (?, ?)", "grace", "grace@example.com");
            long id = userId;
            BigDecimal total = new BigDecimal("19.90");
            int quantity = 2;
            long itemId = 7;

            List<Map<String, Object>> users = db.query("SELECT * FROM users WHERE active = ?", true);
            assertThat(users).extracting(row -> row.get("username")).containsExactly("admin", "grace");

            List<User> active = db.query("SELECT id, username, active, last_login FROM users WHERE active = ?",
                    User.class, true);
            Optional<User> one = db.queryOne("SELECT id, username, active, last_login FROM users WHERE id = ?",
                    User.class, id);
            Optional<Long> count = db.queryValue("SELECT count(*) FROM users", Long.class);
            assertThat(active).extracting(User::username).containsExactly("admin", "grace");
            assertThat(one).contains(new User(userId, "grace", true, null));
            assertThat(count).contains((long) db.query("SELECT id FROM users", Long.class).size());

            assertThat(db.execute("UPDATE users SET last_login = ? WHERE id = ?", new Date(), userId)).isEqualTo(1);
            assertThat(db.queryOne("SELECT id, username, active, last_login FROM users WHERE id = ?", User.class, id)
                    .orElseThrow().lastLogin()).isNotNull();
            long newId = db.insert("INSERT INTO users (username, email) VALUES (?, ?)", "ada", "ada@example.com");
            assertThat(newId).isGreaterThan(userId);
            assertThat(db.batch("INSERT INTO events (type) VALUES (?)",
                    List.of(new Object[] {"a"}, new Object[] {"b"}))).hasSize(2);
            assertThat(db.query("SELECT type FROM events ORDER BY id", String.class)).containsExactly("a", "b");

            db.useTransaction(tx -> {
                tx.execute("INSERT INTO orders (user_id, total) VALUES (?, ?)", userId, total);
                tx.execute("UPDATE inventory SET stock = stock - ? WHERE id = ?", quantity, itemId);
            });
            long orderId = db.transaction(tx -> tx.insert("INSERT INTO orders (user_id, total) VALUES (?, ?)",
                    userId, total));
            assertThat(db.queryValue("SELECT stock FROM inventory WHERE id = ?", Long.class, itemId)).contains(3L);
            assertThat(db.queryValue("SELECT count(*) FROM orders WHERE id <= ?", Long.class, orderId)).contains(2L);
        });
    }

    @ParameterizedTest
    @EnumSource(EngineType.class)
    void apiGuideRules(EngineType engine) {
        onExamples(engine, true, db -> {
            db.execute("CREATE TABLE inventory (id BIGINT PRIMARY KEY, stock INTEGER NOT NULL CHECK (stock >= 0))");
            db.execute("INSERT INTO inventory (id, stock) VALUES (7, 1), (8, 1)");
            // A failed transaction rolls back every statement in it.
            assertThatThrownBy(() -> db.useTransaction(tx -> {
                tx.execute("UPDATE inventory SET stock = 0 WHERE id = 8");
                tx.execute("UPDATE inventory SET stock = stock - 2 WHERE id = 7");
            })).isInstanceOf(ConstraintViolationException.class);
            assertThat(db.query("SELECT stock FROM inventory ORDER BY id", Long.class)).containsExactly(1L, 1L);
            // Cardinality is in the name.
            assertThatThrownBy(() -> db.queryOne("SELECT id FROM inventory", Long.class))
                    .isInstanceOf(MappingException.class);
            // Calls on db inside a callback join the transaction.
            db.useTransaction(tx -> {
                tx.execute("UPDATE inventory SET stock = 5 WHERE id = 7");
                assertThat(db.queryValue("SELECT stock FROM inventory WHERE id = 7", Long.class)).contains(5L);
            });
            // readOnly is enforced by the engine.
            assertThatThrownBy(() -> db.readOnly(tx -> tx.execute("DELETE FROM inventory")))
                    .isInstanceOf(StatementException.class);
            assertThat(db.health().up()).isTrue();
        });
    }

    @ParameterizedTest
    @EnumSource(EngineType.class)
    void modulesGuide(EngineType engine) {
        onExamples(engine, false, db -> {
            SchemaService schemas = db.schemaService();
            schemas.discoverSchemas();
            assertThat(schemas.getAllSchemas()).extracting(DatabaseModule::key)
                    .containsExactly("core/config", "core/users", "core/auth", "core/events");
            Optional<DatabaseModule> auth = schemas.getSchema("core/auth");
            assertThat(auth).hasValueSatisfying(m -> assertThat(m.dependencies()).containsExactly("core/users"));
            assertThat(schemas.installedSchemas()).isEmpty();
            assertThat(schemas.status()).hasSize(4);

            schemas.install("core/auth");
            assertThat(schemas.installedSchemas()).extracting(s -> s.module())
                    .containsExactly("core/users", "core/auth");
            schemas.installPending();
            assertThat(schemas.installedSchemas()).hasSize(4);
            assertThat(schemas.drift()).isEmpty();
            assertThat(schemas.missing()).isEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(EngineType.class)
    void migrationsGuide(EngineType engine) {
        onExamples(engine, false, db -> {
            MigrationService migrations = db.migrationService();
            MigrationPlan plan = migrations.status();
            assertThat(plan).isNotNull();
            int pending = migrations.pending().size();
            assertThat(pending).isPositive();

            MigrationResult dryRun = migrations.migrate(MigrateOptions.all().module("core/auth").preview());
            assertThat(dryRun.dryRun()).isTrue();
            assertThat(dryRun.planned()).isNotEmpty().allSatisfy(step -> assertThat(step.scripts())
                    .allSatisfy(script -> assertThat(script.render()).isNotBlank()));
            assertThat(migrations.applied()).isEmpty();
            migrations.migrate();
            assertThat(migrations.pending()).isEmpty();
            assertThat(migrations.applied()).hasSize(pending);

            migrations.rollback(RollbackOptions.last(1).module("core/auth"));
            assertThat(migrations.pending()).singleElement()
                    .satisfies(m -> assertThat(m.module()).isEqualTo("core/auth"));
            assertThat(migrations.repair()).isNotNull();
            assertThat(migrations.validate()).isEmpty();
        });
    }

    private void onExamples(EngineType engine, boolean autoMigrate, Consumer<Database> snippet) {
        if (engine == EngineType.SQLITE) {
            run(TestDatabases.sqlite(dir), autoMigrate, snippet);
            return;
        }
        try (PostgresScratch pg = PostgresScratch.create()) {
            run(pg.config(), autoMigrate, snippet);
        }
    }

    private static void run(DatabaseConfigBuilder config, boolean autoMigrate, Consumer<Database> snippet) {
        try (Database db = Database.open(config.moduleRoots(List.of(EXAMPLES)).autoMigrate(autoMigrate).build())) {
            snippet.accept(db);
        }
    }

    private static String idType(Database db) {
        return db.config().engine() == EngineType.SQLITE ? "INTEGER PRIMARY KEY AUTOINCREMENT"
                : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    }
}
