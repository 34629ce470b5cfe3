package io.systemprompt.database.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.systemprompt.database.Database;
import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.migrate.MigrationService;
import io.systemprompt.database.schema.SchemaService;
import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.PostgresPerClass;
import io.systemprompt.database.testing.PostgresScratch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** The auto-configuration in an application context, on real SQLite files and a scratch PostgreSQL database. */
class AutoConfigurationTest {
    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass();

    @TempDir
    Path dir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SystemPromptDatabaseAutoConfiguration.class,
                    SystemPromptDatabaseActuatorAutoConfiguration.class, DataSourceAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class));

    private ModuleTree modules() {
        ModuleTree tree = new ModuleTree(dir.resolve("modules"));
        tree.module("app/users").schema("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                + " name TEXT NOT NULL UNIQUE);\n").init("INSERT OR IGNORE INTO users (name) VALUES ('ada');\n")
                .migration("001_add_active.sql", "ALTER TABLE users ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;\n");
        return tree;
    }

    private String[] sqlite(ModuleTree tree, String... more) {
        List<String> props = new java.util.ArrayList<>(List.of("systemprompt.database.type=sqlite",
                "systemprompt.database.file=" + dir.resolve("app.db"),
                "systemprompt.database.module-roots=" + tree.root(), "systemprompt.database.pool.max=3"));
        props.addAll(List.of(more));
        return props.toArray(String[]::new);
    }

    @Test
    void exposesTheMigratedDatabaseItsPoolAndServicesAndJdbcTemplateSharesThePool() {
        runner.withPropertyValues(sqlite(modules())).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            Database db = ctx.getBean(Database.class);
            assertThat(db.config().poolMax()).isEqualTo(3);
            assertThat(ctx.getBean(DataSource.class)).isSameAs(db.dataSource());
            assertThat(ctx.getBean(SchemaService.class)).isSameAs(db.schemaService());
            assertThat(ctx.getBean(MigrationService.class)).isSameAs(db.migrationService());
            assertThat(ctx.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT name FROM users WHERE active = ?", String.class, true)).isEqualTo("ada");
            assertThat(db.migrationService().status().upToDate()).isTrue();
        });
    }

    @Test
    void migratesOnPostgresFromTheProperties() {
        PostgresScratch pg = PG.scratch();
        PG.freshConfig();
        runner.withPropertyValues("systemprompt.database.type=postgres",
                "systemprompt.database.postgres.host=" + PostgresScratch.HOST,
                "systemprompt.database.postgres.port=" + PostgresScratch.PORT,
                "systemprompt.database.postgres.db=" + pg.name(),
                "systemprompt.database.postgres.user=" + PostgresScratch.USER,
                "systemprompt.database.postgres.password=" + PostgresScratch.PASSWORD,
                "systemprompt.database.module-roots=" + modules().root()).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(Database.class).config().engine()).isEqualTo(EngineType.POSTGRES);
            assertThat(ctx.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM users WHERE active",
                    Long.class)).isEqualTo(1L);
        });
    }

    @Test
    void aModuleThatFailsStopsStartUpWithTheLibrarysMessage() throws Exception {
        ModuleTree tree = modules();
        tree.module("app/broken").schema("CREATE TABLE ok (id INTEGER);\nCREATE TABLE broken (id INTEGER,, x TEXT);\n");
        runner.withPropertyValues(sqlite(tree)).run(ctx -> {
            assertThat(ctx).hasFailed();
            FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(ctx.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("app/broken").contains("schema.sql").contains("2:");
            assertThat(analysis.getCause()).isInstanceOf(DatabaseException.class);
        });
        assertThat(Files.exists(dir.resolve("app.db"))).isTrue();
    }

    @Test
    void environmentVariablesWinOverProperties() {
        SystemPromptDatabaseProperties p = new SystemPromptDatabaseProperties();
        p.setType("sqlite");
        p.setFile("from-property.db");
        p.getPool().setMax(7);
        p.getPostgres().setPassword("secret");
        Map<String, String> env = p.toEnvironment(Map.of("DATABASE_TYPE", "postgres", "DB_POOL_MIN", "2"));
        assertThat(env).containsEntry("DATABASE_TYPE", "postgres").containsEntry("DATABASE_FILE", "from-property.db")
                .containsEntry("DB_POOL_MAX", "7").containsEntry("DB_POOL_MIN", "2")
                .containsEntry("POSTGRES_PASSWORD", "secret");
    }

    @Test
    void healthIsUpThenOutOfServiceWhenAnAppliedMigrationIsEdited() throws Exception {
        ModuleTree tree = modules();
        runner.withPropertyValues(sqlite(tree, "management.endpoints.web.exposure.include=health,spdb")).run(ctx -> {
            SystemPromptDatabaseHealthIndicator health = ctx.getBean(SystemPromptDatabaseHealthIndicator.class);
            org.springframework.boot.actuate.health.Health up = health.health();
            assertThat(up.getStatus()).isEqualTo(Status.UP);
            assertThat(up.getDetails()).containsEntry("engine", "sqlite").containsEntry("pending", 0)
                    .containsEntry("changed", 0).containsKeys("roundTripMs", "pool", "serverVersion");

            Map<String, Object> status = ctx.getBean(SpdbEndpoint.class).status();
            assertThat(status).containsEntry("upToDate", true).containsEntry("engine", "sqlite");
            assertThat(status.get("migrations").toString()).contains("file=001_add_active.sql").contains("state=applied");

            Files.writeString(tree.module("app/users").file("database/migrations/001_add_active.sql"),
                    "ALTER TABLE users ADD COLUMN active BOOLEAN NOT NULL DEFAULT FALSE;\n");
            ctx.getBean(SchemaService.class).discoverSchemas();
            org.springframework.boot.actuate.health.Health changed = health.health();
            assertThat(changed.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(changed.getDetails()).containsEntry("changed", 1);
        });
    }
}
