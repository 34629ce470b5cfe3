package io.systemprompt.database.trees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.systemprompt.database.Database;
import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.migrate.BaselineEntry;
import io.systemprompt.database.migrate.BaselineOptions;
import io.systemprompt.database.migrate.BaselineEntry.State;
import io.systemprompt.database.migrate.BaselineResult;
import io.systemprompt.database.migrate.MigrationPlan;
import io.systemprompt.database.migrate.MigrationState;
import io.systemprompt.database.migrate.ModuleState;
import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.script.SqlSplitter;
import io.systemprompt.database.script.SqlStatement;
import io.systemprompt.database.testing.PostgresPerClass;
import io.systemprompt.database.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Adopting a database whose tables were created outside this library: the schema files run through a
 * plain JDBC connection (no history tables), then baseline, then migrate further.
 */
class BaselineTest {
    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass();

    @TempDir
    Path dir;

    private DatabaseConfigBuilder config(EngineType engine, Path root) {
        DatabaseConfigBuilder b = engine == EngineType.SQLITE ? TestDatabases.sqlite(dir) : PG.freshConfig();
        return b.moduleRoots(List.of(root.toString())).autoMigrate(false);
    }

    private Connection plainJdbc(EngineType engine) throws SQLException {
        return engine == EngineType.SQLITE ? DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"))
                : PG.scratch().connect();
    }

    /** Runs the module files as a team without this library would have: by hand, translated for PostgreSQL. */
    private void runByHand(EngineType engine, Database db, Connection c, Path file) throws SQLException, IOException {
        String sql = engine == EngineType.SQLITE ? Files.readString(file)
                : db.schemaService().translate(file, EngineType.POSTGRES);
        try (Statement s = c.createStatement()) {
            for (SqlStatement st : SqlSplitter.split(SqlFile.of(file.toString(), sql))) {
                s.execute(st.sql());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EngineType.class)
    void marksWhatExistsReportsWhatDiffersThenMigratesFurther(EngineType engine) throws Exception {
        Path root = SystemPromptTree.write(dir.resolve("modules"));
        DatabaseConfigBuilder config = config(engine, root);
        try (Database db = Database.open(config.build()); Connection c = plainJdbc(engine)) {
            for (String module : List.of("core/database", "core/permissions", "core/users", "core/auth")) {
                runByHand(engine, db, c, root.resolve(module + "/database/schema.sql"));
            }
            runByHand(engine, db, c, root.resolve("core/users/database/migrations/001_add_email.sql"));
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE logger_entries (id INTEGER PRIMARY KEY, level TEXT NOT NULL,"
                        + " message INTEGER NOT NULL, created_at TIMESTAMP)");
            }
        }
        try (Database db = Database.open(config.build())) {
            BaselineResult dry = db.migrationService().baseline(BaselineOptions.preview());
            assertThat(state(dry, "core/users", "schema")).isEqualTo(State.MARKED);
            assertThat(db.migrationService().status().historyExists()).isFalse();

            BaselineResult result = db.migrationService().baseline(BaselineOptions.record());
            assertThat(result.entries()).isEqualTo(dry.entries());
            assertThat(state(result, "core/database", "schema")).isEqualTo(State.MARKED);
            assertThat(state(result, "core/permissions", "schema")).isEqualTo(State.MARKED);
            assertThat(state(result, "core/users", "schema")).isEqualTo(State.MARKED);
            assertThat(state(result, "core/users", "001_add_email.sql")).isEqualTo(State.MARKED);
            assertThat(state(result, "core/auth", "schema")).isEqualTo(State.MARKED);
            assertThat(state(result, "core/auth", "001_add_sessions_ip.sql")).isEqualTo(State.PENDING);
            BaselineEntry logger = entry(result, "core/logger", "schema");
            assertThat(logger.state()).isEqualTo(State.DIFFERS);
            assertThat(logger.differences()).singleElement().asString()
                    .startsWith("table logger_entries: column message is ").contains("TEXT in the module SQL");
            assertThat(result.toString()).isEqualTo("BaselineResult[marked=5, recorded=0, differs=1, pending=1]");

            MigrationPlan plan = db.migrationService().status();
            assertThat(plan.modules(ModuleState.PENDING)).extracting(m -> m.key()).containsExactly("core/logger");
            assertThat(plan.migrations(MigrationState.PENDING)).extracting(m -> m.fileName())
                    .containsExactly("001_add_sessions_ip.sql");
            assertThat(db.queryValue("SELECT module FROM _schema_objects WHERE name = 'users'", String.class))
                    .contains("core/users");

            assertThat(db.migrationService().baseline(BaselineOptions.record()).entries(State.MARKED)).isEmpty();
            db.migrationService().migrate().orThrow();
            assertThat(db.migrationService().status().upToDate()).isTrue();
            assertThat(db.query("SELECT ip FROM auth_sessions")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(EngineType.class)
    void aForeignMigrationsTableIsAClearErrorAndAPrefixAvoidsIt(EngineType engine) throws Exception {
        Path root = SystemPromptTree.write(dir.resolve("modules"));
        try (Connection c = plainJdbc(engine); Statement s = c.createStatement()) {
            if (engine == EngineType.POSTGRES) {
                s.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
            }
            s.execute("CREATE TABLE _schema_versions (id INTEGER PRIMARY KEY, module TEXT)");
            s.execute("CREATE TABLE _migrations (id INTEGER PRIMARY KEY, name TEXT, run_on TIMESTAMP)");
        }
        DatabaseConfigBuilder config = (engine == EngineType.SQLITE ? TestDatabases.sqlite(dir) : PG.scratch().config())
                .moduleRoots(List.of(root.toString())).autoMigrate(false);
        try (Database db = Database.open(config.build())) {
            assertThatThrownBy(() -> db.migrationService().baseline(BaselineOptions.preview())).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("_schema_versions exists but is not this module's history")
                    .hasMessageContaining("DB_HISTORY_TABLE_PREFIX");
            assertThatThrownBy(() -> db.migrationService().status()).hasMessageContaining("Another tool probably wrote it");
        }
        try (Database db = Database.open(config.historyTablePrefix("spdb_").autoMigrate(true).build())) {
            assertThat(db.migrationService().status().upToDate()).isTrue();
            assertThat(db.queryValue("SELECT count(*) FROM spdb_schema_versions", Long.class)).contains(5L);
            assertThat(db.queryValue("SELECT count(*) FROM spdb_schema_objects WHERE module = 'core/users'",
                    Long.class)).hasValueSatisfying(n -> assertThat(n).isGreaterThan(0));
            assertThat(db.queryValue("SELECT count(*) FROM _migrations", Long.class)).contains(0L);
        }
    }

    private static BaselineEntry entry(BaselineResult r, String module, String item) {
        return r.entries().stream().filter(e -> e.module().equals(module) && e.item().equals(item)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + module + " " + item + " in " + r.entries()));
    }

    private static State state(BaselineResult r, String module, String item) {
        return entry(r, module, item).state();
    }
}
