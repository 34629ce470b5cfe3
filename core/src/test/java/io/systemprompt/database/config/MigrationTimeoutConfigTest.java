package io.systemprompt.database.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** DB_MIGRATION_LOCK_TIMEOUT and DB_MIGRATION_STATEMENT_TIMEOUT. */
class MigrationTimeoutConfigTest {

    @Test
    void defaultsAreFiveSecondsAndNoStatementLimit() {
        DatabaseConfig c = DatabaseConfig.fromEnvironment(Map.of());
        assertThat(c.migrationLockTimeoutMs()).isEqualTo(5_000);
        assertThat(c.migrationStatementTimeoutMs()).isZero();
    }

    @Test
    void readFromTheEnvironmentAndKeptByToBuilder() {
        DatabaseConfig c = DatabaseConfig.fromEnvironment(Map.of("DB_MIGRATION_LOCK_TIMEOUT", "0",
                "DB_MIGRATION_STATEMENT_TIMEOUT", "60000"));
        assertThat(c.migrationLockTimeoutMs()).isZero();
        assertThat(c.toBuilder().build().migrationStatementTimeoutMs()).isEqualTo(60_000);
    }

    @Test
    void negativeOrMalformedValuesNameTheVariable() {
        assertThatThrownBy(() -> DatabaseConfig.fromEnvironment(Map.of("DB_MIGRATION_LOCK_TIMEOUT", "-1")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("DB_MIGRATION_LOCK_TIMEOUT");
        assertThatThrownBy(() -> DatabaseConfig.fromEnvironment(Map.of("DB_MIGRATION_STATEMENT_TIMEOUT", "5s")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("DB_MIGRATION_STATEMENT_TIMEOUT");
    }
}
