package io.systemprompt.database.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.systemprompt.database.ConstraintViolationException;
import io.systemprompt.database.Database;
import io.systemprompt.database.StatementException;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.PostgresPerClass;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** With Micrometer on the class path: pool, statement-error and migration meters on the global registry. */
class MicrometerMetricsTest {
    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass();

    @TempDir
    Path dir;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void addRegistry() {
        Metrics.addRegistry(registry);
    }

    @AfterEach
    void removeRegistry() {
        Metrics.removeRegistry(registry);
    }

    private ModuleTree modules() {
        ModuleTree tree = new ModuleTree(dir.resolve("modules"));
        tree.module("app/items").schema("CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);\n")
                .migration("001_add_price.sql", "ALTER TABLE items ADD COLUMN price INTEGER;\n")
                .migration("002_add_stock.sql", "ALTER TABLE items ADD COLUMN stock INTEGER;\n");
        return tree;
    }

    private double count(String name, String... tags) {
        Counter c = registry.find(name).tags(tags).counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void sqliteReportsPoolStatementErrorsAndMigrationSteps() {
        check(DatabaseConfig.builder().sqlite(dir.resolve("app.db").toString()), "sqlite");
    }

    @Test
    void postgresReportsTheSameMeters() {
        check(PG.freshConfig(), "postgres");
    }

    private void check(DatabaseConfigBuilder config, String engine) {
        assertThat(DatabaseMetrics.micrometerPresent()).isTrue();
        double steps = count("spdb.migration.steps", "engine", engine, "kind", "migration", "module", "app/items");
        double unique = count("spdb.statement.errors", "engine", engine, "kind", "unique_violation");
        double syntax = count("spdb.statement.errors", "engine", engine, "kind", "syntax");

        try (Database db = Database.open(config.moduleRoots(List.of(modules().root().toString())).autoMigrate(true)
                .build())) {
            assertThat(count("spdb.migration.steps", "engine", engine, "kind", "migration", "module", "app/items"))
                    .isEqualTo(steps + 2);
            Timer timer = registry.find("spdb.migration.step.duration").tags("engine", engine, "kind", "migration").timer();
            assertThat(timer).isNotNull();
            assertThat(timer.count()).isGreaterThanOrEqualTo(2);

            db.execute("INSERT INTO items (id, name) VALUES (?, ?)", 1, "a");
            assertThatThrownBy(() -> db.execute("INSERT INTO items (id, name) VALUES (?, ?)", 2, "a"))
                    .isInstanceOf(ConstraintViolationException.class);
            assertThatThrownBy(() -> db.execute("INSERT INTO items VALUES (")).isInstanceOf(StatementException.class);
            assertThat(count("spdb.statement.errors", "engine", engine, "kind", "unique_violation")).isEqualTo(unique + 1);
            assertThat(count("spdb.statement.errors", "engine", engine, "kind", "syntax")).isEqualTo(syntax + 1);

            // HikariCP's own tracker, tagged with the pool's name.
            assertThat(registry.find("hikaricp.connections.max").tag("pool", "systemprompt-database-" + engine).gauge())
                    .isNotNull();
        }
    }
}
