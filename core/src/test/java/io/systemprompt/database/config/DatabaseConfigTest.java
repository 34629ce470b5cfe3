package io.systemprompt.database.config;

import io.systemprompt.database.Database;
import io.systemprompt.database.UnableToConnectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseConfigTest {

    @Test
    void defaultsWorkOnAFreshMachine() {
        DatabaseConfig c = DatabaseConfig.fromEnvironment(Map.of());
        assertThat(c.engine()).isEqualTo(EngineType.SQLITE);
        assertThat(c.sqliteFile()).isEqualTo("data/state/systemprompt.db");
        assertThat(c.poolMin()).isEqualTo(1);
        assertThat(c.poolMax()).isEqualTo(10);
        assertThat(c.idleTimeoutMs()).isEqualTo(30_000);
        assertThat(c.postgresSsl()).isEqualTo(SslMode.DISABLE);
        assertThat(c.moduleRoots()).containsExactly("src/modules", "classpath:systemprompt/modules");
        assertThat(c.autoMigrate()).isTrue();
    }

    @Test
    void readsEveryVariableOfTheDescription() {
        DatabaseConfig c = DatabaseConfig.fromEnvironment(Map.ofEntries(Map.entry("DATABASE_TYPE", "postgres"),
                Map.entry("DATABASE_FILE", "/tmp/x.db"), Map.entry("POSTGRES_HOST", "db.internal"),
                Map.entry("POSTGRES_PORT", "6543"), Map.entry("POSTGRES_DB", "app"),
                Map.entry("POSTGRES_USER", "svc"), Map.entry("POSTGRES_PASSWORD", "s3cret!"),
                Map.entry("POSTGRES_SSL", "true"), Map.entry("DB_POOL_MIN", "2"), Map.entry("DB_POOL_MAX", "20"),
                Map.entry("DB_IDLE_TIMEOUT", "60000"), Map.entry("DB_MODULE_ROOTS", "mods, classpath:x/y"),
                Map.entry("DB_AUTO_MIGRATE", "false")));
        assertThat(c.engine()).isEqualTo(EngineType.POSTGRES);
        assertThat(c.sqliteFile()).isEqualTo("/tmp/x.db");
        assertThat(c.describeLocation()).isEqualTo("svc@db.internal:6543/app");
        assertThat(c.postgresPassword()).isEqualTo("s3cret!");
        assertThat(c.postgresSsl()).isEqualTo(SslMode.REQUIRE);
        assertThat(c.postgresSsl().pgValue()).isEqualTo("require");
        assertThat(c.poolMin()).isEqualTo(2);
        assertThat(c.poolMax()).isEqualTo(20);
        assertThat(c.idleTimeoutMs()).isEqualTo(60_000);
        assertThat(c.moduleRoots()).containsExactly("mods", "classpath:x/y");
        assertThat(c.autoMigrate()).isFalse();
        assertThat(c.toString()).doesNotContain("s3cret!").contains("password=****");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DATABASE_TYPE|oracle|sqlite, postgres",
        "DB_POOL_MAX|0|at least 1",
        "DB_POOL_MAX|ten|whole number",
        "POSTGRES_PORT|abc|port from 1 to 65535",
        "POSTGRES_PORT|70000|port from 1 to 65535",
        "POSTGRES_SSL|maybe|true, false, disable, require, verify-ca, verify-full",
        "DB_IDLE_TIMEOUT|5000|at least 10000",
        "DB_IDLE_TIMEOUT|soon|milliseconds",
        "DB_POOL_MIN|-1|at least 0",
        "DB_AUTO_MIGRATE|perhaps|true, false",
    })
    void rejectsBadValuesNamingVariableValueAndAcceptedValues(String variable, String value, String accepted) {
        Map<String, String> env = variable.startsWith("POSTGRES")
                ? Map.of("DATABASE_TYPE", "postgres", variable, value) : Map.of(variable, value);
        assertThatThrownBy(() -> DatabaseConfig.fromEnvironment(env))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.variable()).isEqualTo(variable);
                    assertThat(e.getMessage()).contains(variable).contains("'" + value + "'").contains(accepted);
                });
    }

    @Test
    void rejectsPoolMinAboveMax() {
        assertThatThrownBy(() -> DatabaseConfig.fromEnvironment(Map.of("DB_POOL_MIN", "5", "DB_POOL_MAX", "2")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("DB_POOL_MIN=5 is greater than DB_POOL_MAX=2");
    }

    @Test
    void passwordNeverAppearsInConnectionErrors() {
        DatabaseConfig c = DatabaseConfig.builder().postgres("127.0.0.1", 1, "nope", "someone", "hunter2-secret")
                .connectTimeoutMs(500).autoMigrate(false).build();
        assertThatThrownBy(() -> Database.open(c)).isInstanceOf(UnableToConnectException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain("hunter2-secret").contains("someone@127.0.0.1:1/nope");
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain("hunter2-secret");
                    }
                });
    }

    @Test
    void builderValidatesToo() {
        assertThatThrownBy(() -> DatabaseConfig.builder().poolMax(0).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("DB_POOL_MAX");
        assertThat(DatabaseConfig.builder().moduleRoots(List.of("a")).build().moduleRoots()).containsExactly("a");
    }
}
